import { STATEMENT_LENGTH } from '@covenant/domain';
import { statementProblem } from '../../../components/escalations/escalation-words';
import { Button } from '../../../components/ui/Button';
import { FormActions } from '../../../components/ui/FormActions';
import { FormErrorSummary } from '../../../components/ui/FormErrorSummary';
import { TextArea } from '../../../components/ui/TextArea';
import type { FieldErrors } from '../../../lib/form-errors';
import { useForm } from '../../../lib/use-form';
import { useConcludeEscalation } from '../api/escalations';

type Outcome = 'findings' | 'dismiss';

/** The commissioner closes a case: findings published, or dismissed with a reason. */
export function ConcludeForm({ escalation }: { escalation: { id: string; number: number } }) {
  const conclude = useConcludeEscalation();
  const form = useForm({
    mutation: conclude,
    fields: ['findings'] as const,
    initialValues: { outcome: 'findings' as Outcome, findings: '' },
    validate: ({ outcome, findings }) => {
      const problems: FieldErrors<'findings'> = {};
      problems.findings = statementProblem(findings, outcome === 'dismiss' ? 'why it is dismissed' : 'the findings');
      return problems;
    },
    submit: ({ outcome, findings }) =>
      conclude.mutate({ escalationId: escalation.id, findings: findings.trim(), dismiss: outcome === 'dismiss' }),
  });
  const id = `conclude-${escalation.id}`;
  const dismissing = form.values.outcome === 'dismiss';
  return (
    <form className="form form--panel" onSubmit={form.onSubmit} noValidate aria-labelledby={id}>
      <h4 id={id}>Close case {escalation.number}</h4>
      <FormErrorSummary clientErrors={form.clientErrors} serverMessage={form.message} />
      <fieldset className="fieldset">
        <legend className="fieldset__legend">Outcome</legend>
        <div className="choices">
          <label className="choice">
            <input
              type="radio"
              name={`${id}-outcome`}
              checked={!dismissing}
              onChange={() => form.setValue('outcome', 'findings')}
            />
            <span>Publish findings</span>
          </label>
          <label className="choice">
            <input
              type="radio"
              name={`${id}-outcome`}
              checked={dismissing}
              onChange={() => form.setValue('outcome', 'dismiss')}
            />
            <span>Dismiss it: the reason for escalating is then no longer published</span>
          </label>
        </div>
      </fieldset>
      <TextArea
        label={dismissing ? 'Why you dismiss it' : 'Your findings'}
        required
        rows={6}
        maxLength={STATEMENT_LENGTH.max}
        hint="Published with the case, and sent to whoever raised it and to the respondent."
        {...form.field('findings')}
      />
      <FormActions>
        <Button type="submit" variant={dismissing ? 'danger' : 'primary'} busy={form.pending} busyLabel="Closing…">
          {dismissing ? `Dismiss case ${escalation.number}` : 'Publish the findings'}
        </Button>
      </FormActions>
    </form>
  );
}
