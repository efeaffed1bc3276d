import { Field, ID, InputType } from '@nestjs/graphql';
import { Equals, IsBoolean, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { Trim, TrimToNull } from '../../core/validation/trim';

@InputType()
export class SignInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'That is not a valid covenant id.' })
  covenantId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The party to sign for; needed only when the caller may sign for more than one (else BAD_USER_INPUT).',
  })
  @IsOptional()
  @IsUUID('all', { message: 'That is not a valid party id.' })
  partyId?: string | null;

  @Field({ description: 'The hash the signer saw; a mismatch means the text changed: CONFLICT.' })
  @IsString()
  @Matches(/^[0-9a-f]{64}$/, { message: 'Give the content hash as the 64 lower-case hex characters shown.' })
  contentHash!: string;

  @Field()
  @Trim()
  @IsString()
  @Length(1, 200, { message: 'Type your full name as you sign, in at most 200 characters.' })
  signerName!: string;

  @Field()
  @Trim()
  @IsString()
  @Length(1, 200, { message: 'Give your position (job title or role), in at most 200 characters.' })
  signerPosition!: string;

  @Field({ description: 'The signer confirms authority to sign for the organisation; false is BAD_USER_INPUT.' })
  @IsBoolean()
  @Equals(true, { message: 'Confirm that you are authorised to sign for your organisation.' })
  confirmAuthority!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Reference to the decision that authorises signing (cabinet minute, board resolution, delegation).',
  })
  @TrimToNull()
  @IsOptional()
  @MaxLength(500, { message: 'Keep the mandate reference to at most 500 characters.' })
  mandate?: string | null;
}
