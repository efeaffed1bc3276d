import { arrangeParties, lifecycleFacts } from './covenant-parties';
import type { PartyLike } from './covenant-parties';

const party = (name: string, role: PartyLike['role'], status: PartyLike['status']): PartyLike => ({
  role,
  status,
  organisation: { name },
});

describe(arrangeParties.name, () => {
  it('lists the convenor, then partners by name, then the council, and keeps past parties apart', () => {
    const { current, past } = arrangeParties([
      party('North Yorkshire Council', 'COUNTERSIGNATORY', 'INVITED'),
      party('Settle Pool Trust', 'PARTNER', 'ACCEPTED'),
      party('Craven Arts', 'PARTNER', 'DECLINED'),
      party('Settle Community Hydro', 'CONVENOR', 'ACCEPTED'),
      party('Dales Bus Company', 'PARTNER', 'INVITED'),
      party('Settle Surgery', 'PARTNER', 'REMOVED'),
    ]);
    expect(current.map((p) => p.organisation.name)).toEqual([
      'Settle Community Hydro',
      'Dales Bus Company',
      'Settle Pool Trust',
      'North Yorkshire Council',
    ]);
    expect(past.map((p) => p.organisation.name)).toEqual(['Craven Arts', 'Settle Surgery']);
  });
});

describe(lifecycleFacts.name, () => {
  it('tells from the versions whether one is in force now and whether one ever was', () => {
    expect(lifecycleFacts([])).toEqual({ hasInForceVersion: false, everInForce: false });
    expect(lifecycleFacts([{ status: 'SUPERSEDED' }, { status: 'OPEN' }])).toEqual({
      hasInForceVersion: false,
      everInForce: false,
    });
    // A revision open for signature: the old version stays in force.
    expect(lifecycleFacts([{ status: 'IN_FORCE' }, { status: 'OPEN' }])).toEqual({
      hasInForceVersion: true,
      everInForce: true,
    });
    expect(lifecycleFacts([{ status: 'REPLACED' }, { status: 'ENDED' }])).toEqual({
      hasInForceVersion: false,
      everInForce: true,
    });
  });
});
