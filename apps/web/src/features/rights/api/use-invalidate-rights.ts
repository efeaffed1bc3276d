import { useQueryClient } from '@tanstack/react-query';
import { assetQueryKey, serviceRequestQueryKey } from './rights-keys';

/** After a change to an asset: its page and the neighbourhood lists that show its status and clock. */
export function useInvalidateAsset(slug: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: assetQueryKey(slug) }),
      queryClient.invalidateQueries({ queryKey: ['neighbourhood'] }),
    ]);
}

/** After a change to a service request: its page and the neighbourhood lists that show its status. */
export function useInvalidateServiceRequest(slug: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: serviceRequestQueryKey(slug) }),
      queryClient.invalidateQueries({ queryKey: ['neighbourhood'] }),
    ]);
}

/** After a change to a budget: everything under its covenant's key (the budget, the covenant's list, commitments). */
export function useInvalidateBudget(covenantSlug: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['covenant', covenantSlug] });
}
