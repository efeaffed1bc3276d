import { transitionActions } from './transitions';

describe(transitionActions.name, () => {
  const kinds = (...args: Parameters<typeof transitionActions>) => transitionActions(...args).map((a) => a.kind);

  it('offers consultation and withdrawal on a draft, withdrawal last', () => {
    expect(kinds('DRAFT', ['WITHDRAWN', 'CONSULTATION'])).toEqual(['openConsultation', 'withdrawCovenant']);
  });

  it('returns to draft from consultation or signing, asking for a reason', () => {
    const [fromConsultation] = transitionActions('CONSULTATION', ['DRAFT']);
    expect(fromConsultation).toMatchObject({ kind: 'returnToDraft', label: 'Return to draft', needsReason: true });
    expect(kinds('OPEN_FOR_SIGNATURE', ['DRAFT'])).toEqual(['returnToDraft']);
    expect(kinds('OPEN_FOR_SIGNATURE', ['UNDER_REVIEW'])).toEqual(['returnToDraft']);
  });

  it('starts a review from in force and ends it with a reason', () => {
    const actions = transitionActions('IN_FORCE', ['ENDED', 'UNDER_REVIEW']);
    expect(actions.map((a) => a.kind)).toEqual(['startReview', 'endCovenant']);
    expect(actions[0].needsReason).toBe(false);
    expect(actions[1]).toMatchObject({ needsReason: true, destructive: true });
  });

  it('leaves out the moves that belong to signing, and anything it cannot name', () => {
    expect(kinds('DRAFT', ['OPEN_FOR_SIGNATURE'])).toEqual([]);
    expect(kinds('OPEN_FOR_SIGNATURE', ['IN_FORCE'])).toEqual([]);
    expect(kinds('DRAFT', ['UNDER_REVIEW'])).toEqual([]);
    expect(kinds('DRAFT', [])).toEqual([]);
  });
});
