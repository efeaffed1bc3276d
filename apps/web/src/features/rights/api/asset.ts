import { useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';
import { assetQueryKey } from './rights-keys';

export const AssetDocument = graphql(`
  query Asset($slug: String!) {
    asset(slug: $slug) {
      id
      slug
      name
      description
      address
      ownerName
      status
      nominatedAt
      decisionDueOn
      decidedOn
      decisionReason
      listedUntil
      neighbourhood {
        id
        slug
        name
        localAuthority {
          id
          name
        }
      }
      nominatedBy {
        id
        slug
        name
      }
      disposal {
        notifiedOn
        phase
        phaseEndsOn
        daysLeft
        interimEndsOn
        fullMoratoriumEndsOn
        protectedPeriodEndsOn
        bidder {
          id
          slug
          name
        }
        timeline {
          phase
          from
          to
        }
      }
      covenants {
        id
        slug
        title
        status
      }
      ruleSet {
        id
        name
        source
      }
      viewerCan {
        decide
        recordDisposal
        requestToBid
      }
    }
  }
`);

export function useAsset(slug: string) {
  return useQuery({
    queryKey: assetQueryKey(slug),
    queryFn: async () => (await execute(AssetDocument, { slug })).asset,
  });
}
