import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { Trim, TrimToNull } from '../../core/validation/trim';

@InputType()
export class CreateNeighbourhoodInput {
  @Field()
  @Trim()
  @IsString()
  @Length(2, 120, { message: 'Give the neighbourhood a name of 2 to 120 characters.' })
  name!: string;

  @Field(() => String, { nullable: true })
  @TrimToNull()
  @IsOptional()
  @MaxLength(5000, { message: 'Keep the description to 5,000 characters.' })
  description?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Choose the local authority from the list.' })
  localAuthorityId?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(500, { message: 'List at most 500 area codes.' })
  @IsString({ each: true })
  areaCodes?: string[] | null;

  /** Checked as GeoJSON by the service; the byte limit is enforced there too. */
  @Field(() => String, { nullable: true })
  @TrimToNull()
  @IsOptional()
  @IsString()
  boundary?: string | null;
}
