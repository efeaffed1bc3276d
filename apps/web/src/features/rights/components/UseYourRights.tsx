import { PAGE_PATHS } from '@covenant/domain';
import { Link, useLocation } from 'react-router-dom';
import { ButtonLink } from '../../../components/ui/ButtonLink';
import { EmptyState } from '../../../components/ui/EmptyState';
import { NEXT_PARAM, signInPath } from '../../../lib/auth-links';
import { useViewer } from '../../../lib/viewer';
import { communityOrganisations } from '../community-organisations';
import { NominateAssetForm } from './NominateAssetForm';
import { ServiceRequestForm } from './ServiceRequestForm';

/** The two forms, for admins of community organisations; everyone else is told who can use them. */
export function UseYourRights({ neighbourhood }: { neighbourhood: { id: string; name: string } }) {
  const viewer = useViewer();
  const { pathname } = useLocation();
  if (viewer.data === undefined) return null;
  const me = viewer.data;
  const organisations = me ? communityOrganisations(me) : [];

  return (
    <section className="section" aria-labelledby="use-rights-title">
      <h2 id="use-rights-title">Use your community’s rights</h2>
      {!me ? (
        <p>
          <Link to={signInPath(pathname)}>Sign in</Link> as an admin of a community group, community business or
          voluntary organisation to nominate an asset or ask a public body to change a service.
        </p>
      ) : organisations.length === 0 ? (
        <EmptyState
          title="A community organisation uses these rights"
          actions={
            <ButtonLink
              variant="secondary"
              to={`${PAGE_PATHS.newOrganisation}?${new URLSearchParams({ kind: 'COMMUNITY_GROUP', [NEXT_PARAM]: pathname })}`}
            >
              Add your community organisation
            </ButtonLink>
          }
        >
          <p>
            Assets are nominated, and public bodies asked, by an admin of a community group, community business or
            voluntary organisation. You are not an admin of one yet.
          </p>
        </EmptyState>
      ) : (
        <div className="rights-forms">
          <NominateAssetForm neighbourhood={neighbourhood} organisations={organisations} />
          <ServiceRequestForm neighbourhood={neighbourhood} organisations={organisations} />
        </div>
      )}
    </section>
  );
}
