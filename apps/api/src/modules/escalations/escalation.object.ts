import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { escalationResponseOverdue, type EscalationStatus, type EscalationSubject } from '@covenant/domain';
import { CalendarDate } from '../../core/graphql/date.scalar';
import { EscalationStatusEnum, EscalationSubjectEnum } from '../../core/graphql/enums';
import type { EscalationEntity } from './escalation.entity';

@ObjectType('EscalationPermissions', { description: 'What the viewer may do with this escalation now.' })
export class EscalationPermissionsObject {
  @Field({ description: 'Ask an organisation to respond by a day (the commissioner, before a response).' })
  requestResponse!: boolean;
  @Field({ description: 'Respond (an admin of the respondent, once).' })
  respond!: boolean;
  @Field({ description: 'Publish findings or dismiss (the commissioner, while open).' })
  conclude!: boolean;
}

@ObjectType('Escalation')
export class EscalationObject {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  number!: number;

  @Field(() => EscalationSubjectEnum)
  subjectType!: EscalationSubject;

  @Field(() => ID)
  subjectId!: string;

  @Field({ description: 'A title of the subject, for lists.' })
  subjectTitle!: string;

  @Field({ description: "The subject's page on this site." })
  subjectPath!: string;

  @Field({
    description:
      'Why it was escalated. Empty for a DISMISSED escalation, except for its author and the commissioner: a dismissed reason is not published.',
  })
  reason!: string;

  @Field(() => EscalationStatusEnum)
  status!: EscalationStatus;

  @Field(() => CalendarDate, { nullable: true })
  responseDueOn!: string | null;

  @Field(() => Boolean, { description: 'Asked to respond, has not, and the due day has passed.' })
  responseOverdue!: boolean;

  @Field(() => String, { nullable: true })
  response!: string | null;

  @Field(() => Date, { nullable: true })
  respondedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "The commissioner's findings, or the reason for dismissing." })
  findings!: string | null;

  @Field(() => Date, { nullable: true })
  concludedAt!: Date | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;

  neighbourhoodId!: string;
  covenantId!: string | null;
  raisedById!: string;
  respondentId!: string | null;

  static from(entity: EscalationEntity, today: string, mayReadReason: boolean): EscalationObject {
    return Object.assign(new EscalationObject(), {
      id: entity.id,
      number: entity.number,
      subjectType: entity.subjectType,
      subjectId: entity.subjectId,
      subjectTitle: entity.subjectTitle,
      subjectPath: entity.subjectPath,
      reason: mayReadReason ? entity.reason : '',
      status: entity.status,
      responseDueOn: entity.responseDueOn,
      responseOverdue: escalationResponseOverdue(entity, today),
      response: entity.response,
      respondedAt: entity.respondedAt,
      findings: entity.findings,
      concludedAt: entity.concludedAt,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
      neighbourhoodId: entity.neighbourhoodId,
      covenantId: entity.covenantId,
      raisedById: entity.raisedById,
      respondentId: entity.respondentId,
    });
  }
}
