import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  COMMITMENT_PROGRESSES,
  COMMUNITY_RIGHTS,
  type CommitmentProgress,
  type CommunityRight,
} from '@covenant/domain';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsInt,
  IsUrl,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { CalendarDate } from '../../core/graphql/date.scalar';
import { CommitmentProgressEnum, CommunityRightEnum } from '../../core/graphql/enums';
import { Trim, TrimToNull } from '../../core/validation/trim';

const TITLE = 'Give the commitment a title of 1 to 200 characters.';
const DESCRIPTION = 'Describe it in at most 5,000 characters.';
const MEASURE = 'Say how it will be measured in at most 1,000 characters.';
const RIGHT = 'Choose one of the community rights, or none.';

/** What a commitment says besides its title, alike when it is added and when it is changed. */
@InputType({ isAbstract: true })
abstract class CommitmentDetails {
  @Field(() => String, { nullable: true })
  @TrimToNull()
  @IsOptional()
  @MaxLength(5000, { message: DESCRIPTION })
  description?: string | null;

  @Field(() => String, { nullable: true })
  @TrimToNull()
  @IsOptional()
  @MaxLength(1000, { message: MEASURE })
  measure?: string | null;

  @Field(() => CommunityRightEnum, { nullable: true })
  @IsOptional()
  @IsIn(COMMUNITY_RIGHTS, { message: RIGHT })
  right?: CommunityRight | null;

  @Field(() => CalendarDate, { nullable: true, description: 'May be in the past.' })
  @IsOptional()
  dueOn?: string | null;

  @Field(() => ID, { nullable: true, description: "An asset of community value in the covenant's neighbourhood." })
  @IsOptional()
  @IsUUID('all', { message: 'That is not a valid asset id.' })
  assetId?: string | null;
}

@InputType()
export class CommitmentInput extends CommitmentDetails {
  @Field(() => ID)
  @IsUUID('all', { message: 'That is not a valid covenant id.' })
  covenantId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'Choose the party that makes the commitment.' })
  partyId!: string;

  @Field()
  @Trim()
  @IsString()
  @Length(1, 200, { message: TITLE })
  title!: string;
}

/** Changes to a drafted commitment; a field left out stays as it is, null clears it. */
@InputType()
export class UpdateCommitmentInput extends CommitmentDetails {
  @Field(() => ID)
  @IsUUID('all', { message: 'That is not a valid commitment id.' })
  commitmentId!: string;

  @Field(() => String, { nullable: true, description: 'Left out, it stays; it cannot be cleared.' })
  @ValidateIf((input: UpdateCommitmentInput) => input.title !== undefined)
  @Trim()
  @IsString({ message: TITLE })
  @Length(1, 200, { message: TITLE })
  title?: string;
}

@InputType()
export class CommitmentFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'That is not a valid party id.' })
  partyId?: string | null;

  @Field(() => [CommitmentProgressEnum], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(COMMITMENT_PROGRESSES.length)
  @IsIn(COMMITMENT_PROGRESSES, { each: true, message: 'That is not a kind of progress.' })
  progress?: CommitmentProgress[] | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean | null;
}

const PERCENT = 'Give how complete it is as a whole number from 0 to 100.';

@InputType()
export class CommitmentUpdateInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'That is not a valid commitment id.' })
  commitmentId!: string;

  @Field(() => CommitmentProgressEnum)
  @IsIn(COMMITMENT_PROGRESSES, { message: 'That is not a kind of progress.' })
  progress!: CommitmentProgress;

  @Field(() => Int)
  @IsInt({ message: PERCENT })
  @Min(0, { message: PERCENT })
  @Max(100, { message: PERCENT })
  percentComplete!: number;

  @Field({ description: '1 to 2,000 characters.' })
  @Trim()
  @IsString()
  @Length(1, 2000, { message: 'Say what happened in 1 to 2,000 characters.' })
  note!: string;

  @Field(() => String, { nullable: true, description: 'An absolute http or https URL.' })
  @TrimToNull()
  @IsOptional()
  @MaxLength(2000, { message: 'That address is too long.' })
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_tld: false },
    { message: 'Link to evidence with a web address starting with https:// or http://.' },
  )
  evidenceUrl?: string | null;
}
