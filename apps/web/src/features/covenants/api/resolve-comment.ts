import { useMutation } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';
import { useInvalidateCovenant } from './use-invalidate-covenant';

export const ResolveCommentDocument = graphql(`
  mutation ResolveComment($commentId: ID!) {
    resolveComment(commentId: $commentId) {
      id
      resolved
    }
  }
`);

export function useResolveComment(slug: string) {
  const invalidate = useInvalidateCovenant(slug);
  return useMutation({
    mutationFn: async (commentId: string) => (await execute(ResolveCommentDocument, { commentId })).resolveComment,
    onSuccess: invalidate,
  });
}
