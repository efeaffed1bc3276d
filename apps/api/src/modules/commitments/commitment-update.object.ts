import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { CommitmentProgress } from '@covenant/domain';
import { DateTime } from '../../core/graphql/date-time.scalar';
import { CommitmentProgressEnum } from '../../core/graphql/enums';
import { UserObject } from '../users/user.object';
import type { ReportWithAuthor } from './commitments.service';

@ObjectType('CommitmentUpdate')
export class CommitmentUpdateObject {
  @Field(() => ID)
  id!: string;

  @Field(() => CommitmentProgressEnum)
  progress!: CommitmentProgress;

  @Field(() => Int)
  percentComplete!: number;

  @Field()
  note!: string;

  @Field(() => String, { nullable: true })
  evidenceUrl!: string | null;

  /** ISO 8601, as PostgreSQL writes it for `DateTime`: a thousand reports are not each parsed and printed again. */
  @Field(() => DateTime)
  createdAt!: string;

  /** Set with the report, not resolved field by field: a page may show a thousand reports. */
  @Field(() => UserObject)
  author!: UserObject;

  static fromReport(report: ReportWithAuthor): CommitmentUpdateObject {
    const update = new CommitmentUpdateObject();
    update.id = report.id;
    update.progress = report.progress;
    update.percentComplete = report.percentComplete;
    update.note = report.note;
    update.evidenceUrl = report.evidenceUrl;
    update.createdAt = report.createdAt;
    update.author = UserObject.from(report.author);
    return update;
  }
}

@ObjectType('ProgressCount')
export class ProgressCountObject {
  @Field(() => CommitmentProgressEnum)
  progress!: CommitmentProgress;

  @Field(() => Int)
  count!: number;
}

@ObjectType('CommitmentSummary')
export class CommitmentSummaryObject {
  @Field(() => Int)
  total!: number;

  @Field(() => [ProgressCountObject], {
    description: "One entry for every CommitmentProgress value, in the enum's order, zeros included.",
  })
  byProgress!: ProgressCountObject[];

  @Field(() => Int)
  overdue!: number;
}
