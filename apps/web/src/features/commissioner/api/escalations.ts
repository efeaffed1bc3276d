import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { ESCALATIONS_KEY } from '../../../components/escalations/escalations-api';
import { graphql } from '../../../gql';
import type { EscalationStatus } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { allItems, cursorAfter, PAGE_SIZE } from '../../../lib/paging';

export const EscalationsDocument = graphql(`
  query Escalations($status: [EscalationStatus!], $first: Int!, $after: ID) {
    escalations(status: $status, first: $first, after: $after) {
      id
      number
      subjectType
      subjectTitle
      subjectPath
      reason
      status
      responseDueOn
      responseOverdue
      response
      respondedAt
      findings
      concludedAt
      createdAt
      neighbourhood {
        id
        slug
        name
      }
      raisedBy {
        id
        displayName
      }
      respondent {
        id
        slug
        name
      }
      viewerCan {
        requestResponse
        respond
        conclude
      }
    }
  }
`);

/** The public list, newest first, 20 at a time; `status` narrows it. */
export function useEscalations(status: readonly EscalationStatus[] | null, enabled = true) {
  return useInfiniteQuery({
    queryKey: [...ESCALATIONS_KEY, 'list', status],
    queryFn: async ({ pageParam }) =>
      (
        await execute(EscalationsDocument, {
          status: status ? [...status] : null,
          first: PAGE_SIZE,
          after: pageParam,
        })
      ).escalations,
    initialPageParam: null as string | null,
    getNextPageParam: (page) => cursorAfter(page, (escalation) => escalation.id),
    select: (data) => allItems(data.pages),
    enabled,
  });
}

function useCaseworkMutation<V, R>(run: (variables: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => client.invalidateQueries({ queryKey: ESCALATIONS_KEY }),
  });
}

export const RequestEscalationResponseDocument = graphql(`
  mutation RequestEscalationResponse($escalationId: ID!, $organisationId: ID!, $dueOn: Date!) {
    requestEscalationResponse(escalationId: $escalationId, organisationId: $organisationId, dueOn: $dueOn) {
      id
      status
    }
  }
`);

export function useRequestEscalationResponse() {
  return useCaseworkMutation(
    async (variables: { escalationId: string; organisationId: string; dueOn: string }) =>
      (await execute(RequestEscalationResponseDocument, variables)).requestEscalationResponse,
  );
}

export const RespondToEscalationDocument = graphql(`
  mutation RespondToEscalation($escalationId: ID!, $response: String!) {
    respondToEscalation(escalationId: $escalationId, response: $response) {
      id
      response
    }
  }
`);

export function useRespondToEscalation() {
  return useCaseworkMutation(
    async (variables: { escalationId: string; response: string }) =>
      (await execute(RespondToEscalationDocument, variables)).respondToEscalation,
  );
}

export const ConcludeEscalationDocument = graphql(`
  mutation ConcludeEscalation($escalationId: ID!, $findings: String!, $dismiss: Boolean!) {
    concludeEscalation(escalationId: $escalationId, findings: $findings, dismiss: $dismiss) {
      id
      status
    }
  }
`);

export function useConcludeEscalation() {
  return useCaseworkMutation(
    async (variables: { escalationId: string; findings: string; dismiss: boolean }) =>
      (await execute(ConcludeEscalationDocument, variables)).concludeEscalation,
  );
}
