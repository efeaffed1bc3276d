import { Link } from 'react-router-dom';
import { Loading } from '../../../components/ui/Loading';
import { PageHeader } from '../../../components/ui/PageHeader';
import { signInPath } from '../../../lib/auth-links';
import { usePageTitle } from '../../../lib/page-title';
import { useNextPage } from '../use-next-page';
import { useViewer } from '../../../lib/viewer';
import { AlreadySignedIn } from '../components/AlreadySignedIn';
import { SignUpForm } from '../components/SignUpForm';

export function SignUpPage() {
  usePageTitle('Create an account');
  const viewer = useViewer();
  const { rawNext, next, go } = useNextPage();

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
          <SignUpForm onSignedUp={go} />
          <p className="form-aside">
            Already have an account? <Link to={signInPath(rawNext)}>Sign in</Link>
          </p>
        </>
      )}
    </div>
  );
}
