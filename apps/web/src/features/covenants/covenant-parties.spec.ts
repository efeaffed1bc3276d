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
  it('knows a covenant under review or ended was in force', () => {
    expect(lifecycleFacts('DRAFT')).toEqual({ hasInForceVersion: false, everInForce: false });
    expect(lifecycleFacts('UNDER_REVIEW')).toEqual({ hasInForceVersion: true, everInForce: true });
    expect(lifecycleFacts('ENDED')).toEqual({ hasInForceVersion: false, everInForce: true });
  });
});
