import { SubjectEscalations } from '../../../components/escalations/SubjectEscalations';
import { COMMUNITY_RIGHT_LABELS, PAGE_PATHS, pagePath } from '@covenant/domain';
import { Link, useParams } from 'react-router-dom';
import { Loading } from '../../../components/ui/Loading';
import { NotFound } from '../../../components/ui/NotFound';
import { PageHeader } from '../../../components/ui/PageHeader';
import { QueryError } from '../../../components/ui/QueryError';
import { usePageTitle } from '../../../lib/page-title';
import { useServiceRequest } from '../api/service-request';
import { RequestAnswer } from '../components/RequestAnswer';
import { RequestFacts } from '../components/RequestFacts';
import { RequestStatusBadge } from '../components/RequestStatusBadge';
import { RespondForm } from '../components/RespondForm';
import { WithdrawRequest } from '../components/WithdrawRequest';
import '../rights.css';

export function ServiceRequestPage() {
  const { slug = '' } = useParams();
  const query = useServiceRequest(slug);
  const request = query.data;
  usePageTitle(
    request ? `Service request: ${request.service}` : query.isPending ? 'Service request' : 'Service request not found',
  );

  if (query.isPending) return <Loading label="Loading the service request…" />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  if (!request) {
    return (
      <NotFound title="We couldn’t find that service request">
        <p>Its address may be different. Each neighbourhood’s community rights page lists its requests.</p>
      </NotFound>
    );
  }

  const { neighbourhood } = request;
  return (
    <article className="rights-page stack">
      <PageHeader
        eyebrow={`Service request · ${COMMUNITY_RIGHT_LABELS.SHAPE_PUBLIC_SERVICES}`}
        title={request.service}
        lead={
          <p>
            <RequestStatusBadge status={request.status} overdue={request.overdue} />
          </p>
        }
        actions={
          <Link to={pagePath(PAGE_PATHS.rights, { slug: neighbourhood.slug })}>
            Community rights in {neighbourhood.name}
          </Link>
        }
      />
      <RequestFacts request={request} />
      <section className="section" aria-labelledby="proposal-title">
        <h2 id="proposal-title">The proposal</h2>
        <p className="long-text">{request.proposal}</p>
        {request.viewerCan.withdraw ? <WithdrawRequest request={request} /> : null}
      </section>
      <RequestAnswer request={request} />
      {request.viewerCan.respond ? <RespondForm request={request} /> : null}
      <SubjectEscalations
        subjectType="SERVICE_REQUEST"
        subjectId={request.id}
        subjectName="this request"
        escalatable={request.overdue}
      />
    </article>
  );
}
