import { STATEMENT_LENGTH } from '@covenant/domain';
import { statementProblem } from '../../../components/escalations/escalation-words';
import { Button } from '../../../components/ui/Button';
import { FormActions } from '../../../components/ui/FormActions';
import { FormErrorSummary } from '../../../components/ui/FormErrorSummary';
import { TextArea } from '../../../components/ui/TextArea';
import type { FieldErrors } from '../../../lib/form-errors';
import { useForm } from '../../../lib/use-form';
import { useRespondToEscalation } from '../api/escalations';

/** The respondent's admin answers the commissioner, once; the answer is published with the case. */
export function RespondToEscalationForm({
  escalation,
}: {
  escalation: { id: string; number: number; respondent?: { name: string } | null };
}) {
  const respond = useRespondToEscalation();
  const form = useForm({
    mutation: respond,
    fields: ['response'] as const,
    initialValues: { response: '' },
    validate: ({ response }) => {
      const problems: FieldErrors<'response'> = {};
      problems.response = statementProblem(response, 'your response');
      return problems;
    },
    submit: ({ response }) => respond.mutate({ escalationId: escalation.id, response: response.trim() }),
  });
  const id = `respond-${escalation.id}`;
  return (
    <form className="form form--panel" onSubmit={form.onSubmit} noValidate aria-labelledby={id}>
      <h4 id={id}>Respond to the commissioner{escalation.respondent ? ` for ${escalation.respondent.name}` : ''}</h4>
      <FormErrorSummary clientErrors={form.clientErrors} serverMessage={form.message} />
      <TextArea
        label="Your response"
        required
        rows={6}
        maxLength={STATEMENT_LENGTH.max}
        hint={`What happened, what you will do and by when. It is published with case ${escalation.number}; you can respond once.`}
        {...form.field('response')}
      />
      <FormActions>
        <Button type="submit" busy={form.pending} busyLabel="Sending…">
          Send the response
        </Button>
      </FormActions>
    </form>
  );
}
