import { PAGE_PATHS } from '@covenant/domain';
import { useNavigate } from 'react-router-dom';
import { Button } from '../../../components/ui/Button';
import { useLogout } from '../api/logout';

export function SignOutButton() {
  const logout = useLogout();
  const navigate = useNavigate();
  return (
    <Button
      variant="quiet"
      className="button--small"
      busy={logout.isPending}
      busyLabel="Signing out…"
      onClick={() => logout.mutate(undefined, { onSuccess: () => navigate(PAGE_PATHS.home) })}
    >
      Sign out
    </Button>
  );
}
