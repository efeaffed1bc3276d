import { isSafeLink, ORGANISATION_KIND_LABELS, organisationPolicy, PAGE_PATHS } from '@covenant/domain';
import { useNavigate, useParams } from 'react-router-dom';
import { Alert } from '../../../components/ui/Alert';
import { Loading } from '../../../components/ui/Loading';
import { NotFound } from '../../../components/ui/NotFound';
import { PageHeader } from '../../../components/ui/PageHeader';
import { QueryError } from '../../../components/ui/QueryError';
import { usePageTitle } from '../../../lib/page-title';
import { useViewer } from '../../../lib/viewer';
import { useOrganisation } from '../api/organisation';
import { OrganisationCommitments } from '../components/OrganisationCommitments';
import { OrganisationCovenants } from '../components/OrganisationCovenants';
import { MembersSection } from '../components/MembersSection';
import { RolesExplainer } from '../components/RolesExplainer';
import { VerificationSection } from '../components/VerificationSection';
import { ViewerRoleNotice } from '../components/ViewerRoleNotice';
import { VerificationBadge } from '../../../components/ui/VerificationBadge';
import '../organisations.css';

export function OrganisationPage() {
  const { slug = '' } = useParams();
  const navigate = useNavigate();
  const organisation = useOrganisation(slug);
  const viewer = useViewer();
  const data = organisation.data;
  usePageTitle(data ? data.name : organisation.isPending ? 'Organisation' : 'Organisation not found');

  if (organisation.isPending) return <Loading label="Loading the organisation…" />;
  if (organisation.isError)
    return <QueryError error={organisation.error} onRetry={() => void organisation.refetch()} />;
  if (!data) {
    return (
      <NotFound title="We couldn’t find that organisation">
        <p>It may have a different address. Organisations taking part in a covenant are listed on its page.</p>
      </NotFound>
    );
  }

  const role = data.viewerRole ?? null;
  return (
    <article className="stack">
      <PageHeader
        eyebrow={ORGANISATION_KIND_LABELS[data.kind]}
        title={data.name}
        lead={
          <>
            <p>
              <VerificationBadge verification={data.verification} />
            </p>
            {data.description ? <p>{data.description}</p> : null}
            {data.website && isSafeLink(data.website) ? (
              <p>
                <a href={data.website} rel="noopener noreferrer">
                  {data.website.replace(/^https?:\/\//, '').replace(/\/$/, '')}
                  <span className="visually-hidden"> (website of {data.name})</span>
                </a>
              </p>
            ) : null}
          </>
        }
      />
      {role ? <ViewerRoleNotice role={role} /> : null}
      <VerificationSection organisation={data} isAdmin={role === 'ADMIN'} viewer={viewer.data ?? null} />
      {organisationPolicy.canSeeMembers(role) ? (
        <MembersSection
          organisation={data}
          viewerId={viewer.data?.id ?? null}
          onLeft={() => navigate(PAGE_PATHS.home)}
        />
      ) : (
        <section className="section" aria-labelledby="members-title">
          <h2 id="members-title">Members</h2>
          <Alert tone="info">
            <p>Only members of {data.name} can see who belongs to it. An admin can add you by your e-mail address.</p>
          </Alert>
          <RolesExplainer />
        </section>
      )}
      <OrganisationCovenants name={data.name} parties={data.parties} />
      <OrganisationCommitments organisationId={data.id} name={data.name} />
    </article>
  );
}
