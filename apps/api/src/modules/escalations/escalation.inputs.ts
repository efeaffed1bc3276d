import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import {
  ESCALATION_STATUSES,
  ESCALATION_SUBJECTS,
  STATEMENT_LENGTH,
  type EscalationStatus,
  type EscalationSubject,
} from '@covenant/domain';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { CalendarDate } from '../../core/graphql/date.scalar';
import { EscalationStatusEnum, EscalationSubjectEnum } from '../../core/graphql/enums';
import { Trim } from '../../core/validation/trim';

const STATEMENT = `${STATEMENT_LENGTH.min} to ${STATEMENT_LENGTH.max.toLocaleString('en-GB')} characters`;
const ESCALATION_ID = { message: 'That is not a valid escalation id.' };

@ArgsType()
export class EscalateArgs {
  @Field(() => EscalationSubjectEnum)
  @IsIn(ESCALATION_SUBJECTS, { message: 'Say what kind of thing is escalated.' })
  subjectType!: EscalationSubject;

  @Field(() => ID)
  @IsUUID('all', { message: 'That is not a valid id for what is escalated.' })
  subjectId!: string;

  @Field()
  @Trim()
  @IsString()
  @Length(STATEMENT_LENGTH.min, STATEMENT_LENGTH.max, {
    message: `Say what promise was broken and what you want looked at, in ${STATEMENT}.`,
  })
  reason!: string;
}

@ArgsType()
export class RequestEscalationResponseArgs {
  @Field(() => ID)
  @IsUUID('all', ESCALATION_ID)
  escalationId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'Choose the organisation asked to respond.' })
  organisationId!: string;

  @Field(() => CalendarDate)
  @IsString()
  dueOn!: string;
}

@ArgsType()
export class RespondToEscalationArgs {
  @Field(() => ID)
  @IsUUID('all', ESCALATION_ID)
  escalationId!: string;

  @Field()
  @Trim()
  @IsString()
  @Length(STATEMENT_LENGTH.min, STATEMENT_LENGTH.max, { message: `Give your response in ${STATEMENT}.` })
  response!: string;
}

@ArgsType()
export class ConcludeEscalationArgs {
  @Field(() => ID)
  @IsUUID('all', ESCALATION_ID)
  escalationId!: string;

  @Field()
  @Trim()
  @IsString()
  @Length(STATEMENT_LENGTH.min, STATEMENT_LENGTH.max, {
    message: `Give the findings, or the reason for dismissing, in ${STATEMENT}.`,
  })
  findings!: string;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  dismiss!: boolean;
}

@ArgsType()
export class EscalationsArgs {
  @Field(() => [EscalationStatusEnum], { nullable: true })
  @IsOptional()
  @IsIn(ESCALATION_STATUSES, { each: true })
  status?: EscalationStatus[] | null;

  @Field(() => Int, { nullable: true, defaultValue: 50 })
  @IsOptional()
  @IsInt()
  first!: number | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'after is the id of the last escalation of the previous page.' })
  after?: string | null;

  @Field(() => EscalationSubjectEnum, { nullable: true, description: 'Only escalations of this kind of subject.' })
  @IsOptional()
  @IsIn(ESCALATION_SUBJECTS)
  subjectType?: EscalationSubject | null;

  @Field(() => ID, { nullable: true, description: 'Only escalations of this subject.' })
  @IsOptional()
  @IsUUID('all')
  subjectId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only escalations about this covenant or its commitments.' })
  @IsOptional()
  @IsUUID('all')
  covenantId?: string | null;
}
