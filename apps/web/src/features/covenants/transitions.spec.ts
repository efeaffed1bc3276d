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

  it('opens a draft, a consultation or a revision for signature, without asking for a reason', () => {
    for (const from of ['DRAFT', 'CONSULTATION', 'UNDER_REVIEW'] as const) {
      expect(kinds(from, ['OPEN_FOR_SIGNATURE'])).toEqual(['openForSignature']);
    }
    expect(transitionActions('UNDER_REVIEW', ['OPEN_FOR_SIGNATURE'])[0]).toMatchObject({
      label: 'Open the revision for signature',
      needsReason: false,
    });
  });

  it('leaves countersigning to the signing panel, and anything it cannot name', () => {
    expect(kinds('OPEN_FOR_SIGNATURE', ['IN_FORCE'])).toEqual([]);
    expect(kinds('DRAFT', ['UNDER_REVIEW'])).toEqual([]);
    expect(kinds('DRAFT', [])).toEqual([]);
  });
});
