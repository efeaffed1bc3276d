import { useMutation } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';

export const ResendEmailVerificationDocument = graphql(`
  mutation ResendEmailVerification {
    resendEmailVerification
  }
`);

export function useResendEmailVerification() {
  return useMutation({
    mutationFn: async () => (await execute(ResendEmailVerificationDocument)).resendEmailVerification,
  });
}
