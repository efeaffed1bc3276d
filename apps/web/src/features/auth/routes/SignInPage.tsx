import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { Loading } from '../../../components/ui/Loading';
import { PageHeader } from '../../../components/ui/PageHeader';
import { NEXT_PARAM, safeNextPath, signUpPath } from '../../../lib/auth-links';
import { usePageTitle } from '../../../lib/page-title';
import { useViewer } from '../../../lib/viewer';
import { AlreadySignedIn } from '../components/AlreadySignedIn';
import { SignInForm } from '../components/SignInForm';

export function SignInPage() {
  usePageTitle('Sign in');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const viewer = useViewer();
  const rawNext = params.get(NEXT_PARAM);
  const next = safeNextPath(rawNext);

  return (
    <div className="narrow">
      <PageHeader title="Sign in" lead={<p>Sign in to draft, sign and keep covenants with your neighbours.</p>} />
      {viewer.isPending ? (
        <Loading />
      ) : viewer.data ? (
        <AlreadySignedIn name={viewer.data.displayName} next={next} />
      ) : (
        <>
          <SignInForm onSignedIn={() => navigate(next, { replace: true })} />
          <p className="form-aside">
            New here? <Link to={signUpPath(rawNext)}>Create an account</Link>
          </p>
        </>
      )}
    </div>
  );
}
