import { useMutation } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { CommitmentUpdateInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { useInvalidateCovenant } from './use-invalidate-covenant';

export const ReportProgressDocument = graphql(`
  mutation ReportProgress($input: CommitmentUpdateInput!) {
    reportProgress(input: $input) {
      id
      progress
      percentComplete
    }
  }
`);

export function useReportProgress(slug: string) {
  const invalidate = useInvalidateCovenant(slug);
  return useMutation({
    mutationFn: async (input: CommitmentUpdateInput) =>
      (await execute(ReportProgressDocument, { input })).reportProgress,
    onSuccess: invalidate,
  });
}
