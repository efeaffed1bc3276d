import { COMMITMENT_PROGRESS_LABELS, COMMUNITY_RIGHT_LABELS } from '@covenant/domain';
import { CommitmentSource } from '../../../components/ui/CommitmentSource';
import { formatDateTime, formatDay } from '../../../lib/dates';
import { PROGRESS_COLOURS } from '../progress-colours';
import type { EscalationSummary } from '../../../components/escalations/EscalationList';
import { CommitmentChallenges, type CommitmentChallengeFacts } from './CommitmentChallenges';
import { EvidenceLink } from './EvidenceLink';
import type { AccountabilityCommitment } from './types';

/** A promise with who made it, when it is due, how far it has got and every report on it. */
export function AccountableCommitment({
  commitment,
  organisation,
  covenantSlug,
  challenges,
  escalations,
}: {
  commitment: AccountabilityCommitment;
  organisation: string;
  covenantSlug: string;
  challenges: CommitmentChallengeFacts | undefined;
  escalations: readonly EscalationSummary[];
}) {
  const label = COMMITMENT_PROGRESS_LABELS[commitment.progress];
  return (
    <li className="accountable">
      <article id={`commitment-${commitment.id}`} aria-label={commitment.title} tabIndex={-1}>
        <h3 className="accountable__title">{commitment.title}</h3>
        <p className="accountable__meta">
          <span>{organisation}</span>
          <span>{commitment.dueOn ? `Due by ${formatDay(commitment.dueOn)}` : 'No due date'}</span>
          {commitment.right ? <span>{COMMUNITY_RIGHT_LABELS[commitment.right]}</span> : null}
          {commitment.overdue ? <span className="tag tag--overdue">Overdue</span> : null}
        </p>
        <div className="accountable__progress">
          <span className="accountable__status" style={{ borderColor: PROGRESS_COLOURS[commitment.progress] }}>
            {label}
          </span>
          <span className="meter" aria-hidden="true">
            <span
              className="meter__fill"
              style={{
                width: `${commitment.percentComplete}%`,
                backgroundColor: PROGRESS_COLOURS[commitment.progress],
              }}
            />
          </span>
          <span>{commitment.percentComplete}% complete</span>
        </div>
        {commitment.description ? <p>{commitment.description}</p> : null}
        <CommitmentSource commitment={commitment} covenantSlug={covenantSlug} />
        {commitment.measure ? (
          <p>
            <span className="commitment__label">How we will know: </span>
            {commitment.measure}
          </p>
        ) : null}
        {commitment.updates.length ? (
          <details className="disclosure accountable__history">
            <summary>
              {commitment.updates.length} progress report{commitment.updates.length === 1 ? '' : 's'}
            </summary>
            <ol className="history">
              {[...commitment.updates].reverse().map((update) => (
                <li key={update.id}>
                  <p className="history__meta">
                    <time dateTime={update.createdAt}>{formatDateTime(update.createdAt)}</time> ·{' '}
                    {update.author.displayName} · {COMMITMENT_PROGRESS_LABELS[update.progress]},{' '}
                    {update.percentComplete}%
                  </p>
                  <p className="history__note">{update.note}</p>
                  {update.evidenceUrl ? (
                    <EvidenceLink href={update.evidenceUrl} commitmentTitle={commitment.title} />
                  ) : null}
                </li>
              ))}
            </ol>
          </details>
        ) : (
          <p className="muted">No progress reported yet.</p>
        )}
        <CommitmentChallenges
          commitment={commitment}
          facts={challenges}
          escalations={escalations}
          covenantSlug={covenantSlug}
        />
      </article>
    </li>
  );
}
