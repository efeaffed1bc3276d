/**
 * The periods of the community rights come from the law. Each rule set is
 * named for its Act; assets and requests keep the one they started under, so
 * a future Act's periods are one new entry here.
 */
export interface RightsRuleSet {
  id: string;
  name: string;
  /** Where the periods come from, for people. */
  source: string;
  nominationDecisionWeeks: number;
  listingYears: number;
  interimMoratoriumWeeks: number;
  /** From the notice day, when a community group asked to bid. */
  fullMoratoriumMonths: number;
  /** From the notice day. */
  protectedPeriodMonths: number;
  serviceRequestResponseWeeks: number;
}

const LOCALISM_ACT_2011: RightsRuleSet = {
  id: 'LOCALISM_ACT_2011',
  name: 'Localism Act 2011',
  source:
    'Localism Act 2011, Part 5 Chapter 3 (sections 87–108), and the Assets of Community Value (England) Regulations 2012',
  nominationDecisionWeeks: 8,
  listingYears: 5,
  interimMoratoriumWeeks: 6,
  fullMoratoriumMonths: 6,
  protectedPeriodMonths: 18,
  serviceRequestResponseWeeks: 8,
};

export const RIGHTS_RULE_SETS: Readonly<Record<string, RightsRuleSet>> = { LOCALISM_ACT_2011 };

export const DEFAULT_RIGHTS_RULE_SET: RightsRuleSet = LOCALISM_ACT_2011;

/** The rule set of that id; the default for an unknown or absent one. */
export function rightsRuleSet(id: string | null | undefined): RightsRuleSet {
  // Own keys only: 'toString' must not find Object.prototype's.
  return id && Object.hasOwn(RIGHTS_RULE_SETS, id) ? RIGHTS_RULE_SETS[id] : DEFAULT_RIGHTS_RULE_SET;
}
