import { COMMITMENT_PROGRESS_LABELS, COMMUNITY_RIGHT_LABELS } from '@covenant/domain';
import { useState } from 'react';
import { Button } from '../../../components/ui/Button';
import { CommitmentSource } from '../../../components/ui/CommitmentSource';
import { ConfirmRemoval } from '../../../components/ui/ConfirmRemoval';
import { formatDay } from '../../../lib/dates';
import { useRemoveCommitment } from '../api/remove-commitment';
import { CommitmentForm } from './CommitmentForm';
import { ProgressReportForm } from './ProgressReportForm';
import type { CovenantCommitment } from './covenant';

export interface CommitmentItemProps {
  commitment: CovenantCommitment;
  covenantId: string;
  slug: string;
  party: { id: string; name: string };
  canChange: boolean;
  /** A member of the commitment's party, while the covenant is in force. */
  canReport: boolean;
  /** Once the covenant is in force, progress is what matters. */
  tracking: boolean;
}

export function CommitmentItem({
  commitment,
  covenantId,
  slug,
  party,
  canChange,
  canReport,
  tracking,
}: CommitmentItemProps) {
  const [mode, setMode] = useState<'view' | 'edit' | 'remove' | 'report'>('view');
  const latest = commitment.updates[commitment.updates.length - 1];
  const remove = useRemoveCommitment(slug);

  if (mode === 'edit') {
    return (
      <li className="commitment">
        <CommitmentForm
          covenantId={covenantId}
          slug={slug}
          party={party}
          commitment={commitment}
          onDone={() => setMode('view')}
        />
      </li>
    );
  }

  return (
    <li className="commitment">
      <article aria-label={commitment.title}>
        <h4 className="commitment__title">{commitment.title}</h4>
        <p className="commitment__meta">
          {commitment.dueOn ? <span>Due by {formatDay(commitment.dueOn)}</span> : <span>No due date</span>}
          {commitment.right ? <span className="tag">{COMMUNITY_RIGHT_LABELS[commitment.right]}</span> : null}
          {tracking ? <span className="tag">{COMMITMENT_PROGRESS_LABELS[commitment.progress]}</span> : null}
          {commitment.overdue ? <span className="tag tag--overdue">Overdue</span> : null}
        </p>
        {commitment.description ? <p className="commitment__description">{commitment.description}</p> : null}
        <CommitmentSource commitment={commitment} covenantSlug={slug} />
        {commitment.measure ? (
          <p className="commitment__measure">
            <span className="commitment__label">How we will know: </span>
            {commitment.measure}
          </p>
        ) : null}
        {tracking && latest ? (
          <p className="commitment__latest">
            <span className="commitment__label">
              {`Latest report, ${formatDay(latest.createdAt)}, by ${latest.author.displayName} (${latest.percentComplete}%): `}
            </span>
            {latest.note}
            {latest.evidenceUrl ? (
              <>
                {' '}
                <a href={latest.evidenceUrl} rel="noopener noreferrer">
                  Evidence
                </a>
              </>
            ) : null}
          </p>
        ) : null}
        {canReport && mode === 'view' ? (
          <div className="actions commitment__actions">
            <Button variant="secondary" className="button--small" onClick={() => setMode('report')}>
              Report progress<span className="visually-hidden"> on “{commitment.title}”</span>
            </Button>
          </div>
        ) : null}
        {mode === 'report' ? (
          <ProgressReportForm commitment={commitment} slug={slug} onDone={() => setMode('view')} />
        ) : null}
        {canChange && mode === 'view' ? (
          <div className="actions commitment__actions">
            <Button variant="quiet" className="button--small" onClick={() => setMode('edit')}>
              Change<span className="visually-hidden"> “{commitment.title}”</span>
            </Button>
            <Button variant="quiet" className="button--small" onClick={() => setMode('remove')}>
              Remove<span className="visually-hidden"> “{commitment.title}”</span>
            </Button>
          </div>
        ) : null}
        {mode === 'remove' ? (
          <ConfirmRemoval
            className="inline-confirm"
            question={`Remove the commitment “${commitment.title}”?`}
            confirmLabel="Yes, remove it"
            error={remove.error?.message ?? null}
            busy={remove.isPending}
            onConfirm={() => remove.mutate(commitment.id)}
            onCancel={() => setMode('view')}
          />
        ) : null}
      </article>
    </li>
  );
}
