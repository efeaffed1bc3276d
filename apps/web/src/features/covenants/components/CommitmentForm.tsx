import { COMMUNITY_RIGHT_LABELS, COMMUNITY_RIGHTS, type CommunityRight } from '@covenant/domain';
import { Button } from '../../../components/ui/Button';
import { FormErrorSummary } from '../../../components/ui/FormErrorSummary';
import { Select } from '../../../components/ui/Select';
import { TextArea } from '../../../components/ui/TextArea';
import { TextField } from '../../../components/ui/TextField';
import type { FieldErrors } from '../../../lib/form-errors';
import { useForm } from '../../../lib/use-form';
import { useAddCommitment } from '../api/add-commitment';
import { useNeighbourhoodAssets } from '../api/neighbourhood-assets';
import { useUpdateCommitment } from '../api/update-commitment';
import type { CovenantCommitment } from './covenant';
import { PanelForm } from './PanelForm';

type CommitmentField = 'title' | 'description' | 'measure' | 'right' | 'dueOn' | 'assetId';
const FIELDS: readonly CommitmentField[] = ['title', 'description', 'measure', 'right', 'dueOn', 'assetId'];
const RIGHT_OPTIONS = COMMUNITY_RIGHTS.map((right) => ({ value: right, label: COMMUNITY_RIGHT_LABELS[right] }));

export interface CommitmentFormProps {
  covenantId: string;
  slug: string;
  party: { id: string; name: string };
  /** Editing this commitment; a new one when absent. */
  commitment?: CovenantCommitment;
  onDone: () => void;
}

/** Adds a commitment for a party, or changes one; the title is the promise in a line. */
export function CommitmentForm({ covenantId, slug, party, commitment, onDone }: CommitmentFormProps) {
  const add = useAddCommitment(slug);
  const update = useUpdateCommitment(slug);
  const assets = useNeighbourhoodAssets(slug, covenantId).data ?? [];
  // The one named stays on offer even if its listing has since ended.
  const assetOptions = [
    ...assets.map((asset) => ({ value: asset.id, label: asset.name })),
    ...(commitment?.asset && !assets.some((asset) => asset.id === commitment.asset?.id)
      ? [{ value: commitment.asset.id, label: commitment.asset.name }]
      : []),
  ];
  const form = useForm({
    mutation: commitment ? update : add,
    fields: FIELDS,
    initialValues: {
      title: commitment?.title ?? '',
      description: commitment?.description ?? '',
      measure: commitment?.measure ?? '',
      right: commitment?.right ?? '',
      dueOn: commitment?.dueOn ?? '',
      assetId: commitment?.asset?.id ?? '',
    },
    validate: (values) => {
      const problems: FieldErrors<CommitmentField> = {};
      if (!values.title.trim()) problems.title = 'Say in a line what will be done, e.g. “Reopen the pool on Sundays”.';
      if (values.title.trim().length > 200)
        problems.title = 'Keep the title to 200 characters; put more in the description.';
      return problems;
    },
    submit: (values) => {
      const fields = {
        title: values.title.trim(),
        description: values.description.trim() || null,
        measure: values.measure.trim() || null,
        right: (values.right || null) as CommunityRight | null,
        dueOn: values.dueOn || null,
        assetId: values.assetId || null,
      };
      const done = { onSuccess: onDone };
      if (commitment) update.mutate({ commitmentId: commitment.id, ...fields }, done);
      else add.mutate({ covenantId, partyId: party.id, ...fields }, done);
    },
  });
  const { values, errors, change: set } = form;

  return (
    <PanelForm
      className="commitment-form"
      level="h4"
      title={commitment ? `Change “${commitment.title}”` : `A new commitment for ${party.name}`}
      onSubmit={form.onSubmit}
      onClose={onDone}
    >
      <FormErrorSummary clientErrors={form.clientErrors} serverMessage={form.message} />
      <TextField
        label="What will be done"
        name="title"
        value={values.title}
        onChange={set('title')}
        error={errors.title}
        hint="One line, e.g. “Reopen the swimming pool on Sundays by June”."
        maxLength={200}
      />
      <TextArea
        label="Details"
        name="description"
        rows={3}
        optional
        value={values.description}
        onChange={set('description')}
        error={errors.description}
      />
      <TextField
        label="How the neighbourhood will know it was done"
        name="measure"
        optional
        value={values.measure}
        onChange={set('measure')}
        error={errors.measure}
        hint="e.g. “Sunday opening hours on the pool’s website; swims counted each month”."
      />
      <div className="form-row">
        <Select
          label="Community right it serves"
          name="right"
          optional
          placeholder="None"
          options={RIGHT_OPTIONS}
          value={values.right}
          onChange={set('right')}
          error={errors.right}
        />
        <TextField
          label="Due by"
          name="dueOn"
          type="date"
          optional
          value={values.dueOn}
          onChange={set('dueOn')}
          error={errors.dueOn}
        />
      </div>
      {assetOptions.length ? (
        <Select
          label="Asset of community value it concerns"
          name="assetId"
          optional
          placeholder="None"
          options={assetOptions}
          value={values.assetId}
          onChange={set('assetId')}
          error={errors.assetId}
          hint="A building or space nominated or listed in the neighbourhood; its page will list this covenant."
        />
      ) : null}
      <div className="actions">
        <Button type="submit" className="button--small" busy={form.pending} busyLabel="Saving…">
          {commitment ? 'Save changes' : 'Add commitment'}
        </Button>
        <Button variant="quiet" className="button--small" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </PanelForm>
  );
}
