import { skipToken, useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';

export const VerifyCovenantDocument = graphql(`
  query VerifyCovenant($covenantId: ID!) {
    verifyCovenant(covenantId: $covenantId) {
      valid
      contentHashValid
      htmlValid
      signaturesValid
      sealValid
      auditChainValid
      auditEventsChecked
      problems
    }
  }
`);

/**
 * The API recomputes every hash, signature, seal and the audit chain. It needs the covenant's id,
 * so it waits until the record (looked up by slug) has loaded.
 */
export function useVerifyCovenant(slug: string, covenantId: string | undefined) {
  return useQuery({
    queryKey: ['covenant', slug, 'verification', 'result', covenantId],
    queryFn: covenantId
      ? async () => (await execute(VerifyCovenantDocument, { covenantId })).verifyCovenant
      : skipToken,
  });
}
