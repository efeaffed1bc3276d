import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsString, MaxLength } from 'class-validator';
import { MAX_EMAIL_LENGTH, MAX_PASSWORD_LENGTH } from '@covenant/domain';
import { Trim } from '../../core/validation/trim';

@InputType()
export class ChangeEmailInput {
  @Field({ description: 'The new address; it must be confirmed by the link sent to it.' })
  @Trim()
  @IsEmail({}, { message: 'Enter a valid e-mail address, like name@example.org.' })
  // Listed last so it is checked first: an address too long to store is told so, not called invalid.
  @MaxLength(MAX_EMAIL_LENGTH, { message: `Use an e-mail address of at most ${MAX_EMAIL_LENGTH} characters.` })
  email!: string;

  @Field({ description: 'The password the person signs in with.' })
  @IsString()
  @MaxLength(MAX_PASSWORD_LENGTH, { message: 'That is not your password.' })
  password!: string;
}
