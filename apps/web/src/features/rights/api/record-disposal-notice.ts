import { useMutation } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';
import { useInvalidateAsset } from './use-invalidate-rights';

export const RecordDisposalNoticeDocument = graphql(`
  mutation RecordDisposalNotice($assetId: ID!, $notifiedOn: Date!) {
    recordDisposalNotice(assetId: $assetId, notifiedOn: $notifiedOn) {
      id
      status
    }
  }
`);

export function useRecordDisposalNotice(slug: string) {
  const invalidate = useInvalidateAsset(slug);
  return useMutation({
    mutationFn: async (variables: { assetId: string; notifiedOn: string }) =>
      (await execute(RecordDisposalNoticeDocument, variables)).recordDisposalNotice,
    onSuccess: invalidate,
  });
}
