import { formatLondonDay } from '@covenant/domain';
import { Button } from '../../../components/ui/Button';
import { FormActions } from '../../../components/ui/FormActions';
import { FormErrorSummary } from '../../../components/ui/FormErrorSummary';
import { Select } from '../../../components/ui/Select';
import type { FieldErrors } from '../../../lib/form-errors';
import { useForm } from '../../../lib/use-form';
import { useRequestToBid } from '../api/request-to-bid';
import type { OrganisationChoice } from '../community-organisations';
import type { AssetActionProps } from './DecideNominationForm';

export interface RequestToBidFormProps extends Omit<AssetActionProps, 'today'> {
  interimEndsOn: string;
  /** The community organisations the viewer may ask for. */
  organisations: readonly OrganisationChoice[];
}

/** A community organisation asks to be treated as a potential bidder, which starts the full moratorium. */
export function RequestToBidForm({ asset, interimEndsOn, organisations, onDone }: RequestToBidFormProps) {
  const request = useRequestToBid(asset.slug);
  const form = useForm({
    mutation: request,
    fields: ['organisationId'] as const,
    initialValues: () => ({ organisationId: organisations.length === 1 ? organisations[0].value : '' }),
    validate: ({ organisationId }) => {
      const problems: FieldErrors<'organisationId'> = {};
      if (!organisationId) problems.organisationId = 'Choose the organisation that will bid.';
      return problems;
    },
    submit: ({ organisationId }) =>
      request.mutate(
        { assetId: asset.id, organisationId },
        {
          onSuccess: ({ disposal }) =>
            onDone(
              `${disposal?.bidder?.name ?? 'Your organisation'} is a potential bidder` +
                (disposal?.fullMoratoriumEndsOn
                  ? `: the owner may sell only to a community group until ${formatLondonDay(disposal.fullMoratoriumEndsOn)}.`
                  : '.'),
            ),
        },
      ),
  });

  return (
    <form className="form form--panel" onSubmit={form.onSubmit} noValidate aria-labelledby="bid-title">
      <h3 id="bid-title">Ask to be treated as a bidder</h3>
      <p className="muted">
        Until {formatLondonDay(interimEndsOn)} a community group can ask to be treated as a potential bidder. The owner
        then may not sell except to a community group for the full moratorium, time to raise the money.
      </p>
      <FormErrorSummary clientErrors={form.clientErrors} serverMessage={form.message} />
      <Select
        label="Bidding organisation"
        required
        placeholder={organisations.length > 1 ? 'Choose an organisation' : undefined}
        options={organisations}
        {...form.field('organisationId')}
      />
      <FormActions>
        <Button type="submit" busy={form.pending} busyLabel="Asking…">
          Ask to bid
        </Button>
      </FormActions>
    </form>
  );
}
