import { Button } from '../../../components/ui/Button';
import { FormActions } from '../../../components/ui/FormActions';
import { FormErrorSummary } from '../../../components/ui/FormErrorSummary';
import { TextField } from '../../../components/ui/TextField';
import type { FieldErrors } from '../../../lib/form-errors';
import { useForm } from '../../../lib/use-form';
import { useRecordDisposalNotice } from '../api/record-disposal-notice';
import type { AssetActionProps } from './DecideNominationForm';

/** The council records the day the owner gave notice of a sale, which starts the moratorium clock. */
export function RecordDisposalForm({ asset, today, onDone }: AssetActionProps) {
  const record = useRecordDisposalNotice(asset.slug);
  const form = useForm({
    mutation: record,
    fields: ['notifiedOn'] as const,
    initialValues: { notifiedOn: today },
    validate: ({ notifiedOn }) => {
      const problems: FieldErrors<'notifiedOn'> = {};
      if (!notifiedOn) problems.notifiedOn = 'Give the day the owner gave notice.';
      else if (notifiedOn > today) problems.notifiedOn = 'The notice’s day cannot be in the future.';
      return problems;
    },
    submit: ({ notifiedOn }) =>
      record.mutate(
        { assetId: asset.id, notifiedOn },
        {
          onSuccess: () => onDone(`The owner’s notice is recorded: the moratorium on selling ${asset.name} has begun.`),
        },
      ),
  });

  return (
    <form className="form form--panel" onSubmit={form.onSubmit} noValidate aria-labelledby="disposal-title">
      <h3 id="disposal-title">Record the owner’s notice of a sale</h3>
      <p className="muted">
        The owner must tell the council before selling a listed asset. From that day the owner may not sell except to a
        community group during the moratorium.
      </p>
      <FormErrorSummary clientErrors={form.clientErrors} serverMessage={form.message} />
      <TextField label="Day the owner gave notice" type="date" required max={today} {...form.field('notifiedOn')} />
      <FormActions>
        <Button type="submit" busy={form.pending} busyLabel="Saving…">
          Record the notice
        </Button>
      </FormActions>
    </form>
  );
}
