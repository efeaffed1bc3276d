import { useMutation } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { RespondToSectionMutationVariables } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { useInvalidateCovenant } from './use-invalidate-covenant';

export const RespondToSectionDocument = graphql(`
  mutation RespondToSection($covenantId: ID!, $sectionId: ID!, $position: ResponsePosition!, $comment: String) {
    respondToSection(covenantId: $covenantId, sectionId: $sectionId, position: $position, comment: $comment) {
      id
      agree
      disagree
      unsure
      viewerResponse
    }
  }
`);

/** A second response to the same section replaces the first. */
export function useRespondToSection(slug: string) {
  const invalidate = useInvalidateCovenant(slug);
  return useMutation({
    mutationFn: async (variables: RespondToSectionMutationVariables) =>
      (await execute(RespondToSectionDocument, variables)).respondToSection,
    onSuccess: invalidate,
  });
}
