import { decideConvening, PAGE_PATHS } from '@covenant/domain';
import { useState, type FormEvent } from 'react';
import { Alert } from '../../../components/ui/Alert';
import { FormErrorSummary } from '../../../components/ui/FormErrorSummary';
import { Button } from '../../../components/ui/Button';
import { ButtonLink } from '../../../components/ui/ButtonLink';
import { EmptyState } from '../../../components/ui/EmptyState';
import { FormActions } from '../../../components/ui/FormActions';
import { Select } from '../../../components/ui/Select';
import { TextArea } from '../../../components/ui/TextArea';
import { TextField } from '../../../components/ui/TextField';
import type { ViewerQuery, Visibility } from '../../../gql/graphql';
import { formErrors, hasErrors, type FieldErrors } from '../../../lib/form-errors';
import { NEXT_PARAM } from '../../../lib/auth-links';
import { useCreateCovenant } from '../api/create-covenant';

type Membership = NonNullable<ViewerQuery['me']>['memberships'][number];
type CovenantField = 'title' | 'summary' | 'visibility' | 'convenorOrganisationId';
const FIELDS: readonly CovenantField[] = ['title', 'summary', 'visibility', 'convenorOrganisationId'];

const VISIBILITY_CHOICES: readonly { value: Visibility; label: string; hint: string }[] = [
  {
    value: 'PUBLIC',
    label: 'Public',
    hint: 'Residents can read it and add their support once it leaves draft.',
  },
  { value: 'PARTIES_ONLY', label: 'Parties only', hint: 'Only members of the parties can ever read it.' },
];

/** Organisations the viewer may start a covenant for: community organisations they are an admin of. */
export function convenorChoices(memberships: readonly Membership[]) {
  return memberships
    .filter((m) => decideConvening(m.organisation, m).allowed)
    .map((m) => ({ value: m.organisation.id, label: m.organisation.name }));
}

export interface NewCovenantFormProps {
  neighbourhood: { id: string; name: string; localAuthority?: { name: string } | null };
  memberships: readonly Membership[];
  here: string;
  onCreated: (covenant: { slug: string }) => void;
}

export function NewCovenantForm({ neighbourhood, memberships, here, onCreated }: NewCovenantFormProps) {
  const create = useCreateCovenant();
  const convenors = convenorChoices(memberships);
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');
  const [visibility, setVisibility] = useState<Visibility>('PUBLIC');
  const [convenor, setConvenor] = useState(convenors.length === 1 ? convenors[0].value : '');
  const [fromTemplate, setFromTemplate] = useState(true);
  const [clientErrors, setClientErrors] = useState<FieldErrors<CovenantField>>({});
  const server = formErrors(create.error, FIELDS);
  const errors = { ...server.fields, ...clientErrors };

  if (convenors.length === 0) {
    return (
      <EmptyState
        title="A community organisation starts a covenant"
        actions={
          <ButtonLink
            to={`${PAGE_PATHS.newOrganisation}?${new URLSearchParams({ kind: 'COMMUNITY_GROUP', [NEXT_PARAM]: here })}`}
          >
            Add your community organisation
          </ButtonLink>
        }
      >
        <p>
          Covenants are started by an admin of a community group, community business or voluntary organisation. You are
          not an admin of one yet. Add yours, or ask an admin of one to start the covenant and invite you.
        </p>
      </EmptyState>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: FieldErrors<CovenantField> = {};
    if (title.trim().length < 3) problems.title = 'Give the covenant a title, for example “Settle pool and river”.';
    if (!convenor) problems.convenorOrganisationId = 'Choose the organisation that will lead it.';
    setClientErrors(problems);
    if (hasErrors(problems)) return;
    create.mutate(
      {
        neighbourhoodId: neighbourhood.id,
        convenorOrganisationId: convenor,
        title: title.trim(),
        summary: summary.trim() || null,
        visibility,
        fromTemplate,
      },
      { onSuccess: onCreated },
    );
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormErrorSummary clientErrors={clientErrors} serverMessage={server.message} />
      <TextField
        label="Title"
        name="title"
        required
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        error={errors.title}
        hint="What the neighbourhood wants to change, in a few words."
      />
      <TextArea
        label="Summary"
        name="summary"
        optional
        hint="A sentence or two that tells a resident what this covenant is about."
        value={summary}
        onChange={(event) => setSummary(event.target.value)}
        error={errors.summary}
      />
      <Select
        label="Convenor"
        name="convenorOrganisationId"
        required
        placeholder={convenors.length > 1 ? 'Choose an organisation' : undefined}
        options={convenors}
        value={convenor}
        onChange={(event) => setConvenor(event.target.value)}
        error={errors.convenorOrganisationId}
        hint="The community organisation that leads the covenant and invites the partners."
      />
      <fieldset className="fieldset">
        <legend className="fieldset__legend">Who can read it</legend>
        {errors.visibility ? <p className="field__error">{errors.visibility}</p> : null}
        <div className="choices">
          {VISIBILITY_CHOICES.map((choice) => (
            <label key={choice.value} className="choice">
              <input
                type="radio"
                name="visibility"
                value={choice.value}
                checked={visibility === choice.value}
                onChange={() => setVisibility(choice.value)}
              />
              <span>
                <span className="choice__label">{choice.label}</span>
                <span className="choice__hint">{choice.hint}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <label className="choice">
        <input type="checkbox" checked={fromTemplate} onChange={(event) => setFromTemplate(event.target.checked)} />
        <span>
          <span className="choice__label">Start from the standard template</span>
          <span className="choice__hint">
            Headings for what the neighbourhood wants, each party’s commitments, and how progress is reported.
          </span>
        </span>
      </label>
      {neighbourhood.localAuthority ? (
        <Alert tone="info">
          <p>
            {neighbourhood.localAuthority.name}, the council for {neighbourhood.name}, is invited as countersignatory
            straight away. You can invite partners on the next page.
          </p>
        </Alert>
      ) : null}
      <FormActions>
        <Button type="submit" busy={create.isPending} busyLabel="Starting…">
          Start the covenant
        </Button>
      </FormActions>
    </form>
  );
}
