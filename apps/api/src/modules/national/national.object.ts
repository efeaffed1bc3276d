import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { CovenantStatus } from '@covenant/domain';
import { CovenantStatusEnum } from '../../core/graphql/enums';
import { CommitmentSummaryObject } from '../commitments/commitment-update.object';
import type { OrganisationEntity } from '../organisations/organisation.entity';

@ObjectType('StatusCount')
export class StatusCountObject {
  @Field(() => CovenantStatusEnum)
  status!: CovenantStatus;

  @Field(() => Int)
  count!: number;
}

/** Covenants in force and how their commitments are doing, for a council or a place. */
@ObjectType({ isAbstract: true })
abstract class DeliveryFiguresObject {
  @Field(() => Int, { description: 'Covenants anyone may read with a version in force (IN_FORCE or UNDER_REVIEW).' })
  covenantsInForce!: number;

  @Field(() => Int)
  commitments!: number;

  @Field(() => Int)
  delivered!: number;

  @Field(() => Int)
  overdue!: number;
}

@ObjectType('CouncilFigures')
export class CouncilFiguresObject extends DeliveryFiguresObject {
  council!: OrganisationEntity;
}

@ObjectType('NationalPicture', {
  description:
    'How community power is doing across every neighbourhood: the public picture, the same for every reader, at most seconds old.',
})
export class NationalPictureObject {
  @Field(() => Int)
  neighbourhoods!: number;

  @Field(() => [StatusCountObject], { description: 'Every covenant status in order, zeros included.' })
  covenantsByStatus!: StatusCountObject[];

  @Field(() => CommitmentSummaryObject, {
    description: 'Commitments of the covenants anyone may read that have a version in force.',
  })
  commitments!: CommitmentSummaryObject;

  @Field(() => Int)
  assetsListed!: number;

  @Field(() => Int, { description: 'Disposals of listed assets in their interim or full moratorium today.' })
  moratoriaActive!: number;

  @Field(() => Int)
  serviceRequestsOverdue!: number;

  @Field(() => Int, { description: 'Escalations OPEN or RESPONSE_REQUESTED.' })
  escalationsOpen!: number;

  @Field(() => [CouncilFiguresObject], {
    description: 'Per council: covenants in force and commitments delivered / overdue. By name.',
  })
  councils!: CouncilFiguresObject[];

  @Field(() => Date, { description: 'When these figures were computed.' })
  generatedAt!: Date;
}
