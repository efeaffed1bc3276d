import type { OrganisationKind } from '@covenant/domain';
import { useState, type FormEvent } from 'react';
import { FormErrorSummary } from '../../../components/ui/FormErrorSummary';
import { Button } from '../../../components/ui/Button';
import { FormActions } from '../../../components/ui/FormActions';
import { Select } from '../../../components/ui/Select';
import { TextArea } from '../../../components/ui/TextArea';
import { TextField } from '../../../components/ui/TextField';
import { formErrors, hasErrors, type FieldErrors } from '../../../lib/form-errors';
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
  const [name, setName] = useState('');
  const [kind, setKind] = useState<string>(initialKind ?? '');
  const [description, setDescription] = useState('');
  const [website, setWebsite] = useState('');
  const [clientErrors, setClientErrors] = useState<FieldErrors<OrganisationField>>({});
  const server = formErrors(create.error, FIELDS);
  const errors = { ...server.fields, ...clientErrors };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: FieldErrors<OrganisationField> = {};
    if (name.trim().length < 2) problems.name = 'Enter the organisation’s name.';
    if (!kind) problems.kind = 'Choose what kind of organisation it is.';
    const url = normaliseWebsite(website);
    if (website.trim() && !url) problems.website = 'Enter a web address like https://settlehydro.org.uk.';
    setClientErrors(problems);
    if (hasErrors(problems)) return;
    create.mutate(
      {
        name: name.trim(),
        kind: kind as OrganisationKind,
        description: description.trim() || null,
        website: url,
      },
      { onSuccess: onCreated },
    );
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormErrorSummary clientErrors={clientErrors} serverMessage={server.message} />
      <TextField
        label="Name"
        name="name"
        autoComplete="organization"
        required
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={errors.name}
      />
      <Select
        label="Kind of organisation"
        name="kind"
        required
        placeholder="Choose a kind"
        options={KIND_OPTIONS}
        value={kind}
        onChange={(event) => setKind(event.target.value)}
        error={errors.kind}
        hint="Councils are local authorities: they countersign the covenants in their area."
      />
      <TextArea
        label="Description"
        name="description"
        optional
        hint="What the organisation does and for whom, in a sentence or two."
        value={description}
        onChange={(event) => setDescription(event.target.value)}
        error={errors.description}
      />
      <TextField
        label="Website"
        name="website"
        type="url"
        inputMode="url"
        autoComplete="url"
        optional
        spellCheck={false}
        hint="For example https://settlehydro.org.uk"
        value={website}
        onChange={(event) => setWebsite(event.target.value)}
        error={errors.website}
      />
      <FormActions>
        <Button type="submit" busy={create.isPending} busyLabel="Creating…">
          Create organisation
        </Button>
      </FormActions>
    </form>
  );
}
