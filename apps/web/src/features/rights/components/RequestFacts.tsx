import { formatLondonDay, PAGE_PATHS, pagePath } from '@covenant/domain';
import { Link } from 'react-router-dom';
import { VerificationBadge } from '../../../components/ui/VerificationBadge';
import { formatDay } from '../../../lib/dates';
import { responseDueText } from '../days-left';
import type { ServiceRequest } from './types';

/** Who asked whom, when, and by when the answer is due. */
export function RequestFacts({ request }: { request: ServiceRequest }) {
  return (
    <dl className="facts">
      <div className="facts__item">
        <dt>Asked by</dt>
        <dd>
          <Link to={pagePath(PAGE_PATHS.organisation, { slug: request.requester.slug })}>{request.requester.name}</Link>
        </dd>
      </div>
      <div className="facts__item">
        <dt>Public body</dt>
        <dd>
          <Link to={pagePath(PAGE_PATHS.organisation, { slug: request.publicBody.slug })}>
            {request.publicBody.name}
          </Link>{' '}
          <VerificationBadge verification={request.publicBody.verification} />
        </dd>
      </div>
      <div className="facts__item">
        <dt>Submitted</dt>
        <dd>{formatDay(request.submittedAt)}</dd>
      </div>
      <div className="facts__item">
        <dt>Response due by</dt>
        <dd>
          {formatLondonDay(request.responseDueOn)}
          {request.daysLeft == null ? null : (
            <>
              {' '}
              <strong className={request.overdue ? 'request-due--overdue' : undefined}>
                ({responseDueText(request.daysLeft)})
              </strong>
            </>
          )}
        </dd>
      </div>
    </dl>
  );
}
