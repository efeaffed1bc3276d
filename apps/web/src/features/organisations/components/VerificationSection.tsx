import { emailDomain } from '@covenant/domain';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { TextArea } from '../../../components/ui/TextArea';
import { TextField } from '../../../components/ui/TextField';
import { VerificationBadge } from '../../../components/ui/VerificationBadge';
import type { OrganisationQuery } from '../../../gql/graphql';
import { formatDateTime, formatDay } from '../../../lib/dates';
import { serverMessage } from '../../../lib/form-errors';
import { useForm } from '../../../lib/use-form';
import { useRequestOrganisationVerification } from '../api/request-verification';

type Organisation = NonNullable<OrganisationQuery['organisation']>;

interface Viewer {
  email?: string | null;
  emailVerified: boolean;
}

/** Who the organisation is proved to be, and, for its admins, how to ask a steward to verify it. */
export function VerificationSection({
  organisation,
  isAdmin,
  viewer,
}: {
  organisation: Organisation;
  isAdmin: boolean;
  viewer: Viewer | null;
}) {
  const { verification } = organisation;
  return (
    <section className="section" aria-labelledby="verification-title">
      <h2 id="verification-title">Verification</h2>
      <p>
        <VerificationBadge verification={verification} />
      </p>
      {verification.status === 'VERIFIED' ? (
        <p>
          A platform steward confirmed that {organisation.name} is the organisation behind{' '}
          {verification.domains.join(', ')}
          {verification.verifiedAt ? ` on ${formatDay(verification.verifiedAt)}` : ''}.
          {verification.note ? ` Steward’s note: “${verification.note}”` : ''}
        </p>
      ) : verification.status === 'PENDING' ? (
        <p>
          An admin asked for {organisation.name} to be verified
          {verification.requestedDomain ? ` by ${verification.requestedDomain}` : ''}
          {verification.requestedAt ? ` on ${formatDateTime(verification.requestedAt)}` : ''}. A platform steward will
          review the request.
        </p>
      ) : (
        <>
          {verification.status === 'REJECTED' && verification.note ? (
            <Alert tone="info" title="A steward did not verify this organisation">
              <p>Steward’s note: “{verification.note}”</p>
            </Alert>
          ) : null}
          <p>
            Nobody has confirmed yet who runs {organisation.name}. Councils and other public bodies must be verified
            before a covenant they are party to can open for signature.
          </p>
        </>
      )}
      {isAdmin && (verification.status === 'UNVERIFIED' || verification.status === 'REJECTED') ? (
        <RequestVerificationForm organisation={organisation} viewer={viewer} />
      ) : null}
    </section>
  );
}

function RequestVerificationForm({ organisation, viewer }: { organisation: Organisation; viewer: Viewer | null }) {
  // Still loading who is signed in: the form waits, so its domain starts from their address.
  if (!viewer?.email) return null;
  if (!viewer.emailVerified) {
    return (
      <Alert tone="info" title="Confirm your e-mail address first">
        <p>
          An organisation is verified by the internet domain of its admin’s confirmed address. Open the link we e-mailed
          you (or send a new one from the notice at the top of the page), then come back here.
        </p>
      </Alert>
    );
  }

  return <RequestForm organisation={organisation} email={viewer.email} />;
}

function RequestForm({ organisation, email }: { organisation: Organisation; email: string }) {
  const request = useRequestOrganisationVerification();
  const form = useForm({
    mutation: request,
    serverErrors: serverMessage,
    initialValues: () => ({ domain: emailDomain(email) ?? '', evidence: '' }),
    validate: ({ domain }) =>
      domain.trim() ? {} : { domain: 'Enter the domain of your work e-mail address, such as northyorks.gov.uk.' },
    submit: ({ domain, evidence }) =>
      request.mutate({ organisationId: organisation.id, domain: domain.trim(), evidence: evidence.trim() || null }),
  });

  return (
    <form className="form" onSubmit={form.onSubmit} noValidate aria-labelledby="request-verification-title">
      <h3 id="request-verification-title">Ask for verification</h3>
      <p>
        A platform steward checks that the domain belongs to {organisation.name}. Your confirmed address, {email}, must
        be on that domain.
      </p>
      {form.message ? <Alert tone="error">{form.message}</Alert> : null}
      <TextField
        label="Domain"
        hint="The part of your work e-mail address after the @, such as northyorks.gov.uk."
        value={form.values.domain}
        onChange={form.change('domain')}
        error={form.errors.domain}
        autoComplete="off"
        spellCheck={false}
        maxLength={253}
      />
      <TextArea
        label="Evidence"
        optional
        hint="Anything that helps the steward check, such as the page of the official register that lists you."
        value={form.values.evidence}
        onChange={form.change('evidence')}
        maxLength={1000}
        rows={2}
      />
      <div className="actions">
        <Button type="submit" busy={form.pending} busyLabel="Asking…">
          Ask for verification
        </Button>
      </div>
    </form>
  );
}
