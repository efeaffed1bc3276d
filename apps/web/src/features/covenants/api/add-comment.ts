import { useMutation } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { CommentInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { useInvalidateCovenant } from './use-invalidate-covenant';

export const AddCommentDocument = graphql(`
  mutation AddComment($input: CommentInput!) {
    addComment(input: $input) {
      id
    }
  }
`);

export function useAddComment(slug: string) {
  const invalidate = useInvalidateCovenant(slug);
  return useMutation({
    mutationFn: async (input: CommentInput) => (await execute(AddCommentDocument, { input })).addComment,
    onSuccess: invalidate,
  });
}
