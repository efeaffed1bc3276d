import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { CalendarDate } from '../../core/graphql/date.scalar';
import { Trim, TrimToNull } from '../../core/validation/trim';

@InputType()
export class NominateAssetInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose the neighbourhood the asset is in.' })
  neighbourhoodId!: string;

  @Field(() => ID, {
    description: 'A community group, community business or voluntary organisation; the caller must be its ADMIN.',
  })
  @IsUUID('all', { message: 'Choose the organisation that nominates it.' })
  organisationId!: string;

  @Field()
  @Trim()
  @IsString()
  @Length(1, 200, { message: 'Name the building or space in 1 to 200 characters.' })
  name!: string;

  @Field(() => String, { nullable: true })
  @TrimToNull()
  @IsOptional()
  @MaxLength(5000, { message: 'Say why it matters in at most 5,000 characters.' })
  description?: string | null;

  @Field()
  @Trim()
  @IsString()
  @Length(1, 500, { message: 'Give its address in 1 to 500 characters.' })
  address!: string;

  @Field(() => String, { nullable: true, description: 'GeoJSON Point (WGS84) as a string.' })
  @TrimToNull()
  @IsOptional()
  @MaxLength(1000, { message: 'The map point is too long for a GeoJSON Point.' })
  location?: string | null;

  @Field(() => String, { nullable: true })
  @TrimToNull()
  @IsOptional()
  @MaxLength(200, { message: "Give the owner's name in at most 200 characters." })
  ownerName?: string | null;
}

@ArgsType()
export class DecideNominationArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'That is not a valid asset id.' })
  assetId!: string;

  @Field()
  @IsBoolean()
  listed!: boolean;

  @Field()
  @Trim()
  @IsString()
  @Length(1, 5000, { message: 'Give the reasons for the decision in 1 to 5,000 characters.' })
  reason!: string;

  @Field(() => CalendarDate, { nullable: true, description: 'The day it was decided; today when left out.' })
  @IsOptional()
  decidedOn?: string | null;
}

@ArgsType()
export class RecordDisposalArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'That is not a valid asset id.' })
  assetId!: string;

  @Field(() => CalendarDate, { description: "The day the owner's notice was given." })
  @IsString()
  notifiedOn!: string;
}

@ArgsType()
export class RequestToBidArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'That is not a valid asset id.' })
  assetId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'Choose the organisation that will bid.' })
  organisationId!: string;
}
