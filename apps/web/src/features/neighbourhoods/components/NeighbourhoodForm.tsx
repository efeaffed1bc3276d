import { parseBoundary } from '@covenant/domain';
import { useMemo, useState, type FormEvent } from 'react';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { FormActions } from '../../../components/ui/FormActions';
import { TextArea } from '../../../components/ui/TextArea';
import { TextField } from '../../../components/ui/TextField';
import { formErrors, hasErrors, type FieldErrors } from '../../../lib/form-errors';
import { useCreateNeighbourhood } from '../api/create-neighbourhood';
import { areaCodesError, readAreaCodes } from '../area-codes-text';
import { AreaCodesField } from './AreaCodesField';
import { BoundaryField } from './BoundaryField';
import { LocalAuthorityField } from './LocalAuthorityField';

type NeighbourhoodField = 'name' | 'description' | 'localAuthorityId' | 'areaCodes' | 'boundary';
const FIELDS: readonly NeighbourhoodField[] = ['name', 'description', 'localAuthorityId', 'areaCodes', 'boundary'];

export function NeighbourhoodForm({ onCreated }: { onCreated: (neighbourhood: { slug: string }) => void }) {
  const create = useCreateNeighbourhood();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [localAuthorityId, setLocalAuthorityId] = useState('');
  const [areaCodes, setAreaCodes] = useState('');
  const [areaCodesTouched, setAreaCodesTouched] = useState(false);
  const [boundary, setBoundary] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const parsedBoundary = useMemo(() => (boundary.trim() ? parseBoundary(boundary) : null), [boundary]);
  const codes = readAreaCodes(areaCodes);

  const clientErrors: FieldErrors<NeighbourhoodField> = {
    name: submitted && name.trim().length < 2 ? 'Enter the neighbourhood’s name, e.g. Settle.' : undefined,
    areaCodes: areaCodesTouched || submitted ? (areaCodesError(codes.invalid) ?? undefined) : undefined,
    boundary: parsedBoundary && !parsedBoundary.ok ? parsedBoundary.reason : undefined,
  };
  const server = formErrors(create.error, FIELDS);
  const errors = { ...server.fields, ...Object.fromEntries(Object.entries(clientErrors).filter(([, v]) => v)) };
  const blocked = submitted && hasErrors(clientErrors);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (name.trim().length < 2 || codes.invalid.length > 0 || (parsedBoundary && !parsedBoundary.ok)) return;
    create.mutate(
      {
        name: name.trim(),
        description: description.trim() || null,
        localAuthorityId: localAuthorityId || null,
        areaCodes: codes.codes,
        boundary: parsedBoundary?.ok ? parsedBoundary.json : null,
      },
      { onSuccess: onCreated },
    );
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      {blocked ? (
        <Alert tone="error" title="Please correct the problems marked below." />
      ) : server.message ? (
        <Alert tone="error" title={server.message} />
      ) : null}
      <TextField
        label="Name"
        name="name"
        required
        hint="The name local people use, e.g. Settle or Harehills."
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={errors.name}
      />
      <TextArea
        label="Description"
        name="description"
        optional
        hint="Where it is and what makes it a neighbourhood, in a sentence or two."
        value={description}
        onChange={(event) => setDescription(event.target.value)}
        error={errors.description}
      />
      <LocalAuthorityField value={localAuthorityId} onChange={setLocalAuthorityId} error={errors.localAuthorityId} />
      <AreaCodesField
        value={areaCodes}
        onChange={setAreaCodes}
        onBlur={() => setAreaCodesTouched(true)}
        error={errors.areaCodes}
      />
      <BoundaryField value={boundary} parsed={parsedBoundary} onChange={setBoundary} error={errors.boundary} />
      <FormActions>
        <Button type="submit" busy={create.isPending} busyLabel="Adding…">
          Add neighbourhood
        </Button>
      </FormActions>
    </form>
  );
}
