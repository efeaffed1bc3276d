import { ESCALATION_STATUS_LABELS } from '@covenant/domain';
import type { EscalationStatus } from '../../../gql/graphql';

const TONE: Record<EscalationStatus, string> = {
  OPEN: 'badge--case-open',
  RESPONSE_REQUESTED: 'badge--case-response-requested',
  CONCLUDED: 'badge--case-concluded',
  DISMISSED: 'badge--case-dismissed',
};

export function EscalationStatusBadge({ status }: { status: EscalationStatus }) {
  return <span className={`badge ${TONE[status]}`}>{ESCALATION_STATUS_LABELS[status]}</span>;
}
