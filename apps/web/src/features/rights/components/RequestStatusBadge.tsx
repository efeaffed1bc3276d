import { SERVICE_REQUEST_STATUS_LABELS } from '@covenant/domain';
import type { ServiceRequestStatus } from '../../../gql/graphql';
import { modifier } from '../modifier';

/** A service request's status, and "Overdue" beside it while an answer is late. */
export function RequestStatusBadge({ status, overdue }: { status: ServiceRequestStatus; overdue: boolean }) {
  return (
    <span className="request-status">
      <span className={`badge badge--request-${modifier(status)}`}>{SERVICE_REQUEST_STATUS_LABELS[status]}</span>
      {overdue ? <span className="badge badge--overdue">Overdue</span> : null}
    </span>
  );
}
