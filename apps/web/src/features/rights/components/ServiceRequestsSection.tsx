import { formatLondonDay, PAGE_PATHS, pagePath } from '@covenant/domain';
import { Link } from 'react-router-dom';
import { EmptyState } from '../../../components/ui/EmptyState';
import { formatDay } from '../../../lib/dates';
import { counted } from '../../../lib/paging';
import { responseDueText } from '../days-left';
import { RequestStatusBadge } from './RequestStatusBadge';
import type { ServiceRequestSummary } from './types';

const REQUESTS = { one: 'request', other: 'requests' };

/** What the neighbourhood's community organisations have asked public bodies to change, and whether they answered. */
export function ServiceRequestsSection({ requests }: { requests: readonly ServiceRequestSummary[] }) {
  return (
    <section className="section" aria-labelledby="requests-title">
      <div className="section__header">
        <h2 id="requests-title">Service requests</h2>
        {requests.length > 0 ? <span className="muted">{counted(requests.length, REQUESTS)}</span> : null}
      </div>
      {requests.length > 0 ? (
        <ul className="card-list">
          {requests.map((request) => (
            <li key={request.id} className={request.overdue ? 'card card--overdue' : 'card'}>
              <div className="card__heading">
                <Link className="card__title" to={pagePath(PAGE_PATHS.serviceRequest, { slug: request.slug })}>
                  {request.service}
                </Link>
                <RequestStatusBadge status={request.status} overdue={request.overdue} />
              </div>
              <p className="card__meta">
                {request.requester.name} asked {request.publicBody.name} on {formatDay(request.submittedAt)}
              </p>
              {request.daysLeft == null ? null : (
                <p className="request-due">
                  Response due by {formatLondonDay(request.responseDueOn)}:{' '}
                  <strong className={request.overdue ? 'request-due--overdue' : undefined}>
                    {responseDueText(request.daysLeft)}
                  </strong>
                </p>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState title="No service requests yet">
          <p>
            A community group can ask a council, NHS body, police force or school to change a service, or to let the
            community run it. The public body must answer within the response period (eight weeks by default).
          </p>
        </EmptyState>
      )}
    </section>
  );
}
