import { Field, ID, ObjectType } from '@nestjs/graphql';
import { disputeEscalatableOn, londonDay } from '@covenant/domain';
import { CalendarDate } from '../../core/graphql/date.scalar';
import type { DeliveryDisputeEntity } from './delivery-dispute.entity';

@ObjectType('DeliveryDispute', { description: 'A challenge to a DELIVERED report: by a resident or another party.' })
export class DeliveryDisputeObject {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: 'The DELIVERED progress report disputed.' })
  reportId!: string;

  @Field()
  reason!: string;

  @Field(() => String, { nullable: true })
  evidenceUrl!: string | null;

  @Field(() => String, { nullable: true, description: "The reporting party's answer." })
  answer!: string | null;

  @Field(() => Date, { nullable: true })
  answeredAt!: Date | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => CalendarDate, {
    description:
      'From this day an unanswered dispute can be escalated to the commissioner (28 days after it was raised).',
  })
  escalatableOn!: string;

  commitmentId!: string;
  raisedById!: string;

  static from(entity: DeliveryDisputeEntity): DeliveryDisputeObject {
    return Object.assign(new DeliveryDisputeObject(), {
      id: entity.id,
      reportId: entity.reportId,
      reason: entity.reason,
      evidenceUrl: entity.evidenceUrl,
      answer: entity.answer,
      answeredAt: entity.answeredAt,
      createdAt: entity.createdAt,
      escalatableOn: disputeEscalatableOn(londonDay(entity.createdAt)),
      commitmentId: entity.commitmentId,
      raisedById: entity.raisedById,
    });
  }
}
