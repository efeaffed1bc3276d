import { signingProgress } from './signing-progress';

const parties = [
  { partyId: 'hydro', role: 'CONVENOR' as const },
  { partyId: 'pool', role: 'PARTNER' as const },
  { partyId: 'council', role: 'COUNTERSIGNATORY' as const },
];

describe('signingProgress', () => {
  it('awaits every party but the council, in order, before anyone has signed', () => {
    expect(signingProgress(parties, [])).toEqual({
      awaitingSignature: ['hydro', 'pool'],
      countersignatureDue: false,
      complete: false,
    });
  });

  it('makes the countersignature due once every other party has signed', () => {
    expect(signingProgress(parties, [{ partyId: 'pool' }, { partyId: 'hydro' }])).toEqual({
      awaitingSignature: [],
      countersignatureDue: true,
      complete: false,
    });
  });

  it('is complete once the council has countersigned', () => {
    const all = [{ partyId: 'hydro' }, { partyId: 'pool' }, { partyId: 'council' }];
    expect(signingProgress(parties, all)).toMatchObject({ countersignatureDue: false, complete: true });
  });
});
