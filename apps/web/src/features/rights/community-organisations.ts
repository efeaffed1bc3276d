/** The organisations a person may use the community rights for: community organisations they are an admin of. */
import { communityAdminships } from '@covenant/domain';
import type { ViewerQuery } from '../../gql/graphql';

type Viewer = NonNullable<ViewerQuery['me']>;

export interface OrganisationChoice {
  value: string;
  label: string;
}

export function communityOrganisations(viewer: Pick<Viewer, 'emailVerified' | 'memberships'>): OrganisationChoice[] {
  const allowed = new Set(
    communityAdminships({
      signedIn: true,
      emailVerified: viewer.emailVerified,
      memberships: viewer.memberships.map((m) => ({
        organisationId: m.organisation.id,
        role: m.role,
        organisationKind: m.organisation.kind,
      })),
    }),
  );
  return viewer.memberships
    .filter((m) => allowed.has(m.organisation.id))
    .map((m) => ({ value: m.organisation.id, label: m.organisation.name }));
}
