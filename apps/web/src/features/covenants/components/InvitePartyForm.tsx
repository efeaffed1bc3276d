import { ORGANISATION_KIND_LABELS, PARTY_ROLE_LABELS } from '@covenant/domain';
import { Alert } from '../../../components/ui/Alert';
import { FormErrorSummary } from '../../../components/ui/FormErrorSummary';
import { Button } from '../../../components/ui/Button';
import { FormActions } from '../../../components/ui/FormActions';
import { Select } from '../../../components/ui/Select';
import { TextField } from '../../../components/ui/TextField';
import type { PartyRole } from '../../../gql/graphql';
import { formErrors, type FieldErrors, type FormErrors } from '../../../lib/form-errors';
import { GraphQLRequestError } from '../../../lib/graphql';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useForm } from '../../../lib/use-form';
import { useInviteParty } from '../api/invite-party';
import { useOrganisationSearch } from '../api/organisation-search';
import type { Covenant } from './covenant';

type InviteField = 'organisationId' | 'role';
const FIELDS: readonly InviteField[] = ['organisationId', 'role'];
const ROLE_OPTIONS = (['PARTNER', 'COUNTERSIGNATORY'] as const).map((role) => ({
  value: role,
  label: PARTY_ROLE_LABELS[role],
}));

/** Refusals about who can be invited (already a party, not a council, not found) belong next to the organisation. */
function serverErrors(error: unknown): FormErrors<InviteField> {
  if (error instanceof GraphQLRequestError && ['CONFLICT', 'NOT_FOUND', 'FORBIDDEN'].includes(error.code)) {
    return { fields: { organisationId: error.message }, message: 'Please correct the problems marked below.' };
  }
  return formErrors(error, FIELDS);
}

export function InvitePartyForm({ covenant }: { covenant: Covenant }) {
  const invite = useInviteParty(covenant.slug);
  const form = useForm({
    mutation: invite,
    fields: FIELDS,
    serverErrors,
    initialValues: { search: '', organisationId: '', role: 'PARTNER' as PartyRole },
    validate: ({ organisationId }) => {
      const problems: FieldErrors<InviteField> = {};
      if (!organisationId) problems.organisationId = 'Search for the organisation, then choose it from the list.';
      return problems;
    },
    submit: ({ organisationId, role }, { reset, notify }) =>
      invite.mutate(
        { covenantId: covenant.id, organisationId, role },
        {
          onSuccess: (party) => {
            notify(`${party.organisation.name} is invited. Its admins can accept from their home page.`);
            reset();
          },
        },
      ),
  });
  const { values, errors } = form;
  const term = useDebouncedValue(values.search).trim();
  const results = useOrganisationSearch(term);
  const taken = new Set(
    covenant.parties.filter((p) => p.status === 'INVITED' || p.status === 'ACCEPTED').map((p) => p.organisation.id),
  );
  const options = (results.data ?? [])
    .filter((organisation) => !taken.has(organisation.id))
    .map((organisation) => ({
      value: organisation.id,
      label: `${organisation.name} (${ORGANISATION_KIND_LABELS[organisation.kind]})`,
    }));

  return (
    <form className="form form--panel" onSubmit={form.onSubmit} noValidate aria-labelledby="invite-title">
      <h3 id="invite-title">Invite a partner</h3>
      <p className="muted">
        Invite the organisations that will commit to act: community groups, public bodies, housing providers or
        businesses. The council countersigns.
      </p>
      {form.notice ? <Alert tone="success" title={form.notice} /> : null}
      <FormErrorSummary clientErrors={form.clientErrors} serverMessage={form.message} />
      <TextField
        label="Find an organisation"
        type="search"
        name="organisation-search"
        autoComplete="off"
        hint="Type part of its name, for example Pool."
        value={values.search}
        onChange={(event) =>
          form.setValues((current) => ({ ...current, search: event.target.value, organisationId: '' }))
        }
      />
      <div className="form-row">
        <Select
          label="Organisation"
          required
          placeholder={
            !term
              ? 'Search above first'
              : results.isFetching && options.length === 0
                ? 'Searching…'
                : options.length === 0
                  ? 'No organisations found'
                  : `Choose one of ${options.length}`
          }
          options={options}
          {...form.field('organisationId')}
        />
        <Select
          label="Role"
          name="role"
          options={ROLE_OPTIONS}
          value={values.role}
          onChange={(event) => form.setValue('role', event.target.value as PartyRole)}
          error={errors.role}
          hint="The countersignatory is the local council."
        />
      </div>
      <FormActions>
        <Button type="submit" busy={form.pending} busyLabel="Inviting…">
          Send invitation
        </Button>
      </FormActions>
    </form>
  );
}
