import { useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';
import { covenantQueryKey } from './covenant';

export const CovenantAuditDocument = graphql(`
  query CovenantAudit($covenantId: ID!) {
    covenantAudit(covenantId: $covenantId) {
      seq
      at
      action
      details
      actor {
        id
        displayName
      }
    }
  }
`);

/** Loaded only once someone opens the audit trail. */
export function useCovenantAudit(slug: string, covenantId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...covenantQueryKey(slug), 'audit'],
    queryFn: async () => (await execute(CovenantAuditDocument, { covenantId })).covenantAudit,
    enabled,
  });
}
