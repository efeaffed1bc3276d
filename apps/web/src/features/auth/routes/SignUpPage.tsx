import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { Loading } from '../../../components/ui/Loading';
import { PageHeader } from '../../../components/ui/PageHeader';
import { NEXT_PARAM, safeNextPath, signInPath } from '../../../lib/auth-links';
import { usePageTitle } from '../../../lib/page-title';
import { useViewer } from '../../../lib/viewer';
import { AlreadySignedIn } from '../components/AlreadySignedIn';
import { SignUpForm } from '../components/SignUpForm';

export function SignUpPage() {
  usePageTitle('Create an account');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const viewer = useViewer();
  const rawNext = params.get(NEXT_PARAM);
  const next = safeNextPath(rawNext);

  return (
    <div className="narrow">
      <PageHeader
        title="Create an account"
        lead={
          <p>
            One account lets you join your community group, council or partner organisation and work on covenants with
            them.
          </p>
        }
      />
      {viewer.isPending ? (
        <Loading />
      ) : viewer.data ? (
        <AlreadySignedIn name={viewer.data.displayName} next={next} />
      ) : (
        <>
          <SignUpForm onSignedUp={() => navigate(next, { replace: true })} />
          <p className="form-aside">
            Already have an account? <Link to={signInPath(rawNext)}>Sign in</Link>
          </p>
        </>
      )}
    </div>
  );
}
