import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';

/**
 * Each commitment's disputed deliveries and whether it may be escalated, asked
 * apart from the page's main query so that query stays as lean as it is.
 */
export const CommitmentDisputesDocument = graphql(`
  query CommitmentDisputes($slug: String!) {
    covenant(slug: $slug) {
      id
      commitments {
        id
        escalatable
        viewerCanDispute
        disputes {
          id
          reportId
          reason
          evidenceUrl
          answer
          answeredAt
          createdAt
          escalatableOn
          viewerCanAnswer
          raisedBy {
            id
            displayName
          }
        }
      }
    }
  }
`);

/** Under the covenant's key, so its events and the page's own changes refresh it. */
export function useCommitmentDisputes(slug: string) {
  return useQuery({
    queryKey: ['covenant', slug, 'disputes'],
    queryFn: async () => (await execute(CommitmentDisputesDocument, { slug })).covenant?.commitments ?? [],
  });
}

function useDisputeMutation<V, R>(slug: string, run: (variables: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => client.invalidateQueries({ queryKey: ['covenant', slug] }),
  });
}

export const DisputeDeliveryDocument = graphql(`
  mutation DisputeDelivery($commitmentId: ID!, $reason: String!, $evidenceUrl: String) {
    disputeDelivery(commitmentId: $commitmentId, reason: $reason, evidenceUrl: $evidenceUrl) {
      id
    }
  }
`);

export function useDisputeDelivery(slug: string) {
  return useDisputeMutation(
    slug,
    async (variables: { commitmentId: string; reason: string; evidenceUrl: string | null }) =>
      (await execute(DisputeDeliveryDocument, variables)).disputeDelivery,
  );
}

export const AnswerDisputeDocument = graphql(`
  mutation AnswerDispute($disputeId: ID!, $answer: String!) {
    answerDispute(disputeId: $disputeId, answer: $answer) {
      id
    }
  }
`);

export function useAnswerDispute(slug: string) {
  return useDisputeMutation(
    slug,
    async (variables: { disputeId: string; answer: string }) =>
      (await execute(AnswerDisputeDocument, variables)).answerDispute,
  );
}
