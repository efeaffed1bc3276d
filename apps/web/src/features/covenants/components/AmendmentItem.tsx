import { AMENDMENT_STATUS_LABELS } from '@covenant/domain';
import { useId, useState } from 'react';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { ConfirmRemoval } from '../../../components/ui/ConfirmRemoval';
import { formatDateTime } from '../../../lib/dates';
import { useSupportAmendment } from '../api/support-amendment';
import { useWithdrawAmendment } from '../api/withdraw-amendment';
import { amendmentElementId, focusAmendmentEntry } from '../amendment-entry';
import type { Amendment } from './covenant';
import { DecideAmendmentForm } from './DecideAmendmentForm';

function supportText(count: number, viewerSupports: boolean): string {
  if (count === 0) return 'No one has supported it yet.';
  if (viewerSupports) return count === 1 ? 'You support it.' : `You and ${count - 1} more support it.`;
  return count === 1 ? '1 person supports it.' : `${count} people support it.`;
}

/** One amendment: the passage, the new wording and why; support, withdrawal and the convenor's decision. */
export function AmendmentItem({ amendment, slug }: { amendment: Amendment; slug: string }) {
  const [mode, setMode] = useState<'view' | 'withdraw' | 'decide'>('view');
  const support = useSupportAmendment(slug);
  const withdraw = useWithdrawAmendment(slug);
  const titleId = useId();
  const { number, status, author, viewerCan } = amendment;
  const decidedAt = status === 'ACCEPTED' || status === 'REJECTED' ? amendment.decidedAt : null;
  // An amendment acted on moves to another group, or loses the button pressed: the reader stays with it.
  const done = () => {
    setMode('view');
    focusAmendmentEntry(number, { scroll: false });
  };

  return (
    <li>
      <article
        id={amendmentElementId(number)}
        tabIndex={-1}
        className={`amendment amendment--${status.toLowerCase()}`}
        aria-labelledby={titleId}
      >
        <div className="amendment__header">
          <h4 id={titleId} className="amendment__title">
            Amendment {number}
          </h4>
          <span className={`tag tag--amendment-${status.toLowerCase()}`}>{AMENDMENT_STATUS_LABELS[status]}</span>
        </div>
        <p className="comment__meta">
          Proposed by <span className="comment__author">{author.displayName}</span>,{' '}
          <time dateTime={amendment.createdAt}>{formatDateTime(amendment.createdAt)}</time>
        </p>
        <dl className="amendment__change">
          <div>
            <dt>{status === 'ACCEPTED' ? 'Replaced' : 'Replace'}</dt>
            <dd>
              <blockquote className="comment__quote amendment__quote">{amendment.quote}</blockquote>
            </dd>
          </div>
          <div>
            <dt>With</dt>
            <dd className="amendment__proposed">{amendment.proposedText}</dd>
          </div>
          {amendment.reason ? (
            <div>
              <dt>Why</dt>
              <dd className="comment__body">{amendment.reason}</dd>
            </div>
          ) : null}
        </dl>
        {decidedAt ? (
          <div className="amendment__outcome">
            <p>
              <strong>{status === 'ACCEPTED' ? 'Accepted into the text' : 'Rejected'}</strong>
              {amendment.decidedBy ? ` by ${amendment.decidedBy.displayName}` : null},{' '}
              <time dateTime={decidedAt}>{formatDateTime(decidedAt)}</time>
            </p>
            {amendment.decisionNote ? <p className="comment__body">{amendment.decisionNote}</p> : null}
          </div>
        ) : null}
        <p className="amendment__support">{supportText(amendment.supportCount, amendment.viewerSupports)}</p>
        {mode === 'view' && (viewerCan.support || viewerCan.withdraw || viewerCan.decide) ? (
          <div className="actions amendment__actions">
            {viewerCan.support && !amendment.viewerSupports ? (
              <Button
                variant="secondary"
                className="button--small"
                busy={support.isPending}
                busyLabel="Adding your support…"
                onClick={() => support.mutate(amendment.id, { onSuccess: done })}
              >
                Support<span className="visually-hidden"> amendment {number}</span>
              </Button>
            ) : null}
            {viewerCan.decide ? (
              <Button className="button--small" onClick={() => setMode('decide')}>
                Accept or reject<span className="visually-hidden"> amendment {number}</span>
              </Button>
            ) : null}
            {viewerCan.withdraw ? (
              <Button variant="quiet" className="button--small" onClick={() => setMode('withdraw')}>
                Withdraw<span className="visually-hidden"> amendment {number}</span>
              </Button>
            ) : null}
          </div>
        ) : null}
        {support.error ? <Alert tone="error" title={support.error.message} /> : null}
        {mode === 'withdraw' ? (
          <ConfirmRemoval
            className="inline-confirm"
            question={`Withdraw amendment ${number}? It stays listed, as withdrawn, and is no longer decided on.`}
            confirmLabel="Yes, withdraw it"
            busyLabel="Withdrawing…"
            error={withdraw.error?.message ?? null}
            busy={withdraw.isPending}
            onConfirm={() => withdraw.mutate(amendment.id, { onSuccess: done })}
            onCancel={done}
          />
        ) : null}
        {mode === 'decide' ? <DecideAmendmentForm amendment={amendment} slug={slug} onDone={done} /> : null}
      </article>
    </li>
  );
}
