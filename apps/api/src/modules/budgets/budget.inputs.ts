import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { Trim, TrimToNull } from '../../core/validation/trim';

/** The most a budget holds: £100 million, in whole pounds, within a PostgreSQL int. */
export const MAX_BUDGET_AMOUNT = 100_000_000;
/** More than residents could weigh on one ballot. */
export const MAX_PROJECTS = 200;

const AMOUNT = 'Give the amount in whole pounds, from £1 to £100,000,000.';

@ArgsType()
export class CreateBudgetArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'That is not a valid covenant id.' })
  covenantId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'Choose the party whose money it is.' })
  partyId!: string;

  @Field()
  @Trim()
  @IsString()
  @Length(1, 200, { message: 'Give the budget a title of 1 to 200 characters.' })
  title!: string;

  @Field(() => Int, { description: 'Whole pounds.' })
  @IsInt({ message: AMOUNT })
  @Min(1, { message: AMOUNT })
  @Max(MAX_BUDGET_AMOUNT, { message: AMOUNT })
  amount!: number;
}

@ArgsType()
export class ProposeProjectArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'That is not a valid budget id.' })
  budgetId!: string;

  @Field()
  @Trim()
  @IsString()
  @Length(1, 200, { message: 'Give the project a title of 1 to 200 characters.' })
  title!: string;

  @Field(() => String, { nullable: true })
  @TrimToNull()
  @IsOptional()
  @MaxLength(5000, { message: 'Describe it in at most 5,000 characters.' })
  description?: string | null;

  @Field(() => Int, { description: "Whole pounds, 1 to the budget's amount." })
  @IsInt({ message: 'Give the cost in whole pounds.' })
  @Min(1, { message: 'Give the cost in whole pounds, at least £1.' })
  cost!: number;
}

@ArgsType()
export class CastBallotArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'That is not a valid budget id.' })
  budgetId!: string;

  @Field(() => [ID], { description: 'The projects approved; an empty list takes the ballot back.' })
  @ArrayMaxSize(MAX_PROJECTS, { message: 'A ballot can approve at most every project once.' })
  @IsUUID('all', { each: true, message: 'That is not a project of this budget.' })
  projectIds!: string[];
}
