import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { isOverdue, londonDay, type CommitmentProgress, type CommunityRight } from '@covenant/domain';
import { CalendarDate } from '../../core/graphql/date.scalar';
import { CommitmentProgressEnum, CommunityRightEnum } from '../../core/graphql/enums';
import type { CommitmentEntity } from './commitment.entity';

@ObjectType('Commitment')
export class CommitmentObject {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true, description: 'How the neighbourhood will know it was done.' })
  measure!: string | null;

  @Field(() => CommunityRightEnum, { nullable: true })
  right!: CommunityRight | null;

  @Field(() => CalendarDate, { nullable: true })
  dueOn!: string | null;

  @Field(() => CommitmentProgressEnum, { description: 'NOT_STARTED when added.' })
  progress!: CommitmentProgress;

  @Field(() => Int, { description: '0 to 100; 0 when added; DELIVERED requires 100.' })
  percentComplete!: number;

  @Field({
    description: 'True when dueOn is before today (Europe/London) and it is neither DELIVERED nor DROPPED.',
  })
  overdue!: boolean;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  covenantId!: string;
  partyId!: string;
  assetId!: string | null;
  budgetId!: string | null;

  /** `today`: YYYY-MM-DD in Europe/London, worked out once for a whole list. */
  static from(entity: CommitmentEntity, today = londonDay(new Date())): CommitmentObject {
    const { id, title, description, measure, right, dueOn, progress, percentComplete, createdAt, updatedAt } = entity;
    return Object.assign(new CommitmentObject(), {
      id,
      title,
      description,
      measure,
      right,
      dueOn,
      progress,
      percentComplete,
      overdue: isOverdue({ dueOn, progress }, today),
      createdAt,
      updatedAt,
      covenantId: entity.covenantId,
      partyId: entity.partyId,
      assetId: entity.assetId,
      budgetId: entity.budgetId,
    });
  }
}
