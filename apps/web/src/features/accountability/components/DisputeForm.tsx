import { STATEMENT_LENGTH } from '@covenant/domain';
import { useState } from 'react';
import { statementProblem } from '../../../components/escalations/escalation-words';
import { Button } from '../../../components/ui/Button';
import { FormActions } from '../../../components/ui/FormActions';
import { FormErrorSummary } from '../../../components/ui/FormErrorSummary';
import { TextArea } from '../../../components/ui/TextArea';
import { TextField } from '../../../components/ui/TextField';
import type { FieldErrors } from '../../../lib/form-errors';
import { useForm } from '../../../lib/use-form';
import { useDisputeDelivery } from '../api/disputes';

type Field = 'reason' | 'evidenceUrl';
const FIELDS: readonly Field[] = ['reason', 'evidenceUrl'];

/** A resident or another party challenges a DELIVERED report, with a reason and, if they have it, evidence. */
export function DisputeForm({
  commitment,
  covenantSlug,
}: {
  commitment: { id: string; title: string };
  covenantSlug: string;
}) {
  const dispute = useDisputeDelivery(covenantSlug);
  const [open, setOpen] = useState(false);
  const form = useForm({
    mutation: dispute,
    fields: FIELDS,
    initialValues: { reason: '', evidenceUrl: '' },
    validate: ({ reason, evidenceUrl }) => {
      const problems: FieldErrors<Field> = {};
      problems.reason = statementProblem(reason, 'what was not delivered as reported');
      if (evidenceUrl.trim() && !/^https?:\/\/\S+$/i.test(evidenceUrl.trim())) {
        problems.evidenceUrl = 'Give a web address starting with https:// or http://, or leave it empty.';
      }
      return problems;
    },
    submit: ({ reason, evidenceUrl }, { reset, notify }) =>
      dispute.mutate(
        { commitmentId: commitment.id, reason: reason.trim(), evidenceUrl: evidenceUrl.trim() || null },
        {
          onSuccess: () => {
            reset();
            setOpen(false);
            notify('Your dispute is published beside the report, and the party has been asked to answer.');
          },
        },
      ),
  });
  const id = `dispute-${commitment.id}`;
  return (
    <div className="escalate">
      {form.notice ? (
        <p role="status" className="muted">
          {form.notice}
        </p>
      ) : null}
      <Button
        variant="secondary"
        className="button--small"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen((current) => !current)}
      >
        Dispute this delivery
      </Button>
      {open ? (
        <form id={id} className="form form--panel" onSubmit={form.onSubmit} noValidate aria-labelledby={`${id}-title`}>
          <h4 id={`${id}-title`}>Dispute that “{commitment.title}” was delivered</h4>
          <FormErrorSummary clientErrors={form.clientErrors} serverMessage={form.message} />
          <TextArea
            label="What was not delivered as reported"
            required
            rows={5}
            maxLength={STATEMENT_LENGTH.max}
            hint={`Published with your name. ${STATEMENT_LENGTH.min} to ${STATEMENT_LENGTH.max.toLocaleString('en-GB')} characters.`}
            {...form.field('reason')}
          />
          <TextField
            label="Link to evidence (optional)"
            type="url"
            hint="A photograph, a document or a news item on the web."
            {...form.field('evidenceUrl')}
          />
          <FormActions>
            <Button type="submit" busy={form.pending} busyLabel="Sending…">
              Send the dispute
            </Button>
          </FormActions>
        </form>
      ) : null}
    </div>
  );
}
