import { useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';
import { covenantQueryKey } from './covenant';

export const CovenantCommitmentsDocument = graphql(`
  query CovenantCommitments($slug: String!) {
    covenant(slug: $slug) {
      id
      commitments {
        ...CommitmentRecord
      }
      viewerCan {
        commitmentParties
        reportParties
      }
    }
  }
`);

export function useCovenantCommitments(slug: string) {
  return useQuery({
    queryKey: [...covenantQueryKey(slug), 'commitments'],
    queryFn: async () => (await execute(CovenantCommitmentsDocument, { slug })).covenant,
  });
}
