import { ORGANISATION_KIND_LABELS, pagePath, PAGE_PATHS } from '@covenant/domain';
import { Link } from 'react-router-dom';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { TextArea } from '../../../components/ui/TextArea';
import { formatDateTime } from '../../../lib/dates';
import { serverMessage } from '../../../lib/form-errors';
import { useForm, type FormSubmission } from '../../../lib/use-form';
import type { VerificationRequestsQuery } from '../../../gql/graphql';
import { useReviewOrganisationVerification } from '../api/review-verification';

type Request = VerificationRequestsQuery['verificationRequests'][number];

const isWebAddress = (text: string) => /^https?:\/\/\S+$/i.test(text);

/** One organisation waiting for review: what it claims, and the steward's decision with a public note. */
export function ReviewRequest({ request, onReviewed }: { request: Request; onReviewed: (message: string) => void }) {
  const review = useReviewOrganisationVerification();
  const { verification } = request;
  const domain = verification.requestedDomain ?? '';
  const headingId = `request-${request.id}`;

  /** Approving is the form's own submit; rejecting is the other button. Either needs the public note. */
  const decision = (approve: boolean): FormSubmission<{ note: string }, 'note'> => ({
    validate: ({ note }) =>
      note.trim()
        ? {}
        : {
            note: approve
              ? 'Say what you checked, for example the official register you consulted.'
              : 'Say why you reject the request: the admin and the public read this note.',
          },
    submit: ({ note }) =>
      review.mutate(
        { organisationId: request.id, approve, note: note.trim() },
        {
          onSuccess: () =>
            onReviewed(
              approve
                ? `${request.name} is verified by ${domain}.`
                : `${request.name}'s request was rejected; its admins can read your note.`,
            ),
        },
      ),
  });
  const form = useForm({
    mutation: review,
    serverErrors: serverMessage,
    initialValues: { note: '' },
    ...decision(true),
  });

  return (
    <li className="review-request" aria-labelledby={headingId}>
      <h2 id={headingId} className="review-request__title">
        <Link to={pagePath(PAGE_PATHS.organisation, { slug: request.slug })}>{request.name}</Link>
      </h2>
      <dl className="review-request__facts">
        <div>
          <dt>Kind</dt>
          <dd>{ORGANISATION_KIND_LABELS[request.kind]}</dd>
        </div>
        <div>
          <dt>Domain asked for</dt>
          <dd>
            <strong>{domain}</strong>
          </dd>
        </div>
        <div>
          <dt>Evidence</dt>
          <dd>
            {verification.evidence ? (
              isWebAddress(verification.evidence) ? (
                <a href={verification.evidence} rel="noopener noreferrer" target="_blank">
                  {verification.evidence}
                  <span className="visually-hidden"> (opens in a new tab)</span>
                </a>
              ) : (
                verification.evidence
              )
            ) : (
              'None given'
            )}
          </dd>
        </div>
        {verification.requestedAt ? (
          <div>
            <dt>Asked on</dt>
            <dd>{formatDateTime(verification.requestedAt)}</dd>
          </div>
        ) : null}
      </dl>
      <form className="form" onSubmit={form.onSubmit} noValidate>
        {form.message ? <Alert tone="error">{form.message}</Alert> : null}
        <TextArea
          label="Public note"
          hint={`Shown on ${request.name}'s page: what you checked, or why you reject the request.`}
          value={form.values.note}
          onChange={form.change('note')}
          error={form.errors.note}
          maxLength={1000}
          rows={3}
        />
        <div className="actions">
          <Button type="submit" busy={form.pending && review.variables?.approve === true} busyLabel="Approving…">
            Approve: verified by {domain}
          </Button>
          <Button
            variant="danger"
            onClick={form.handleSubmit(decision(false))}
            busy={form.pending && review.variables?.approve === false}
            busyLabel="Rejecting…"
          >
            Reject
          </Button>
        </div>
      </form>
    </li>
  );
}
