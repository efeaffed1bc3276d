import { Link } from 'react-router-dom';
import { Loading } from '../../../components/ui/Loading';
import { PageHeader } from '../../../components/ui/PageHeader';
import { signUpPath } from '../../../lib/auth-links';
import { usePageTitle } from '../../../lib/page-title';
import { useNextPage } from '../use-next-page';
import { useViewer } from '../../../lib/viewer';
import { AlreadySignedIn } from '../components/AlreadySignedIn';
import { SignInForm } from '../components/SignInForm';

export function SignInPage() {
  usePageTitle('Sign in');
  const viewer = useViewer();
  const { rawNext, next, go } = useNextPage();

  return (
    <div className="narrow">
      <PageHeader title="Sign in" lead={<p>Sign in to draft, sign and keep covenants with your neighbours.</p>} />
      {viewer.isPending ? (
        <Loading />
      ) : viewer.data ? (
        <AlreadySignedIn name={viewer.data.displayName} next={next} />
      ) : (
        <>
          <SignInForm onSignedIn={go} />
          <p className="form-aside">
            New here? <Link to={signUpPath(rawNext)}>Create an account</Link>
          </p>
        </>
      )}
    </div>
  );
}
