import { useNavigate, useSearchParams } from 'react-router-dom';
import { NEXT_PARAM, safeNextPath } from '../../lib/auth-links';

/** Where the person was going before they were asked to sign in, and a way to take them there. */
export function useNextPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const rawNext = params.get(NEXT_PARAM);
  const next = safeNextPath(rawNext);
  return { rawNext, next, go: () => navigate(next, { replace: true }) };
}
