import { PAGE_PATHS, pagePath } from '@covenant/domain';
import { useNavigate } from 'react-router-dom';
import { Button } from '../../../components/ui/Button';
import { FormActions } from '../../../components/ui/FormActions';
import { FormErrorSummary } from '../../../components/ui/FormErrorSummary';
import { Select } from '../../../components/ui/Select';
import { TextArea } from '../../../components/ui/TextArea';
import { TextField } from '../../../components/ui/TextField';
import type { FieldErrors } from '../../../lib/form-errors';
import { useForm } from '../../../lib/use-form';
import { useNominateAsset } from '../api/nominate-asset';
import type { OrganisationChoice } from '../community-organisations';

type NominationField = 'organisationId' | 'name' | 'address' | 'ownerName' | 'description';
const FIELDS: readonly NominationField[] = ['organisationId', 'name', 'address', 'ownerName', 'description'];

export interface NominateAssetFormProps {
  neighbourhood: { id: string; name: string };
  /** The community organisations the viewer may nominate for. */
  organisations: readonly OrganisationChoice[];
}

/** Asks the council to list a building or space as an asset of community value; opens the asset's page once sent. */
export function NominateAssetForm({ neighbourhood, organisations }: NominateAssetFormProps) {
  const nominate = useNominateAsset();
  const navigate = useNavigate();
  const form = useForm({
    mutation: nominate,
    fields: FIELDS,
    initialValues: () => ({
      organisationId: organisations.length === 1 ? organisations[0].value : '',
      name: '',
      address: '',
      ownerName: '',
      description: '',
    }),
    validate: ({ organisationId, name, address }) => {
      const problems: FieldErrors<NominationField> = {};
      if (!organisationId) problems.organisationId = 'Choose the organisation that nominates it.';
      if (!name.trim()) problems.name = 'Give the asset’s name, for example “The Golden Lion”.';
      if (!address.trim()) problems.address = 'Give its address, so the council can find it.';
      return problems;
    },
    submit: ({ organisationId, name, address, ownerName, description }) =>
      nominate.mutate(
        {
          neighbourhoodId: neighbourhood.id,
          organisationId,
          name: name.trim(),
          address: address.trim(),
          ownerName: ownerName.trim() || null,
          description: description.trim() || null,
        },
        { onSuccess: (asset) => navigate(pagePath(PAGE_PATHS.asset, { slug: asset.slug })) },
      ),
  });

  return (
    <form className="form form--panel" onSubmit={form.onSubmit} noValidate aria-labelledby="nominate-title">
      <h3 id="nominate-title">Nominate an asset of community value</h3>
      <p className="muted">
        A building or land in {neighbourhood.name} whose use furthers the community’s wellbeing. The council decides
        whether to list it; once listed, its owner must give notice before selling it.
      </p>
      <FormErrorSummary clientErrors={form.clientErrors} serverMessage={form.message} />
      <Select
        label="Nominated by"
        required
        placeholder={organisations.length > 1 ? 'Choose an organisation' : undefined}
        options={organisations}
        {...form.field('organisationId')}
      />
      <TextField label="Name of the asset" required maxLength={200} {...form.field('name')} />
      <TextArea label="Address" required rows={2} {...form.field('address')} />
      <TextField label="Owner" optional hint="As far as you know." {...form.field('ownerName')} />
      <TextArea
        label="Why it matters to the community"
        optional
        rows={4}
        hint="What it is used for now, and how that furthers people’s social wellbeing or interests."
        {...form.field('description')}
      />
      <FormActions>
        <Button type="submit" busy={form.pending} busyLabel="Nominating…">
          Nominate it
        </Button>
      </FormActions>
    </form>
  );
}
