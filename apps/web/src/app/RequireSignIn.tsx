import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { Loading } from '../components/ui/Loading';
import { QueryError } from '../components/ui/QueryError';
import { signInPath } from '../lib/auth-links';
import { useViewer } from '../lib/viewer';

/** Pages that only make sense signed in send everyone else to sign in, and back here afterwards. */
export function RequireSignIn() {
  const viewer = useViewer();
  const location = useLocation();
  if (viewer.isPending) return <Loading label="Checking who is signed in…" />;
  if (viewer.isError) return <QueryError error={viewer.error} onRetry={() => void viewer.refetch()} />;
  if (!viewer.data) return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  return <Outlet />;
}
