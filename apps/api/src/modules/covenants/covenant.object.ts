import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { CovenantStatus, Visibility } from '@covenant/domain';
import { CovenantStatusEnum, VisibilityEnum } from '../../core/graphql/enums';
import { CalendarDate } from '../../core/graphql/date.scalar';
import type { CovenantFacts } from './covenant-access';
import type { CovenantEntity } from './covenant.entity';

@ObjectType('BlockedMove', {
  description: 'A move the viewer is the right person to make in this status, held back until something else happens.',
})
export class BlockedMoveObject {
  @Field(() => CovenantStatusEnum)
  target!: CovenantStatus;
  @Field({ description: 'What has to happen first, in a sentence.' })
  reason!: string;
}

@ObjectType('CovenantPermissions', {
  description: 'What the viewer may do now, so clients need not re-implement the rules.',
})
export class CovenantPermissionsObject {
  @Field()
  edit!: boolean;
  @Field()
  comment!: boolean;
  @Field()
  invite!: boolean;
  /** The policy's answers before the open version is looked at; `sign`, `countersign` and `signParties` are the signing module's fields. */
  sign!: boolean;
  countersign!: boolean;
  @Field({ description: 'Whether the viewer may add their support now.' })
  support!: boolean;
  @Field({ description: 'Whether the viewer may propose an amendment to the text now.' })
  proposeAmendment!: boolean;
  @Field({ description: 'Whether the viewer may accept or reject the amendments still proposed.' })
  decideAmendments!: boolean;
  @Field({ description: "Whether the viewer may respond to the text's sections now." })
  respond!: boolean;
  @Field({ description: "Whether the viewer may put a party's money to a participatory budget now." })
  createBudget!: boolean;
  @Field(() => [CovenantStatusEnum])
  transition!: CovenantStatus[];
  @Field(() => [BlockedMoveObject], {
    description: 'Moves not offered in `transition` only because something else must happen first, each with why.',
  })
  blocked!: BlockedMoveObject[];
  @Field(() => [ID], { description: 'The parties the viewer may add, change and remove commitments for now.' })
  commitmentParties!: string[];
  @Field(() => [ID], { description: 'The parties whose commitments the viewer may report progress on now.' })
  reportParties!: string[];
  @Field({
    description:
      'Whether the viewer sees the working draft. While UNDER_REVIEW only the parties do; others see the version in force and the record (comments, parties, audit trail) as it stood when the review began.',
  })
  readWorkingDraft!: boolean;

  covenantId!: string;
  facts!: CovenantFacts;
}

@ObjectType('Covenant')
export class CovenantObject {
  @Field(() => ID)
  id!: string;

  @Field()
  slug!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  summary!: string | null;

  @Field(() => CovenantStatusEnum)
  status!: CovenantStatus;

  @Field(() => VisibilityEnum, { description: 'PUBLIC covenants are readable by anyone once past DRAFT.' })
  visibility!: Visibility;

  @Field(() => CalendarDate, { nullable: true })
  startsOn!: string | null;

  @Field(() => CalendarDate, { nullable: true })
  reviewDueOn!: string | null;

  @Field(() => CalendarDate, { nullable: true })
  endsOn!: string | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  neighbourhoodId!: string;
  everInForce!: boolean;

  static from(entity: CovenantEntity): CovenantObject {
    const { id, slug, title, summary, status, visibility, startsOn, reviewDueOn, endsOn, createdAt, updatedAt } =
      entity;
    return Object.assign(new CovenantObject(), {
      id,
      slug,
      title,
      summary,
      status,
      visibility,
      startsOn,
      reviewDueOn,
      endsOn,
      createdAt,
      updatedAt,
      neighbourhoodId: entity.neighbourhoodId,
      everInForce: entity.everInForce,
    });
  }
}
