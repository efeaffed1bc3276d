import { MEMBER_ROLES, roleAtLeast } from './organisations';
import { organisationPolicy } from './organisation-policy';

describe('organisationPolicy', () => {
  it('ranks MEMBER < SIGNATORY < ADMIN', () => {
    expect(MEMBER_ROLES.map((role) => roleAtLeast(role, 'SIGNATORY'))).toEqual([false, true, true]);
    expect(roleAtLeast(null, 'MEMBER')).toBe(false);
  });

  it('shows members to any member and lets only ADMINs manage them', () => {
    expect([null, ...MEMBER_ROLES].map(organisationPolicy.canSeeMembers)).toEqual([false, true, true, true]);
    expect([null, ...MEMBER_ROLES].map(organisationPolicy.canManageMembers)).toEqual([false, false, false, true]);
  });

  it('never lets the last ADMIN go', () => {
    expect(organisationPolicy.keepsAnAdmin(1, { from: 'ADMIN', to: null })).toBe(false);
    expect(organisationPolicy.keepsAnAdmin(1, { from: 'ADMIN', to: 'SIGNATORY' })).toBe(false);
    expect(organisationPolicy.keepsAnAdmin(1, { from: 'ADMIN', to: 'ADMIN' })).toBe(true);
    expect(organisationPolicy.keepsAnAdmin(2, { from: 'ADMIN', to: null })).toBe(true);
    expect(organisationPolicy.keepsAnAdmin(1, { from: 'MEMBER', to: null })).toBe(true);
  });
});
