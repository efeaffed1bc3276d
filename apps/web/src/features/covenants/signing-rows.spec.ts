import { shortHash, signingRows, type SigningParty, type SigningSignature } from './signing-rows';

const party = (id: string, role: SigningParty['role'], members: SigningParty['organisation']['members'] = []) => ({
  id,
  role,
  status: 'ACCEPTED' as const,
  organisation: { name: id, members },
});
const signature = (partyId: string, status: SigningSignature['status'] = 'VALID'): SigningSignature => ({
  id: `s-${partyId}`,
  status,
  countersignature: false,
  party: { id: partyId },
});

describe(signingRows.name, () => {
  const council = party('council', 'COUNTERSIGNATORY');
  const pool = party('pool', 'PARTNER', [
    { role: 'MEMBER', user: { displayName: 'Kit Dawson' } },
    { role: 'SIGNATORY', user: { displayName: 'Isla Brennan' } },
    { role: 'ADMIN', user: { displayName: 'Morag Ellison' } },
  ]);
  const hydro = party('hydro', 'CONVENOR');

  it('orders the parties as they sign, the council last, and says who is awaited', () => {
    const rows = signingRows([council, pool, hydro], [signature('hydro')]);
    expect(rows.map((row) => [row.party.id, row.state])).toEqual([
      ['hydro', 'signed'],
      ['pool', 'awaiting'],
      ['council', 'countersigns-last'],
    ]);
  });

  it('makes the countersignature due once every other party has signed', () => {
    const rows = signingRows([council, pool, hydro], [signature('hydro'), signature('pool')]);
    expect(rows[2].state).toBe('countersignature-due');
  });

  it('does not count a superseded signature', () => {
    const rows = signingRows([hydro, council], [signature('hydro', 'SUPERSEDED')]);
    expect(rows[0]).toMatchObject({ state: 'awaiting', signature: null });
  });

  it('names the signatories a member can ask, members with signing rights only', () => {
    expect(signingRows([pool], [])[0].signatories).toEqual(['Isla Brennan', 'Morag Ellison']);
  });

  it('shortens a hash to the twelve characters people compare', () => {
    expect(shortHash('0123456789abcdef'.repeat(4))).toBe('0123456789ab');
  });
});
