import { useMutation } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { SignInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { useInvalidateCovenant } from './use-invalidate-covenant';

export const SignDocument = graphql(`
  mutation Sign($input: SignInput!) {
    sign(input: $input) {
      id
    }
  }
`);

export const CountersignDocument = graphql(`
  mutation Countersign($input: SignInput!) {
    countersign(input: $input) {
      id
    }
  }
`);

export interface SignVariables {
  kind: 'sign' | 'countersign';
  input: SignInput;
}

/** Signing for a party, or countersigning for the council; both bind the signer to the hash they read. */
export function useSign(slug: string) {
  const invalidate = useInvalidateCovenant(slug);
  return useMutation({
    mutationFn: async ({ kind, input }: SignVariables) => {
      if (kind === 'sign') await execute(SignDocument, { input });
      else await execute(CountersignDocument, { input });
    },
    onSuccess: invalidate,
  });
}
