import { parseBoundary } from '@covenant/domain';
import { useMemo, useState } from 'react';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { FormActions } from '../../../components/ui/FormActions';
import { TextArea } from '../../../components/ui/TextArea';
import { TextField } from '../../../components/ui/TextField';
import { hasErrors, type FieldErrors } from '../../../lib/form-errors';
import { mergeErrors, useForm } from '../../../lib/use-form';
import { useCreateNeighbourhood } from '../api/create-neighbourhood';
import { areaCodesError, readAreaCodes } from '../area-codes-text';
import { AreaCodesField } from './AreaCodesField';
import { BoundaryField } from './BoundaryField';
import { LocalAuthorityField } from './LocalAuthorityField';

type NeighbourhoodField = 'name' | 'description' | 'localAuthorityId' | 'areaCodes' | 'boundary';
const FIELDS: readonly NeighbourhoodField[] = ['name', 'description', 'localAuthorityId', 'areaCodes', 'boundary'];

export function NeighbourhoodForm({ onCreated }: { onCreated: (neighbourhood: { slug: string }) => void }) {
  const create = useCreateNeighbourhood();
  const [areaCodesTouched, setAreaCodesTouched] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  // The checks show as the person types (the name's only once they have tried to send): `checks` below, worked out on
  // every render; sending asks for them as they stand after a submit.
  const form = useForm({
    mutation: create,
    fields: FIELDS,
    initialValues: { name: '', description: '', localAuthorityId: '', areaCodes: '', boundary: '' },
    validate: () => {
      setSubmitted(true);
      return checks(true);
    },
    submit: (values) =>
      create.mutate(
        {
          name: values.name.trim(),
          description: values.description.trim() || null,
          localAuthorityId: values.localAuthorityId || null,
          areaCodes: codes.codes,
          boundary: parsedBoundary?.ok ? parsedBoundary.json : null,
        },
        { onSuccess: onCreated },
      ),
  });
  const { name, description, localAuthorityId, areaCodes, boundary } = form.values;
  const parsedBoundary = useMemo(() => (boundary.trim() ? parseBoundary(boundary) : null), [boundary]);
  const codes = readAreaCodes(areaCodes);

  const checks = (afterSubmit: boolean): FieldErrors<NeighbourhoodField> => ({
    name: afterSubmit && name.trim().length < 2 ? 'Enter the neighbourhood’s name, e.g. Settle.' : undefined,
    areaCodes: areaCodesTouched || afterSubmit ? (areaCodesError(codes.invalid) ?? undefined) : undefined,
    boundary: parsedBoundary && !parsedBoundary.ok ? parsedBoundary.reason : undefined,
  });
  const clientErrors = checks(submitted);
  const errors = mergeErrors(form.serverFields, clientErrors);
  const blocked = submitted && hasErrors(clientErrors);

  return (
    <form className="form" onSubmit={form.onSubmit} noValidate>
      {blocked ? (
        <Alert tone="error" title="Please correct the problems marked below." />
      ) : form.message ? (
        <Alert tone="error" title={form.message} />
      ) : null}
      <TextField
        label="Name"
        name="name"
        required
        hint="The name local people use, e.g. Settle or Harehills."
        value={name}
        onChange={form.change('name')}
        error={errors.name}
      />
      <TextArea
        label="Description"
        name="description"
        optional
        hint="Where it is and what makes it a neighbourhood, in a sentence or two."
        value={description}
        onChange={form.change('description')}
        error={errors.description}
      />
      <LocalAuthorityField
        value={localAuthorityId}
        onChange={(value) => form.setValue('localAuthorityId', value)}
        error={errors.localAuthorityId}
      />
      <AreaCodesField
        value={areaCodes}
        onChange={(value) => form.setValue('areaCodes', value)}
        onBlur={() => setAreaCodesTouched(true)}
        error={errors.areaCodes}
      />
      <BoundaryField
        value={boundary}
        parsed={parsedBoundary}
        onChange={(value) => form.setValue('boundary', value)}
        error={errors.boundary}
      />
      <FormActions>
        <Button type="submit" busy={form.pending} busyLabel="Adding…">
          Add neighbourhood
        </Button>
      </FormActions>
    </form>
  );
}
