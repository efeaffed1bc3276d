import { decideConvening, PAGE_PATHS } from '@covenant/domain';
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
import type { FieldErrors } from '../../../lib/form-errors';
import { NEXT_PARAM } from '../../../lib/auth-links';
import { useForm } from '../../../lib/use-form';
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
  const form = useForm({
    mutation: create,
    fields: FIELDS,
    initialValues: () => ({
      title: '',
      summary: '',
      visibility: 'PUBLIC' as Visibility,
      convenor: convenors.length === 1 ? convenors[0].value : '',
      fromTemplate: true,
    }),
    validate: ({ title, convenor }) => {
      const problems: FieldErrors<CovenantField> = {};
      if (title.trim().length < 3) problems.title = 'Give the covenant a title, for example “Settle pool and river”.';
      if (!convenor) problems.convenorOrganisationId = 'Choose the organisation that will lead it.';
      return problems;
    },
    submit: ({ title, summary, visibility, convenor, fromTemplate }) =>
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
      ),
  });
  const { values, errors } = form;

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

  return (
    <form className="form" onSubmit={form.onSubmit} noValidate>
      <FormErrorSummary clientErrors={form.clientErrors} serverMessage={form.message} />
      <TextField
        label="Title"
        required
        {...form.field('title')}
        hint="What the neighbourhood wants to change, in a few words."
      />
      <TextArea
        label="Summary"
        optional
        hint="A sentence or two that tells a resident what this covenant is about."
        {...form.field('summary')}
      />
      <Select
        label="Convenor"
        name="convenorOrganisationId"
        required
        placeholder={convenors.length > 1 ? 'Choose an organisation' : undefined}
        options={convenors}
        value={values.convenor}
        onChange={form.change('convenor')}
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
                checked={values.visibility === choice.value}
                onChange={() => form.setValue('visibility', choice.value)}
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
        <input
          type="checkbox"
          checked={values.fromTemplate}
          onChange={(event) => form.setValue('fromTemplate', event.target.checked)}
        />
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
        <Button type="submit" busy={form.pending} busyLabel="Starting…">
          Start the covenant
        </Button>
      </FormActions>
    </form>
  );
}
