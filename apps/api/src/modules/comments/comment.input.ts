import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { Trim, TrimToNull } from '../../core/validation/trim';

@InputType()
export class CommentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'That is not a valid covenant id.' })
  covenantId!: string;

  @Field({ description: 'Plain text, 1 to 5,000 characters.' })
  @Trim()
  @IsString()
  @Length(1, 5000, { message: 'Write a comment of 1 to 5,000 characters.' })
  body!: string;

  @Field(() => String, { nullable: true })
  @TrimToNull()
  @IsOptional()
  @MaxLength(2000, { message: 'Quote at most 2,000 characters of the text.' })
  quote?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, { message: 'The anchor is too long.' })
  anchor?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'That is not a valid comment id.' })
  parentId?: string | null;
}
