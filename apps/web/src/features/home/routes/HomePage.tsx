import { PAGE_PATHS } from '@covenant/domain';
import { ButtonLink } from '../../../components/ui/ButtonLink';
import { EmptyState } from '../../../components/ui/EmptyState';
import { signInPath, signUpPath } from '../../../lib/auth-links';
import { usePageTitle } from '../../../lib/page-title';
import { useViewer } from '../../../lib/viewer';
import { InvitationsSection } from '../components/InvitationsSection';
import { CovenantIntro } from '../components/CovenantIntro';
import { CovenantsSection } from '../components/CovenantsSection';
import { NeighbourhoodsSection } from '../components/NeighbourhoodsSection';
import { YourOrganisations } from '../components/YourOrganisations';
import '../home.css';

export function HomePage() {
  usePageTitle(null);
  const viewer = useViewer();
  const me = viewer.data;

  return (
    <>
      <CovenantIntro
        actions={
          me ? (
            <>
              <ButtonLink to={PAGE_PATHS.newNeighbourhood}>Put your neighbourhood on the platform</ButtonLink>
              <ButtonLink variant="secondary" to={PAGE_PATHS.newOrganisation}>
                Add your organisation
              </ButtonLink>
            </>
          ) : (
            <>
              <ButtonLink to={signUpPath(null)}>Create an account</ButtonLink>
              <ButtonLink variant="secondary" to={signInPath(null)}>
                Sign in
              </ButtonLink>
            </>
          )
        }
      />
      {me ? <InvitationsSection /> : null}
      <div className="home-grid">
        <div className="home-main">
          <CovenantsSection />
          <NeighbourhoodsSection />
        </div>
        {me ? (
          <YourOrganisations memberships={me.memberships} />
        ) : viewer.isPending ? null : (
          <section className="section" aria-labelledby="get-involved">
            <h2 id="get-involved">Get involved</h2>
            <EmptyState
              title="Sign in to work with your neighbours"
              actions={
                <>
                  <ButtonLink to={signUpPath(null)}>Create an account</ButtonLink>
                  <ButtonLink variant="secondary" to={signInPath(null)}>
                    Sign in
                  </ButtonLink>
                </>
              }
            >
              <p>
                With an account you can add your organisation, put your neighbourhood on the platform and start drafting
                a covenant with your council and partners.
              </p>
            </EmptyState>
          </section>
        )}
      </div>
    </>
  );
}
