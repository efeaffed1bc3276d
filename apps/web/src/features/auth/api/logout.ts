import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute, isErrorCode } from '../../../lib/graphql';
import { forgetSignedInAnswers } from '../../../lib/query-client';

export const LogoutDocument = graphql(`
  mutation Logout {
    logout
  }
`);

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      try {
        await execute(LogoutDocument);
      } catch (error) {
        // A session that already expired is as signed out as it gets.
        if (!isErrorCode(error, 'UNAUTHENTICATED')) throw error;
      }
    },
    onSuccess: () => {
      void forgetSignedInAnswers(queryClient);
    },
  });
}
