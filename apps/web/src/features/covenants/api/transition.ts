import { useMutation } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';
import type { TransitionKind } from '../transitions';
import { useInvalidateCovenant } from './use-invalidate-covenant';

export const OpenConsultationDocument = graphql(`
  mutation OpenConsultation($covenantId: ID!) {
    openConsultation(covenantId: $covenantId) {
      id
      status
    }
  }
`);

export const OpenForSignatureDocument = graphql(`
  mutation OpenForSignature($covenantId: ID!) {
    openForSignature(covenantId: $covenantId) {
      id
      status
    }
  }
`);

export const ReturnToDraftDocument = graphql(`
  mutation ReturnToDraft($covenantId: ID!, $reason: String!) {
    returnToDraft(covenantId: $covenantId, reason: $reason) {
      id
      status
    }
  }
`);

export const StartReviewDocument = graphql(`
  mutation StartReview($covenantId: ID!) {
    startReview(covenantId: $covenantId) {
      id
      status
    }
  }
`);

export const EndCovenantDocument = graphql(`
  mutation EndCovenant($covenantId: ID!, $reason: String!) {
    endCovenant(covenantId: $covenantId, reason: $reason) {
      id
      status
    }
  }
`);

export const WithdrawCovenantDocument = graphql(`
  mutation WithdrawCovenant($covenantId: ID!, $reason: String!) {
    withdrawCovenant(covenantId: $covenantId, reason: $reason) {
      id
      status
    }
  }
`);

export interface TransitionVariables {
  kind: TransitionKind;
  covenantId: string;
  reason: string;
}

async function runTransition({ kind, covenantId, reason }: TransitionVariables): Promise<void> {
  switch (kind) {
    case 'openConsultation':
      await execute(OpenConsultationDocument, { covenantId });
      return;
    case 'openForSignature':
      await execute(OpenForSignatureDocument, { covenantId });
      return;
    case 'returnToDraft':
      await execute(ReturnToDraftDocument, { covenantId, reason });
      return;
    case 'startReview':
      await execute(StartReviewDocument, { covenantId });
      return;
    case 'endCovenant':
      await execute(EndCovenantDocument, { covenantId, reason });
      return;
    case 'withdrawCovenant':
      await execute(WithdrawCovenantDocument, { covenantId, reason });
      return;
  }
}

/** One hook for every lifecycle move the page offers; each is its own operation on the API. */
export function useTransition(slug: string) {
  const invalidate = useInvalidateCovenant(slug);
  return useMutation({ mutationFn: runTransition, onSuccess: invalidate });
}
