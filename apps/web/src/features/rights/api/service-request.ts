import { useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';
import { serviceRequestQueryKey } from './rights-keys';

export const ServiceRequestDocument = graphql(`
  query ServiceRequest($slug: String!) {
    serviceRequest(slug: $slug) {
      id
      slug
      service
      proposal
      status
      submittedAt
      responseDueOn
      respondedAt
      response
      overdue
      daysLeft
      neighbourhood {
        id
        slug
        name
      }
      requester {
        id
        slug
        name
      }
      publicBody {
        id
        slug
        name
        verification {
          status
          domains
        }
      }
      viewerCan {
        respond
        withdraw
      }
    }
  }
`);

export function useServiceRequest(slug: string) {
  return useQuery({
    queryKey: serviceRequestQueryKey(slug),
    queryFn: async () => (await execute(ServiceRequestDocument, { slug })).serviceRequest,
  });
}
