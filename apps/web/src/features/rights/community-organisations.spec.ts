import type { MemberRole, OrganisationKind } from '@covenant/domain';
import { communityOrganisations } from './community-organisations';

const membership = (id: string, name: string, kind: OrganisationKind, role: MemberRole) => ({
  id: `m-${id}`,
  role,
  position: null,
  organisation: { id, slug: id, name, kind },
});

describe(communityOrganisations.name, () => {
  it('offers the community organisations the person is an admin of, and no others', () => {
    const choices = communityOrganisations({
      emailVerified: true,
      memberships: [
        membership('hydro', 'Settle Community Hydro', 'COMMUNITY_BUSINESS', 'ADMIN'),
        membership('council', 'North Yorkshire Council', 'LOCAL_AUTHORITY', 'ADMIN'),
        membership('pool', 'Settle Pool Trust', 'VOLUNTARY_ORGANISATION', 'SIGNATORY'),
        membership('friends', 'Friends of Settle Library', 'COMMUNITY_GROUP', 'ADMIN'),
      ],
    });
    expect(choices).toEqual([
      { value: 'hydro', label: 'Settle Community Hydro' },
      { value: 'friends', label: 'Friends of Settle Library' },
    ]);
  });

  it('offers nothing to someone who is no community organisation’s admin', () => {
    expect(
      communityOrganisations({
        emailVerified: true,
        memberships: [membership('pool', 'Settle Pool Trust', 'VOLUNTARY_ORGANISATION', 'MEMBER')],
      }),
    ).toEqual([]);
  });
});
