import { PAGE_PATHS, pagePath } from '@covenant/domain';
import { useNavigate } from 'react-router-dom';
import { Button } from '../../../components/ui/Button';
import { FormActions } from '../../../components/ui/FormActions';
import { FormErrorSummary } from '../../../components/ui/FormErrorSummary';
import { Select } from '../../../components/ui/Select';
import { TextField } from '../../../components/ui/TextField';
import type { FieldErrors } from '../../../lib/form-errors';
import { parseWholePounds } from '../../../lib/money';
import { useForm } from '../../../lib/use-form';
import { useCreateBudget } from '../api/create-budget';

type BudgetField = 'partyId' | 'title' | 'amount';
const FIELDS: readonly BudgetField[] = ['partyId', 'title', 'amount'];

export interface StartBudgetFormProps {
  covenant: { id: string; slug: string };
  /** The parties whose money the viewer may put to a vote: those they are an admin of. */
  parties: readonly { value: string; label: string }[];
}

/** A party puts a sum to the residents' vote; its page opens for proposals once started. */
export function StartBudgetForm({ covenant, parties }: StartBudgetFormProps) {
  const create = useCreateBudget(covenant.slug);
  const navigate = useNavigate();
  const form = useForm({
    mutation: create,
    fields: FIELDS,
    initialValues: () => ({ partyId: parties.length === 1 ? parties[0].value : '', title: '', amount: '' }),
    validate: ({ partyId, title, amount }) => {
      const problems: FieldErrors<BudgetField> = {};
      if (!partyId) problems.partyId = 'Choose the party whose money it is.';
      if (!title.trim()) problems.title = 'Give it a title, for example “Riverside improvements 2027”.';
      const pounds = parseWholePounds(amount);
      if (pounds === null || pounds < 1) problems.amount = 'Give the amount in whole pounds, for example 10000.';
      return problems;
    },
    submit: ({ partyId, title, amount }) => {
      const pounds = parseWholePounds(amount);
      // The check above makes sure the amount reads as whole pounds.
      if (pounds === null) return;
      create.mutate(
        { covenantId: covenant.id, partyId, title: title.trim(), amount: pounds },
        { onSuccess: (budget) => navigate(pagePath(PAGE_PATHS.budget, { slug: covenant.slug, id: budget.id })) },
      );
    },
  });

  return (
    <form className="form form--panel" onSubmit={form.onSubmit} noValidate aria-labelledby="start-budget-title">
      <h3 id="start-budget-title">Start a participatory budget</h3>
      <p className="muted">
        Put a sum to the residents’ vote: they propose projects, vote for those they would fund, and the winners become
        your commitments in this covenant.
      </p>
      <FormErrorSummary clientErrors={form.clientErrors} serverMessage={form.message} />
      <Select
        label="Whose money"
        required
        placeholder={parties.length > 1 ? 'Choose a party' : undefined}
        options={parties}
        {...form.field('partyId')}
      />
      <TextField label="Title" required maxLength={200} {...form.field('title')} />
      <TextField
        label="Amount in pounds"
        required
        inputMode="numeric"
        autoComplete="off"
        className="field--short"
        hint="Whole pounds, for example 10000."
        {...form.field('amount')}
      />
      <FormActions>
        <Button type="submit" busy={form.pending} busyLabel="Starting…">
          Start the budget
        </Button>
      </FormActions>
    </form>
  );
}
