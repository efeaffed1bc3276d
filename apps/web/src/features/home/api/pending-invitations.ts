import { useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';

export const PendingInvitationsDocument = graphql(`
  query PendingInvitations {
    pendingInvitations {
      id
      role
      invitedAt
      organisation {
        id
        name
      }
      covenant {
        id
        slug
        title
        summary
        neighbourhood {
          id
          name
        }
      }
    }
  }
`);

export const PENDING_INVITATIONS_KEY = ['pending-invitations'] as const;

export function usePendingInvitations(enabled: boolean) {
  return useQuery({
    queryKey: PENDING_INVITATIONS_KEY,
    queryFn: async () => (await execute(PendingInvitationsDocument)).pendingInvitations,
    enabled,
  });
}
