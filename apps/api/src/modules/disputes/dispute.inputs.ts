import { ArgsType, Field, ID } from '@nestjs/graphql';
import { STATEMENT_LENGTH } from '@covenant/domain';
import { IsOptional, IsString, IsUrl, IsUUID, Length, MaxLength } from 'class-validator';
import { Trim, TrimToNull } from '../../core/validation/trim';

const STATEMENT = `${STATEMENT_LENGTH.min} to ${STATEMENT_LENGTH.max.toLocaleString('en-GB')} characters`;

@ArgsType()
export class DisputeDeliveryArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'That is not a valid commitment id.' })
  commitmentId!: string;

  @Field()
  @Trim()
  @IsString()
  @Length(STATEMENT_LENGTH.min, STATEMENT_LENGTH.max, {
    message: `Say what was not delivered as reported, in ${STATEMENT}.`,
  })
  reason!: string;

  @Field(() => String, { nullable: true })
  @TrimToNull()
  @IsOptional()
  @MaxLength(2000, { message: 'Keep the link to 2,000 characters.' })
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_tld: false },
    { message: 'Link to evidence with a web address starting with https:// or http://.' },
  )
  evidenceUrl?: string | null;
}

@ArgsType()
export class AnswerDisputeArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'That is not a valid dispute id.' })
  disputeId!: string;

  @Field()
  @Trim()
  @IsString()
  @Length(STATEMENT_LENGTH.min, STATEMENT_LENGTH.max, { message: `Give your answer in ${STATEMENT}.` })
  answer!: string;
}
