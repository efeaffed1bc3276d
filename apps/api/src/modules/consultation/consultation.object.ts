import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { AmendmentStatus, ResponsePosition } from '@covenant/domain';
import { AmendmentStatusEnum, ResponsePositionEnum } from '../../core/graphql/enums';
import type { AmendmentEntity } from './amendment.entity';
import type { SectionResponseEntity } from './section-response.entity';

@ObjectType('AmendmentPermissions', { description: 'What the viewer may do with this amendment now.' })
export class AmendmentPermissionsObject {
  @Field({ description: 'Add their support (supportAmendment).' })
  support!: boolean;
  @Field({ description: 'Withdraw it (withdrawAmendment): its author, while proposed.' })
  withdraw!: boolean;
  @Field({ description: 'Accept or reject it (decideAmendment).' })
  decide!: boolean;
}

@ObjectType('Amendment')
export class AmendmentObject {
  @Field(() => ID)
  id!: string;
  @Field(() => Int, { description: '1, 2, 3 … per covenant' })
  number!: number;
  @Field({ description: 'The passage to replace, as quoted when proposed.' })
  quote!: string;
  @Field({ description: 'Same encoding as Comment.anchor (start then end relative position).' })
  anchor!: string;
  @Field()
  proposedText!: string;
  @Field(() => String, { nullable: true })
  reason!: string | null;
  @Field(() => AmendmentStatusEnum)
  status!: AmendmentStatus;
  @Field(() => String, { nullable: true })
  decisionNote!: string | null;
  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;
  @Field()
  createdAt!: Date;

  covenantId!: string;
  authorId!: string;
  decidedById!: string | null;

  static from(entity: AmendmentEntity): AmendmentObject {
    const { id, number, quote, anchor, proposedText, reason, status, decisionNote, decidedAt, createdAt } = entity;
    const { covenantId, authorId, decidedById } = entity;
    return Object.assign(new AmendmentObject(), {
      id,
      number,
      quote,
      anchor,
      proposedText,
      reason,
      status,
      decisionNote,
      decidedAt,
      createdAt,
      covenantId,
      authorId,
      decidedById,
    });
  }
}

@ObjectType('CovenantSection', {
  description: "A heading of the covenant text (level 2), with residents' responses to it.",
})
export class CovenantSectionObject {
  @Field(() => ID, { description: "Stable across edits of the heading's wording." })
  id!: string;
  @Field()
  title!: string;
  @Field(() => Int)
  agree!: number;
  @Field(() => Int)
  disagree!: number;
  @Field(() => Int)
  unsure!: number;
  @Field(() => ResponsePositionEnum, { nullable: true, description: "The viewer's own response, if any." })
  viewerResponse!: ResponsePosition | null;
}

@ObjectType('SectionResponse')
export class SectionResponseObject {
  @Field(() => ID)
  id!: string;
  @Field(() => ID)
  sectionId!: string;
  @Field(() => ResponsePositionEnum)
  position!: ResponsePosition;
  @Field(() => String, { nullable: true })
  comment!: string | null;
  @Field()
  createdAt!: Date;

  authorId!: string;

  static from(entity: SectionResponseEntity): SectionResponseObject {
    const { id, sectionId, position, comment, createdAt, authorId } = entity;
    return Object.assign(new SectionResponseObject(), { id, sectionId, position, comment, createdAt, authorId });
  }
}
