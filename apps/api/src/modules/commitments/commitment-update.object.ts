import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { CommitmentProgress } from '@covenant/domain';
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

  @Field()
  createdAt!: Date;

  /** Set with the report, not resolved field by field: a page may show a thousand reports. */
  @Field(() => UserObject)
  author!: UserObject;

  static fromReport({ author, createdAt, ...report }: ReportWithAuthor): CommitmentUpdateObject {
    return Object.assign(new CommitmentUpdateObject(), {
      ...report,
      createdAt: new Date(createdAt),
      author: UserObject.from(author),
    });
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
