import { PAGE_PATHS, pagePath } from '@covenant/domain';
import { useNavigate } from 'react-router-dom';
import { Button } from '../../../components/ui/Button';
import { FormActions } from '../../../components/ui/FormActions';
import { FormErrorSummary } from '../../../components/ui/FormErrorSummary';
import { Select } from '../../../components/ui/Select';
import { TextArea } from '../../../components/ui/TextArea';
import { TextField } from '../../../components/ui/TextField';
import type { FieldErrors } from '../../../lib/form-errors';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useForm } from '../../../lib/use-form';
import { usePublicBodySearch } from '../api/public-body-search';
import { useSubmitServiceRequest } from '../api/submit-service-request';
import type { OrganisationChoice } from '../community-organisations';

type RequestField = 'requesterOrganisationId' | 'publicBodyOrganisationId' | 'service' | 'proposal';
const FIELDS: readonly RequestField[] = ['requesterOrganisationId', 'publicBodyOrganisationId', 'service', 'proposal'];
const MAX_PROPOSAL = 5000;

export interface ServiceRequestFormProps {
  neighbourhood: { id: string };
  /** The community organisations the viewer may ask for. */
  organisations: readonly OrganisationChoice[];
}

/** Right to Shape Public Services: a community organisation asks a verified public body to change a service. */
export function ServiceRequestForm({ neighbourhood, organisations }: ServiceRequestFormProps) {
  const submit = useSubmitServiceRequest();
  const navigate = useNavigate();
  const form = useForm({
    mutation: submit,
    fields: FIELDS,
    initialValues: () => ({
      requesterOrganisationId: organisations.length === 1 ? organisations[0].value : '',
      search: '',
      publicBodyOrganisationId: '',
      service: '',
      proposal: '',
    }),
    validate: ({ requesterOrganisationId, publicBodyOrganisationId, service, proposal }) => {
      const problems: FieldErrors<RequestField> = {};
      if (!requesterOrganisationId) problems.requesterOrganisationId = 'Choose the organisation that asks.';
      if (!publicBodyOrganisationId) {
        problems.publicBodyOrganisationId = 'Search for the public body, then choose it from the list.';
      }
      if (!service.trim()) problems.service = 'Name the service, for example “Settle library’s opening hours”.';
      if (!proposal.trim()) problems.proposal = 'Say what you propose the public body should change.';
      else if (proposal.trim().length > MAX_PROPOSAL) problems.proposal = 'Keep the proposal to 5,000 characters.';
      return problems;
    },
    submit: ({ requesterOrganisationId, publicBodyOrganisationId, service, proposal }) =>
      submit.mutate(
        {
          neighbourhoodId: neighbourhood.id,
          requesterOrganisationId,
          publicBodyOrganisationId,
          service: service.trim(),
          proposal: proposal.trim(),
        },
        { onSuccess: (request) => navigate(pagePath(PAGE_PATHS.serviceRequest, { slug: request.slug })) },
      ),
  });
  const { values } = form;
  const term = useDebouncedValue(values.search).trim();
  const results = usePublicBodySearch(term);
  // A request goes only to a body a steward has verified, so the answer is really theirs.
  const bodies = results.data ?? [];
  const verified = bodies.filter((body) => body.verification.status === 'VERIFIED');
  const unverified = bodies.filter((body) => body.verification.status !== 'VERIFIED');
  const options = verified.map((body) => ({ value: body.id, label: body.name }));

  return (
    <form className="form form--panel" onSubmit={form.onSubmit} noValidate aria-labelledby="request-title">
      <h3 id="request-title">Ask a public body to change a service</h3>
      <p className="muted">
        Propose how a council, NHS body, police force or school could run a service differently, or let the community
        run it. The public body must answer by the day shown once you send it.
      </p>
      <FormErrorSummary clientErrors={form.clientErrors} serverMessage={form.message} />
      <Select
        label="Asked by"
        required
        placeholder={organisations.length > 1 ? 'Choose an organisation' : undefined}
        options={organisations}
        {...form.field('requesterOrganisationId')}
      />
      <TextField
        label="Find the public body"
        type="search"
        name="public-body-search"
        autoComplete="off"
        hint="Type part of its name, for example Council."
        value={values.search}
        onChange={(event) =>
          form.setValues((current) => ({ ...current, search: event.target.value, publicBodyOrganisationId: '' }))
        }
      />
      <Select
        label="Public body"
        required
        hint={
          unverified.length > 0
            ? `Only a verified public body can be asked. Not verified yet: ${unverified.map((b) => b.name).join(', ')}.`
            : 'Only a verified public body can be asked.'
        }
        placeholder={
          !term
            ? 'Search above first'
            : results.isFetching && options.length === 0
              ? 'Searching…'
              : options.length === 0
                ? unverified.length > 0
                  ? 'None of them verified yet'
                  : 'No public bodies found'
                : `Choose one of ${options.length}`
        }
        options={options}
        {...form.field('publicBodyOrganisationId')}
      />
      <TextField label="The service" required maxLength={200} {...form.field('service')} />
      <TextArea
        label="What you propose"
        required
        rows={6}
        maxLength={MAX_PROPOSAL}
        hint="What should change, why, and how your organisation would help."
        {...form.field('proposal')}
      />
      <FormActions>
        <Button type="submit" busy={form.pending} busyLabel="Sending…">
          Send the request
        </Button>
      </FormActions>
    </form>
  );
}
