import { SERVICE_REQUEST_STATUS_LABELS, type ServiceRequestAnswer } from '@covenant/domain';
import { Button } from '../../../components/ui/Button';
import { FormActions } from '../../../components/ui/FormActions';
import { FormErrorSummary } from '../../../components/ui/FormErrorSummary';
import { TextArea } from '../../../components/ui/TextArea';
import type { FieldErrors } from '../../../lib/form-errors';
import { useForm } from '../../../lib/use-form';
import { useRespondToServiceRequest } from '../api/respond-to-service-request';
import { ChoiceFieldset } from './ChoiceFieldset';

type ResponseField = 'status' | 'response';
const FIELDS: readonly ResponseField[] = ['status', 'response'];
const MAX_RESPONSE = 5000;
const OUTCOMES: readonly { value: ServiceRequestAnswer; label: string; hint: string }[] = [
  { value: 'ACCEPTED', label: SERVICE_REQUEST_STATUS_LABELS.ACCEPTED, hint: 'You will make the change as proposed.' },
  {
    value: 'ACCEPTED_WITH_CHANGES',
    label: SERVICE_REQUEST_STATUS_LABELS.ACCEPTED_WITH_CHANGES,
    hint: 'You will make a change, on terms your response sets out.',
  },
  { value: 'REFUSED', label: SERVICE_REQUEST_STATUS_LABELS.REFUSED, hint: 'Your response must say why.' },
];

/** The public body's answer: accepted, accepted with changes or refused, and its reasons, published in full. */
export function RespondForm({ request }: { request: { id: string; slug: string; publicBody: { name: string } } }) {
  const respond = useRespondToServiceRequest(request.slug);
  const form = useForm({
    mutation: respond,
    fields: FIELDS,
    initialValues: { status: '' as ServiceRequestAnswer | '', response: '' },
    validate: ({ status, response }) => {
      const problems: FieldErrors<ResponseField> = {};
      if (!status) problems.status = 'Choose your answer.';
      if (!response.trim()) problems.response = 'Write your response. It is published with the request.';
      else if (response.trim().length > MAX_RESPONSE) problems.response = 'Keep the response to 5,000 characters.';
      return problems;
    },
    submit: ({ status, response }) => {
      // The check above makes sure an answer is chosen.
      if (!status) return;
      respond.mutate({ requestId: request.id, status, response: response.trim() });
    },
  });

  return (
    <form className="form form--panel" onSubmit={form.onSubmit} noValidate aria-labelledby="respond-title">
      <h3 id="respond-title">Answer for {request.publicBody.name}</h3>
      <FormErrorSummary clientErrors={form.clientErrors} serverMessage={form.message} />
      <ChoiceFieldset
        legend="Your answer"
        choices={OUTCOMES}
        value={form.values.status}
        onChange={(status) => form.setValue('status', status)}
        error={form.errors.status}
      />
      <TextArea
        label="Your response"
        required
        rows={8}
        maxLength={MAX_RESPONSE}
        hint="What you will do and by when, or why you refuse. Up to 5,000 characters."
        {...form.field('response')}
      />
      <FormActions>
        <Button type="submit" busy={form.pending} busyLabel="Sending…">
          Send the answer
        </Button>
      </FormActions>
    </form>
  );
}
