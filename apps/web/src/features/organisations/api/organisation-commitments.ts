import { useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';

export const OrganisationCommitmentsDocument = graphql(`
  query OrganisationCommitments($organisationId: ID!) {
    commitments(organisationId: $organisationId) {
      id
      title
      dueOn
      progress
      percentComplete
      overdue
      covenant {
        id
        slug
        title
      }
    }
  }
`);

export function useOrganisationCommitments(organisationId: string) {
  return useQuery({
    queryKey: ['organisation', organisationId, 'commitments'],
    queryFn: async () => (await execute(OrganisationCommitmentsDocument, { organisationId })).commitments,
  });
}
