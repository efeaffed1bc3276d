/**
 * Right to Buy: an asset of community value's decision day, its listing, and
 * the moratorium clocks an owner's notice of disposal starts, each phase's
 * last day counted by the asset's rule set.
 */
import { DEFAULT_RIGHTS_RULE_SET, type RightsRuleSet } from './rule-sets';
import { addDays, daysBetween, monthsPeriodEnd, weeksPeriodEnd, yearsPeriodEnd } from './calendar';

export const ASSET_STATUSES = ['NOMINATED', 'LISTED', 'NOT_LISTED', 'REMOVED'] as const;
export type AssetStatus = (typeof ASSET_STATUSES)[number];

export const ASSET_STATUS_LABELS: Record<AssetStatus, string> = {
  NOMINATED: 'Nominated',
  LISTED: 'Listed',
  NOT_LISTED: 'Not listed',
  REMOVED: 'Listing ended',
};

export const DISPOSAL_PHASES = [
  'INTERIM_MORATORIUM',
  'FULL_MORATORIUM',
  'OPEN_FOR_SALE',
  'PROTECTED_PERIOD_ENDED',
] as const;
export type DisposalPhase = (typeof DISPOSAL_PHASES)[number];

export const DISPOSAL_PHASE_LABELS: Record<DisposalPhase, string> = {
  INTERIM_MORATORIUM: 'Interim moratorium',
  FULL_MORATORIUM: 'Full moratorium',
  OPEN_FOR_SALE: 'Open for sale',
  PROTECTED_PERIOD_ENDED: 'Protected period ended',
};

export function nominationDecisionDueOn(nominatedOn: string, rules: RightsRuleSet = DEFAULT_RIGHTS_RULE_SET): string {
  return weeksPeriodEnd(nominatedOn, rules.nominationDecisionWeeks);
}

export function listedUntil(decidedOn: string, rules: RightsRuleSet = DEFAULT_RIGHTS_RULE_SET): string {
  return yearsPeriodEnd(decidedOn, rules.listingYears);
}

export interface DisposalClock {
  notifiedOn: string;
  interimEndsOn: string;
  /** Only when a community group asked to bid within the interim moratorium. */
  fullMoratoriumEndsOn: string | null;
  protectedPeriodEndsOn: string;
}

export function disposalClock(
  notifiedOn: string,
  bidRequested: boolean,
  rules: RightsRuleSet = DEFAULT_RIGHTS_RULE_SET,
): DisposalClock {
  return {
    notifiedOn,
    interimEndsOn: weeksPeriodEnd(notifiedOn, rules.interimMoratoriumWeeks),
    fullMoratoriumEndsOn: bidRequested ? monthsPeriodEnd(notifiedOn, rules.fullMoratoriumMonths) : null,
    protectedPeriodEndsOn: monthsPeriodEnd(notifiedOn, rules.protectedPeriodMonths),
  };
}

/** A phase's last day is still in it; the next day is the next phase. */
export function disposalPhase(clock: DisposalClock, today: string): DisposalPhase {
  if (today <= clock.interimEndsOn) return 'INTERIM_MORATORIUM';
  if (clock.fullMoratoriumEndsOn && today <= clock.fullMoratoriumEndsOn) return 'FULL_MORATORIUM';
  if (today <= clock.protectedPeriodEndsOn) return 'OPEN_FOR_SALE';
  return 'PROTECTED_PERIOD_ENDED';
}

/** The last day of the phase the asset is in today; null once the protected period has ended. */
export function phaseEndsOn(clock: DisposalClock, today: string): string | null {
  switch (disposalPhase(clock, today)) {
    case 'INTERIM_MORATORIUM':
      return clock.interimEndsOn;
    case 'FULL_MORATORIUM':
      return clock.fullMoratoriumEndsOn;
    case 'OPEN_FOR_SALE':
      return clock.protectedPeriodEndsOn;
    case 'PROTECTED_PERIOD_ENDED':
      return null;
  }
}

/** Days from today to the phase's last day: 0 on the last day itself; null once ended. */
export function phaseDaysLeft(clock: DisposalClock, today: string): number | null {
  const end = phaseEndsOn(clock, today);
  return end === null ? null : daysBetween(today, end);
}

/** A listing lasts its term: a listed asset past it reads REMOVED, unless a disposal's protected period still runs. */
export function currentAssetStatus(
  stored: AssetStatus,
  listedUntilDay: string | null,
  clock: DisposalClock | null,
  today: string,
): AssetStatus {
  if (stored !== 'LISTED' || !listedUntilDay || today <= listedUntilDay) return stored;
  return clock && today <= clock.protectedPeriodEndsOn ? 'LISTED' : 'REMOVED';
}

export interface TimelineSegment {
  phase: DisposalPhase;
  from: string;
  /** null: open-ended. */
  to: string | null;
}

/** The phases on a time axis: interim, full moratorium when a bid was asked for, open for sale, then after. */
export function disposalTimeline(clock: DisposalClock): TimelineSegment[] {
  const after = (day: string) => addDays(day, 1);
  const segments: TimelineSegment[] = [
    { phase: 'INTERIM_MORATORIUM', from: clock.notifiedOn, to: clock.interimEndsOn },
  ];
  let openFrom = after(clock.interimEndsOn);
  if (clock.fullMoratoriumEndsOn) {
    segments.push({ phase: 'FULL_MORATORIUM', from: openFrom, to: clock.fullMoratoriumEndsOn });
    openFrom = after(clock.fullMoratoriumEndsOn);
  }
  segments.push({ phase: 'OPEN_FOR_SALE', from: openFrom, to: clock.protectedPeriodEndsOn });
  segments.push({ phase: 'PROTECTED_PERIOD_ENDED', from: after(clock.protectedPeriodEndsOn), to: null });
  return segments;
}

/**
 * A community group may ask to bid only within the interim moratorium, and
 * only once: one request starts the full moratorium for every group.
 */
export function canRequestToBid(clock: DisposalClock, today: string): boolean {
  return clock.fullMoratoriumEndsOn === null && today >= clock.notifiedOn && today <= clock.interimEndsOn;
}
