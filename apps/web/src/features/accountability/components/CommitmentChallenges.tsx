import { EscalateForm } from '../../../components/escalations/EscalateForm';
import { EscalationList, type EscalationSummary } from '../../../components/escalations/EscalationList';
import type { CommitmentDisputesQuery } from '../../../gql/graphql';
import { formatDateTime, formatDay } from '../../../lib/dates';
import { AnswerDisputeForm } from './AnswerDisputeForm';
import { DisputeForm } from './DisputeForm';
import { EvidenceLink } from './EvidenceLink';

export type CommitmentChallengeFacts = NonNullable<CommitmentDisputesQuery['covenant']>['commitments'][number];

/** Disputes of a commitment's delivery with the party's answers, and its cases before the commissioner. */
export function CommitmentChallenges({
  commitment,
  facts,
  escalations,
  covenantSlug,
}: {
  commitment: { id: string; title: string };
  facts: CommitmentChallengeFacts | undefined;
  escalations: readonly EscalationSummary[];
  covenantSlug: string;
}) {
  const disputes = facts?.disputes ?? [];
  return (
    <>
      {disputes.length ? (
        <div className="disputes">
          <h4>Delivery disputed</h4>
          <ul>
            {disputes.map((dispute) => (
              <li key={dispute.id} className="dispute">
                <p className="history__meta">
                  <time dateTime={dispute.createdAt}>{formatDateTime(dispute.createdAt)}</time> ·{' '}
                  {dispute.raisedBy.displayName}
                </p>
                <p className="history__note">{dispute.reason}</p>
                {dispute.evidenceUrl ? (
                  <EvidenceLink href={dispute.evidenceUrl} commitmentTitle={commitment.title} />
                ) : null}
                {dispute.answer ? (
                  <div className="dispute__answer">
                    <p className="history__meta">
                      The party answered{dispute.answeredAt ? ` on ${formatDay(dispute.answeredAt)}` : ''}:
                    </p>
                    <p className="history__note">{dispute.answer}</p>
                  </div>
                ) : (
                  <p className="muted">
                    Awaiting the party’s answer; unanswered, it can go to the commissioner from{' '}
                    {formatDay(dispute.escalatableOn)}.
                  </p>
                )}
                {dispute.viewerCanAnswer ? (
                  <AnswerDisputeForm disputeId={dispute.id} covenantSlug={covenantSlug} />
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {facts?.viewerCanDispute ? <DisputeForm commitment={commitment} covenantSlug={covenantSlug} /> : null}
      <EscalationList escalations={escalations} title="Before the Community Power Commissioner" />
      {facts?.escalatable ? (
        <EscalateForm subjectType="COMMITMENT" subjectId={commitment.id} subjectName="this commitment" />
      ) : null}
    </>
  );
}
