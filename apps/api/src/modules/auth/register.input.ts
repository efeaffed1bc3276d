import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsString, Length, MaxLength, MinLength, NotEquals } from 'class-validator';
import { Trim } from '../../core/validation/trim';
import { DEMO_PASSWORD } from './demo-accounts';
import { MAX_EMAIL_LENGTH, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@covenant/domain';

@InputType()
export class RegisterInput {
  @Field()
  @Trim()
  @IsEmail({}, { message: 'Enter a valid e-mail address, like name@example.org.' })
  // Listed last so it is checked first: an address too long to store is told so, not called invalid.
  @MaxLength(MAX_EMAIL_LENGTH, { message: `Use an e-mail address of at most ${MAX_EMAIL_LENGTH} characters.` })
  email!: string;

  @Field()
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH, { message: `Use at least ${MIN_PASSWORD_LENGTH} characters.` })
  @MaxLength(MAX_PASSWORD_LENGTH, { message: `Use at most ${MAX_PASSWORD_LENGTH} characters.` })
  @NotEquals(DEMO_PASSWORD, { message: 'That password is published with the demo: choose one of your own.' })
  password!: string;

  @Field()
  @Trim()
  @IsString()
  @Length(1, 100, { message: 'Enter the name people will know you by (up to 100 characters).' })
  displayName!: string;
}
