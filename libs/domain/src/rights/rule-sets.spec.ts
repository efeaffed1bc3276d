import { DEFAULT_RIGHTS_RULE_SET, RIGHTS_RULE_SETS, rightsRuleSet } from './rule-sets';

describe('rights rule sets', () => {
  it('holds the Localism Act 2011’s periods, the default', () => {
    expect(DEFAULT_RIGHTS_RULE_SET).toBe(RIGHTS_RULE_SETS.LOCALISM_ACT_2011);
    expect(DEFAULT_RIGHTS_RULE_SET).toMatchObject({
      id: 'LOCALISM_ACT_2011',
      name: 'Localism Act 2011',
      nominationDecisionWeeks: 8,
      listingYears: 5,
      interimMoratoriumWeeks: 6,
      fullMoratoriumMonths: 6,
      protectedPeriodMonths: 18,
      serviceRequestResponseWeeks: 8,
    });
    expect(DEFAULT_RIGHTS_RULE_SET.source).toMatch(/Localism Act 2011/);
  });

  it('keys each rule set by its id', () => {
    for (const [key, rules] of Object.entries(RIGHTS_RULE_SETS)) expect(rules.id).toBe(key);
  });

  it('finds a rule set by id, and falls back to the default for an unknown or absent one', () => {
    expect(rightsRuleSet('LOCALISM_ACT_2011')).toBe(DEFAULT_RIGHTS_RULE_SET);
    for (const id of [null, undefined, '', 'REPEALED_ACT', 'toString', '__proto__']) {
      expect(rightsRuleSet(id)).toBe(DEFAULT_RIGHTS_RULE_SET);
    }
  });
});
