import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  disposalPhase,
  disposalTimeline,
  phaseDaysLeft,
  phaseEndsOn,
  type AssetStatus,
  type DisposalClock,
  type DisposalPhase,
  type RightsRuleSet,
} from '@covenant/domain';
import { CalendarDate } from '../../core/graphql/date.scalar';
import { AssetStatusEnum, DisposalPhaseEnum } from '../../core/graphql/enums';
import type { AssetEntity } from './asset.entity';

@ObjectType('RightsRuleSet', { description: 'The law whose periods the clocks follow.' })
export class RightsRuleSetObject {
  @Field(() => ID)
  id!: string;
  @Field()
  name!: string;
  @Field({ description: 'Where the periods come from.' })
  source!: string;

  static from({ id, name, source }: RightsRuleSet): RightsRuleSetObject {
    return Object.assign(new RightsRuleSetObject(), { id, name, source });
  }
}

@ObjectType('AssetPermissions', { description: 'What the viewer may do with this asset now.' })
export class AssetPermissionsObject {
  @Field({ description: "Decide the nomination (the council's admin)." })
  decide!: boolean;
  @Field({ description: "Record the owner's notice of disposal (the council's admin)." })
  recordDisposal!: boolean;
  @Field({ description: 'Ask to be treated as a bidder for one of their community organisations.' })
  requestToBid!: boolean;
}

@ObjectType('DisposalSegment', { description: 'One phase of a disposal as a band on the time axis.' })
export class DisposalSegmentObject {
  @Field(() => DisposalPhaseEnum)
  phase!: DisposalPhase;
  @Field(() => CalendarDate)
  from!: string;
  @Field(() => CalendarDate, { nullable: true, description: 'null: open-ended.' })
  to!: string | null;
}

@ObjectType('AssetDisposal')
export class AssetDisposalObject {
  @Field(() => CalendarDate)
  notifiedOn!: string;
  @Field(() => DisposalPhaseEnum)
  phase!: DisposalPhase;
  @Field(() => CalendarDate)
  interimEndsOn!: string;
  @Field(() => CalendarDate, { nullable: true })
  fullMoratoriumEndsOn!: string | null;
  @Field(() => CalendarDate)
  protectedPeriodEndsOn!: string;
  @Field(() => CalendarDate, {
    nullable: true,
    description: 'Last day of the current phase; null once the protected period has ended.',
  })
  phaseEndsOn!: string | null;
  @Field(() => Int, { nullable: true, description: 'Days from today to phaseEndsOn; null when ended.' })
  daysLeft!: number | null;
  @Field(() => [DisposalSegmentObject], { description: 'Each phase as a band on the time axis.' })
  timeline!: DisposalSegmentObject[];

  bidderId!: string | null;

  static from(clock: DisposalClock, bidderId: string | null, today: string): AssetDisposalObject {
    return Object.assign(new AssetDisposalObject(), {
      ...clock,
      phase: disposalPhase(clock, today),
      phaseEndsOn: phaseEndsOn(clock, today),
      daysLeft: phaseDaysLeft(clock, today),
      timeline: disposalTimeline(clock).map((segment) => Object.assign(new DisposalSegmentObject(), segment)),
      bidderId,
    });
  }
}

@ObjectType('CommunityAsset')
export class CommunityAssetObject {
  @Field(() => ID)
  id!: string;
  @Field()
  slug!: string;
  @Field()
  name!: string;
  @Field(() => String, { nullable: true })
  description!: string | null;
  @Field()
  address!: string;
  @Field(() => String, { nullable: true, description: 'GeoJSON Point (WGS84) as a string, or null.' })
  location!: string | null;
  @Field(() => String, { nullable: true })
  ownerName!: string | null;
  @Field()
  nominatedAt!: Date;
  @Field(() => AssetStatusEnum, { description: 'As it reads today: a listing past its term reads REMOVED.' })
  status!: AssetStatus;
  @Field(() => CalendarDate)
  decisionDueOn!: string;
  @Field(() => CalendarDate, { nullable: true })
  decidedOn!: string | null;
  @Field(() => String, { nullable: true })
  decisionReason!: string | null;
  @Field(() => CalendarDate, { nullable: true })
  listedUntil!: string | null;

  neighbourhoodId!: string;
  nominatedById!: string;
  ruleSetId!: string;

  static from(entity: AssetEntity, status: AssetStatus): CommunityAssetObject {
    const { id, slug, name, description, address, location, ownerName, nominatedAt } = entity;
    const { decisionDueOn, decidedOn, decisionReason, listedUntil, neighbourhoodId, nominatedById } = entity;
    return Object.assign(new CommunityAssetObject(), {
      id,
      slug,
      name,
      description,
      address,
      location,
      ownerName,
      nominatedAt,
      status,
      decisionDueOn,
      decidedOn,
      decisionReason,
      listedUntil,
      neighbourhoodId,
      nominatedById,
      ruleSetId: entity.ruleSet,
    });
  }
}
