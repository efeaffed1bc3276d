import { formatPounds } from '@covenant/domain';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { FormActions } from '../../../components/ui/FormActions';
import { FormErrorSummary } from '../../../components/ui/FormErrorSummary';
import { TextArea } from '../../../components/ui/TextArea';
import { TextField } from '../../../components/ui/TextField';
import type { FieldErrors } from '../../../lib/form-errors';
import { parseWholePounds } from '../../../lib/money';
import { useForm } from '../../../lib/use-form';
import { useProposeProject } from '../api/propose-project';

type ProjectField = 'title' | 'description' | 'cost';
const FIELDS: readonly ProjectField[] = ['title', 'description', 'cost'];

export interface ProposeProjectFormProps {
  budget: { id: string; amount: number; covenant: { slug: string } };
}

/** A resident proposes something the budget could pay for, costed in whole pounds within the budget. */
export function ProposeProjectForm({ budget }: ProposeProjectFormProps) {
  const propose = useProposeProject(budget.covenant.slug);
  const form = useForm({
    mutation: propose,
    fields: FIELDS,
    initialValues: { title: '', description: '', cost: '' },
    validate: ({ title, cost }) => {
      const problems: FieldErrors<ProjectField> = {};
      if (!title.trim()) problems.title = 'Say in a line what the money would pay for.';
      const pounds = parseWholePounds(cost);
      if (pounds === null || pounds < 1) problems.cost = 'Give the cost in whole pounds, for example 2500.';
      else if (pounds > budget.amount)
        problems.cost = `The whole budget is ${formatPounds(budget.amount)}: cost it within that.`;
      return problems;
    },
    submit: ({ title, description, cost }, { reset, notify }) => {
      const pounds = parseWholePounds(cost);
      // The check above makes sure the cost reads as whole pounds.
      if (pounds === null) return;
      propose.mutate(
        { budgetId: budget.id, title: title.trim(), description: description.trim() || null, cost: pounds },
        {
          onSuccess: (project) => {
            notify(`“${project.title}” is proposed.`);
            reset();
          },
        },
      );
    },
  });

  return (
    <form className="form form--panel" onSubmit={form.onSubmit} noValidate aria-labelledby="propose-title">
      <h3 id="propose-title">Propose a project</h3>
      {form.notice ? <Alert tone="success" title={form.notice} /> : null}
      <FormErrorSummary clientErrors={form.clientErrors} serverMessage={form.message} />
      <TextField
        label="What the money would pay for"
        required
        maxLength={200}
        hint="One line, for example “New benches along the riverside path”."
        {...form.field('title')}
      />
      <TextArea label="Details" optional rows={3} {...form.field('description')} />
      <TextField
        label="Cost in pounds"
        required
        inputMode="numeric"
        autoComplete="off"
        className="field--short"
        hint={`Whole pounds, up to ${formatPounds(budget.amount)}.`}
        {...form.field('cost')}
      />
      <FormActions>
        <Button type="submit" busy={form.pending} busyLabel="Proposing…">
          Propose it
        </Button>
      </FormActions>
    </form>
  );
}
