import { useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';
import { rightsQueryKey } from './rights-keys';

export const NeighbourhoodRightsDocument = graphql(`
  query NeighbourhoodRights($slug: String!) {
    neighbourhood(slug: $slug) {
      id
      slug
      name
      localAuthority {
        id
        slug
        name
      }
      assets {
        id
        slug
        name
        address
        status
        decisionDueOn
        listedUntil
        disposal {
          phase
          phaseEndsOn
          daysLeft
          protectedPeriodEndsOn
        }
      }
      serviceRequests {
        id
        slug
        service
        status
        submittedAt
        responseDueOn
        overdue
        daysLeft
        requester {
          id
          name
        }
        publicBody {
          id
          name
        }
      }
    }
  }
`);

export function useNeighbourhoodRights(slug: string) {
  return useQuery({
    queryKey: rightsQueryKey(slug),
    queryFn: async () => (await execute(NeighbourhoodRightsDocument, { slug })).neighbourhood,
  });
}
