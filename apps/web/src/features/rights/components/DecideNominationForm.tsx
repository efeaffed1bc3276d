import { Button } from '../../../components/ui/Button';
import { FormActions } from '../../../components/ui/FormActions';
import { FormErrorSummary } from '../../../components/ui/FormErrorSummary';
import { TextArea } from '../../../components/ui/TextArea';
import { TextField } from '../../../components/ui/TextField';
import type { FieldErrors } from '../../../lib/form-errors';
import { useForm } from '../../../lib/use-form';
import { useDecideNomination } from '../api/decide-nomination';
import { ChoiceFieldset } from './ChoiceFieldset';

type DecisionField = 'listed' | 'reason' | 'decidedOn';
const FIELDS: readonly DecisionField[] = ['listed', 'reason', 'decidedOn'];
const OUTCOMES = [
  { value: 'LISTED', label: 'List it', hint: 'It meets the test: the owner must give notice before selling it.' },
  { value: 'NOT_LISTED', label: 'Do not list it', hint: 'It does not meet the test.' },
] as const;

export interface AssetActionProps {
  asset: { id: string; slug: string; name: string };
  today: string;
  /** Says what was done, once it is. */
  onDone: (message: string) => void;
}

/** The council records whether it lists the nominated asset, why, and on which day it decided. */
export function DecideNominationForm({ asset, today, onDone }: AssetActionProps) {
  const decide = useDecideNomination(asset.slug);
  const form = useForm({
    mutation: decide,
    fields: FIELDS,
    initialValues: { listed: '' as 'LISTED' | 'NOT_LISTED' | '', reason: '', decidedOn: '' },
    validate: ({ listed, reason, decidedOn }) => {
      const problems: FieldErrors<DecisionField> = {};
      if (!listed) problems.listed = 'Choose whether the council lists it.';
      if (!reason.trim()) problems.reason = 'Give the council’s reason. It is published with the decision.';
      if (decidedOn && decidedOn > today) problems.decidedOn = 'The decision’s day cannot be in the future.';
      return problems;
    },
    submit: ({ listed, reason, decidedOn }) =>
      decide.mutate(
        { assetId: asset.id, listed: listed === 'LISTED', reason: reason.trim(), decidedOn: decidedOn || null },
        {
          onSuccess: () =>
            onDone(listed === 'LISTED' ? `${asset.name} is listed.` : `${asset.name} is recorded as not listed.`),
        },
      ),
  });

  return (
    <form className="form form--panel" onSubmit={form.onSubmit} noValidate aria-labelledby="decide-title">
      <h3 id="decide-title">Record the council’s decision</h3>
      <FormErrorSummary clientErrors={form.clientErrors} serverMessage={form.message} />
      <ChoiceFieldset
        legend="Does the council list it as an asset of community value?"
        choices={OUTCOMES}
        value={form.values.listed}
        onChange={(listed) => form.setValue('listed', listed)}
        error={form.errors.listed}
      />
      <TextArea label="Reason" required rows={4} {...form.field('reason')} />
      <TextField
        label="Day of the decision"
        type="date"
        optional
        max={today}
        hint="If the council decided earlier than today."
        {...form.field('decidedOn')}
      />
      <FormActions>
        <Button type="submit" busy={form.pending} busyLabel="Saving…">
          Record the decision
        </Button>
      </FormActions>
    </form>
  );
}
