import { PAGE_PATHS } from '@covenant/domain';
import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Alert } from '../../../components/ui/Alert';
import { ButtonLink } from '../../../components/ui/ButtonLink';
import { Loading } from '../../../components/ui/Loading';
import { PageHeader } from '../../../components/ui/PageHeader';
import { signInPath } from '../../../lib/auth-links';
import { usePageTitle } from '../../../lib/page-title';
import { useViewer } from '../../../lib/viewer';
import { useVerifyEmail } from '../api/verify-email';
import '../identity.css';

/** The page the e-mailed link opens: it confirms the address at once, signed in or not. */
export function VerifyEmailPage() {
  usePageTitle('Confirm your e-mail address');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const verify = useVerifyEmail();
  const viewer = useViewer();
  const asked = useRef<string | null>(null);

  useEffect(() => {
    // A token works once: it is sent once, even when the page renders twice.
    if (!token || asked.current === token) return;
    asked.current = token;
    verify.mutate(token);
  }, [token, verify]);

  let body;
  if (!token) {
    body = (
      <Alert tone="info" title="This page confirms an e-mail address">
        <p>Open it from the link we e-mailed you when you created your account. The whole link is needed.</p>
      </Alert>
    );
  } else if (verify.isSuccess) {
    body = (
      <>
        <Alert tone="success" title="Your e-mail address is confirmed">
          <p>
            {verify.data.email} is yours. You can now sign covenants for your organisations, and an admin can ask for
            their organisation to be verified by the domain of this address.
          </p>
        </Alert>
        <p className="actions">
          <ButtonLink to={PAGE_PATHS.home}>Continue</ButtonLink>
        </p>
      </>
    );
  } else if (verify.isError) {
    body = (
      <>
        <Alert tone="error" title="This link does not work">
          <p>{verify.error.message}</p>
        </Alert>
        {viewer.data ? (
          <p>Use “Send a new link” in the notice at the top of the page; the new link works for 48 hours.</p>
        ) : (
          <p>
            <Link to={signInPath(PAGE_PATHS.home)}>Sign in</Link> to send yourself a new link.
          </p>
        )}
      </>
    );
  } else {
    body = <Loading label="Confirming your e-mail address…" />;
  }

  return (
    <div className="narrow">
      <PageHeader title="Confirm your e-mail address" />
      {body}
    </div>
  );
}
