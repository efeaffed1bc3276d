import { useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';

export const NationalPictureDocument = graphql(`
  query NationalPicture {
    nationalPicture {
      neighbourhoods
      covenantsByStatus {
        status
        count
      }
      commitments {
        total
        overdue
        byProgress {
          progress
          count
        }
      }
      assetsListed
      moratoriaActive
      serviceRequestsOverdue
      escalationsOpen
      generatedAt
      councils {
        council {
          id
          slug
          name
        }
        covenantsInForce
        commitments
        delivered
        overdue
      }
      places {
        neighbourhood {
          id
          slug
          name
        }
        outline
        covenantsInForce
        commitments
        delivered
        overdue
        standing
      }
    }
  }
`);

export function useNationalPicture() {
  return useQuery({
    queryKey: ['national-picture'],
    queryFn: async () => (await execute(NationalPictureDocument)).nationalPicture,
  });
}
