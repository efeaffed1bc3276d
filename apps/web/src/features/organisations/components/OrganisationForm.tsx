import type { OrganisationKind } from '@covenant/domain';
import { FormErrorSummary } from '../../../components/ui/FormErrorSummary';
import { Button } from '../../../components/ui/Button';
import { FormActions } from '../../../components/ui/FormActions';
import { Select } from '../../../components/ui/Select';
import { TextArea } from '../../../components/ui/TextArea';
import { TextField } from '../../../components/ui/TextField';
import type { FieldErrors } from '../../../lib/form-errors';
import { useForm } from '../../../lib/use-form';
import { useCreateOrganisation } from '../api/create-organisation';
import { KIND_OPTIONS } from '../options';
import { normaliseWebsite } from '../website';

type OrganisationField = 'name' | 'kind' | 'description' | 'website';
const FIELDS: readonly OrganisationField[] = ['name', 'kind', 'description', 'website'];

export interface OrganisationFormProps {
  initialKind?: OrganisationKind;
  onCreated: (organisation: { slug: string; name: string }) => void;
}

export function OrganisationForm({ initialKind, onCreated }: OrganisationFormProps) {
  const create = useCreateOrganisation();
  const form = useForm({
    mutation: create,
    fields: FIELDS,
    initialValues: { name: '', kind: (initialKind ?? '') as string, description: '', website: '' },
    validate: ({ name, kind, website }) => {
      const problems: FieldErrors<OrganisationField> = {};
      if (name.trim().length < 2) problems.name = 'Enter the organisation’s name.';
      if (!kind) problems.kind = 'Choose what kind of organisation it is.';
      if (website.trim() && !normaliseWebsite(website)) {
        problems.website = 'Enter a web address like https://settlehydro.org.uk.';
      }
      return problems;
    },
    submit: ({ name, kind, description, website }) =>
      create.mutate(
        {
          name: name.trim(),
          kind: kind as OrganisationKind,
          description: description.trim() || null,
          website: normaliseWebsite(website),
        },
        { onSuccess: onCreated },
      ),
  });

  return (
    <form className="form" onSubmit={form.onSubmit} noValidate>
      <FormErrorSummary clientErrors={form.clientErrors} serverMessage={form.message} />
      <TextField label="Name" autoComplete="organization" required {...form.field('name')} />
      <Select
        label="Kind of organisation"
        required
        placeholder="Choose a kind"
        options={KIND_OPTIONS}
        {...form.field('kind')}
        hint="Councils are local authorities: they countersign the covenants in their area."
      />
      <TextArea
        label="Description"
        optional
        hint="What the organisation does and for whom, in a sentence or two."
        {...form.field('description')}
      />
      <TextField
        label="Website"
        type="url"
        inputMode="url"
        autoComplete="url"
        optional
        spellCheck={false}
        hint="For example https://settlehydro.org.uk"
        {...form.field('website')}
      />
      <FormActions>
        <Button type="submit" busy={form.pending} busyLabel="Creating…">
          Create organisation
        </Button>
      </FormActions>
    </form>
  );
}
