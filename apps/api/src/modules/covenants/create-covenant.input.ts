import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { VISIBILITIES, type Visibility } from '@covenant/domain';
import { VisibilityEnum } from '../../core/graphql/enums';
import { Trim, TrimToNull } from '../../core/validation/trim';

@InputType()
export class CreateCovenantInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose the neighbourhood from the list.' })
  neighbourhoodId!: string;

  @Field(() => ID, { description: 'The community organisation leading; the caller must be its ADMIN.' })
  @IsUUID('all', { message: 'Choose the organisation that convenes the covenant.' })
  convenorOrganisationId!: string;

  @Field()
  @Trim()
  @IsString()
  @Length(3, 200, { message: 'Give the covenant a title of 3 to 200 characters.' })
  title!: string;

  @Field(() => String, { nullable: true })
  @TrimToNull()
  @IsOptional()
  @MaxLength(1000, { message: 'Keep the summary to 1,000 characters.' })
  summary?: string | null;

  @Field(() => VisibilityEnum, { defaultValue: 'PUBLIC', nullable: true })
  @IsOptional()
  @IsIn(VISIBILITIES)
  visibility?: Visibility | null;

  @Field(() => Boolean, {
    defaultValue: true,
    nullable: true,
    description: 'Start from the standard covenant template sections (default) or empty.',
  })
  @IsOptional()
  @IsBoolean()
  fromTemplate?: boolean | null;
}
