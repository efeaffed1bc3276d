import { COMMITMENT_PROGRESS_LABELS } from '@covenant/domain';
import { formatDateTime } from '../../../lib/dates';
import { EvidenceLink } from './EvidenceLink';
import type { AccountabilityCommitment } from './types';

/** Every progress report on the covenant, newest first. */
export function UpdatesTimeline({
  commitments,
  organisationOf,
}: {
  commitments: AccountabilityCommitment[];
  organisationOf: (partyId: string) => string;
}) {
  const updates = commitments
    .flatMap((commitment) => commitment.updates.map((update) => ({ update, commitment })))
    .sort((a, b) => b.update.createdAt.localeCompare(a.update.createdAt));
  if (!updates.length) {
    return <p className="muted">Progress is reported here once the covenant is in force.</p>;
  }
  return (
    <ol className="timeline-list">
      {updates.map(({ update, commitment }) => (
        <li key={update.id} className="timeline-list__item">
          <p className="history__meta">
            <time dateTime={update.createdAt}>{formatDateTime(update.createdAt)}</time>
          </p>
          <p>
            <strong>{organisationOf(commitment.party.id)}</strong> on “{commitment.title}”:{' '}
            {COMMITMENT_PROGRESS_LABELS[update.progress]}, {update.percentComplete}%
          </p>
          <p className="history__note">
            {update.note} <span className="muted">({update.author.displayName})</span>
          </p>
          {update.evidenceUrl ? <EvidenceLink href={update.evidenceUrl} commitmentTitle={commitment.title} /> : null}
        </li>
      ))}
    </ol>
  );
}
