import { COVENANT_STATUS_LABELS, type CovenantStatus } from '@covenant/domain';

/** A covenant's status as a coloured label; the words carry the meaning, the colour only helps. */
export function CovenantStatusBadge({ status }: { status: CovenantStatus }) {
  return (
    <span className={`badge badge--status badge--${status.toLowerCase().replace(/_/g, '-')}`}>
      {COVENANT_STATUS_LABELS[status]}
    </span>
  );
}
