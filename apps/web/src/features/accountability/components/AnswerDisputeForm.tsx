import { STATEMENT_LENGTH } from '@covenant/domain';
import { statementProblem } from '../../../components/escalations/escalation-words';
import { Button } from '../../../components/ui/Button';
import { FormActions } from '../../../components/ui/FormActions';
import { FormErrorSummary } from '../../../components/ui/FormErrorSummary';
import { TextArea } from '../../../components/ui/TextArea';
import type { FieldErrors } from '../../../lib/form-errors';
import { useForm } from '../../../lib/use-form';
import { useAnswerDispute } from '../api/disputes';

/** The reporting party's admin answers a dispute, once; the answer is published beside it. */
export function AnswerDisputeForm({ disputeId, covenantSlug }: { disputeId: string; covenantSlug: string }) {
  const answer = useAnswerDispute(covenantSlug);
  const form = useForm({
    mutation: answer,
    fields: ['answer'] as const,
    initialValues: { answer: '' },
    validate: ({ answer: text }) => {
      const problems: FieldErrors<'answer'> = {};
      problems.answer = statementProblem(text, 'your answer');
      return problems;
    },
    submit: ({ answer: text }) => answer.mutate({ disputeId, answer: text.trim() }),
  });
  const id = `answer-${disputeId}`;
  return (
    <form className="form form--panel" onSubmit={form.onSubmit} noValidate aria-labelledby={id}>
      <h5 id={id}>Answer the dispute</h5>
      <FormErrorSummary clientErrors={form.clientErrors} serverMessage={form.message} />
      <TextArea
        label="Your answer"
        required
        rows={4}
        maxLength={STATEMENT_LENGTH.max}
        hint="Published beside the dispute; you can answer once. Left unanswered for 28 days, it can go to the commissioner."
        {...form.field('answer')}
      />
      <FormActions>
        <Button type="submit" busy={form.pending} busyLabel="Sending…">
          Send the answer
        </Button>
      </FormActions>
    </form>
  );
}
