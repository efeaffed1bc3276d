import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import type { ResponsePosition } from '@covenant/domain';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { RESPONSE_POSITIONS } from '@covenant/domain';
import { ResponsePositionEnum } from '../../core/graphql/enums';
import { Trim, TrimToNull } from '../../core/validation/trim';

export const MAX_PROPOSED_TEXT = 5000;
const MAX_NOTE = 2000;

@InputType()
export class AmendmentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'That is not a valid covenant id.' })
  covenantId!: string;

  @Field({ description: 'The passage to replace, as quoted when proposed.' })
  @Trim()
  @IsString()
  @Length(1, 2000, { message: 'Select a passage of 1 to 2,000 characters to amend.' })
  quote!: string;

  @Field({ description: 'Same encoding as Comment.anchor (start then end relative position).' })
  @IsString()
  @Length(1, 2000, { message: 'The anchor is missing or too long.' })
  anchor!: string;

  @Field({ description: '1 to 5,000 characters.' })
  @Trim()
  @IsString()
  @Length(1, MAX_PROPOSED_TEXT, { message: 'Write the new wording: 1 to 5,000 characters.' })
  proposedText!: string;

  @Field(() => String, { nullable: true })
  @TrimToNull()
  @IsOptional()
  @MaxLength(MAX_NOTE, { message: 'Give a reason of at most 2,000 characters.' })
  reason?: string | null;
}

@ArgsType()
export class DecideAmendmentArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'That is not a valid amendment id.' })
  amendmentId!: string;

  @Field()
  @IsBoolean()
  accept!: boolean;

  @Field()
  @Trim()
  @IsString()
  @Length(1, MAX_NOTE, { message: 'Write a note of 1 to 2,000 characters saying why.' })
  note!: string;
}

@ArgsType()
export class RespondToSectionArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'That is not a valid covenant id.' })
  covenantId!: string;

  @Field(() => ID)
  @IsString()
  @Length(1, 64, { message: 'That is not a section of this covenant.' })
  sectionId!: string;

  @Field(() => ResponsePositionEnum)
  @IsIn(RESPONSE_POSITIONS)
  position!: ResponsePosition;

  @Field(() => String, { nullable: true })
  @TrimToNull()
  @IsOptional()
  @MaxLength(MAX_NOTE, { message: 'Write a comment of at most 2,000 characters.' })
  comment?: string | null;
}
