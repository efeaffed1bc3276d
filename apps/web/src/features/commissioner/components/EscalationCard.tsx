import { ESCALATION_SUBJECT_LABELS, PAGE_PATHS, pagePath } from '@covenant/domain';
import { Link } from 'react-router-dom';
import { caseStanding } from '../../../components/escalations/escalation-words';
import type { EscalationsQuery } from '../../../gql/graphql';
import { formatDateTime, formatDay } from '../../../lib/dates';
import { ConcludeForm } from './ConcludeForm';
import { EscalationStatusBadge } from './EscalationStatusBadge';
import { RequestResponseForm } from './RequestResponseForm';
import { RespondToEscalationForm } from './RespondToEscalationForm';

export type Escalation = EscalationsQuery['escalations'][number];

/** One case as the public reads it, with the forms of whoever may act on it now. */
export function EscalationCard({
  escalation,
  withForms,
  idPrefix = 'escalation',
}: {
  escalation: Escalation;
  withForms: boolean;
  /** The public list's cards are the ones `/commissioner#escalation-N` links to; the queue's have their own ids. */
  idPrefix?: string;
}) {
  const { number, neighbourhood, respondent, viewerCan } = escalation;
  const id = `${idPrefix}-${number}`;
  return (
    <article className="card escalation-card stack" id={id} tabIndex={-1} aria-labelledby={`${id}-title`}>
      <header className="escalation-card__header">
        <h3 id={`${id}-title`}>
          Case {number}: <Link to={escalation.subjectPath}>{escalation.subjectTitle}</Link>
        </h3>
        <EscalationStatusBadge status={escalation.status} />
      </header>
      <p className="muted">
        {ESCALATION_SUBJECT_LABELS[escalation.subjectType]} in{' '}
        <Link to={pagePath(PAGE_PATHS.neighbourhood, { slug: neighbourhood.slug })}>{neighbourhood.name}</Link>. Raised
        by {escalation.raisedBy.displayName} on {formatDay(escalation.createdAt)}.
      </p>
      {escalation.reason ? (
        <p className="long-text">{escalation.reason}</p>
      ) : (
        <p className="muted">The reason is not published, since the commissioner dismissed the case.</p>
      )}
      {respondent && escalation.status === 'RESPONSE_REQUESTED' ? (
        <p
          className={
            escalation.responseOverdue ? 'escalation-card__due escalation-card__due--overdue' : 'escalation-card__due'
          }
        >
          {caseStanding(escalation)}
        </p>
      ) : null}
      {escalation.response ? (
        <div className="escalation-card__answer">
          <h4>
            {respondent?.name ?? 'The respondent'} responded
            {escalation.respondedAt ? ` on ${formatDateTime(escalation.respondedAt)}` : ''}
          </h4>
          <p className="long-text">{escalation.response}</p>
        </div>
      ) : null}
      {escalation.findings ? (
        <div className="escalation-card__answer">
          <h4>
            {escalation.status === 'DISMISSED' ? 'Dismissed' : 'The commissioner’s findings'}
            {escalation.concludedAt ? `, ${formatDay(escalation.concludedAt)}` : ''}
          </h4>
          <p className="long-text">{escalation.findings}</p>
        </div>
      ) : null}
      {withForms && viewerCan.respond ? <RespondToEscalationForm escalation={escalation} /> : null}
      {withForms && viewerCan.requestResponse ? <RequestResponseForm escalation={escalation} /> : null}
      {withForms && viewerCan.conclude ? <ConcludeForm escalation={escalation} /> : null}
    </article>
  );
}
