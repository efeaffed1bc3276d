import { useQueryClient } from '@tanstack/react-query';
import { covenantQueryKey } from './covenant';

/** After any change to a covenant: its page, comments and audit trail, and the lists that show its status. */
export function useInvalidateCovenant(slug: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: covenantQueryKey(slug) }),
      queryClient.invalidateQueries({ queryKey: ['neighbourhood'] }),
      queryClient.invalidateQueries({ queryKey: ['covenants'] }),
      queryClient.invalidateQueries({ queryKey: ['organisation'] }),
      queryClient.invalidateQueries({ queryKey: ['notifications'] }),
    ]);
}
