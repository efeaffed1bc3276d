import { useState } from 'react';
import { Button } from '../../../components/ui/Button';
import { isErrorCode } from '../../../lib/graphql';
import { useViewer } from '../../../lib/viewer';
import { useResendEmailVerification } from '../api/resend-email-verification';
import '../identity.css';

/** For a signed-in person whose address is not confirmed: what to do, and a new link if the first is lost. */
export function EmailVerificationBanner() {
  const viewer = useViewer();
  const resend = useResendEmailVerification();
  const [message, setMessage] = useState<string | null>(null);
  const me = viewer.data;
  if (!me || me.emailVerified) return null;

  const send = () => {
    setMessage(null);
    resend.mutate(undefined, {
      onSuccess: () => setMessage(`We have sent a new link to ${me.email}. It works for 48 hours.`),
      onError: (error) =>
        setMessage(
          isErrorCode(error, 'RATE_LIMITED')
            ? error.message
            : 'We could not send a new link just now. Try again in a moment.',
        ),
    });
  };

  return (
    <section className="verify-banner" aria-labelledby="verify-banner-title">
      <div className="container verify-banner__inner">
        <div>
          <h2 id="verify-banner-title" className="verify-banner__title">
            Confirm your e-mail address
          </h2>
          <p>
            We sent a link to <strong>{me.email}</strong>. Open it to confirm the address is yours. Until then you can
            draft and comment, but not sign a covenant, answer for your organisation, or propose amendments and respond
            in a public consultation.
          </p>
        </div>
        <div className="verify-banner__actions">
          <Button variant="secondary" onClick={send} busy={resend.isPending} busyLabel="Sending…">
            Send a new link
          </Button>
          <p className="verify-banner__status" role="status" aria-live="polite">
            {message}
          </p>
        </div>
      </div>
    </section>
  );
}
