/** Escalations of one subject, or of a covenant and its commitments, and raising one: for the pages of subjects. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../gql';
import type { EscalationSubject } from '../../gql/graphql';
import { execute } from '../../lib/graphql';

/** Every escalation query starts with this key, so a change anywhere refreshes them all. */
export const ESCALATIONS_KEY = ['escalations'] as const;

export const SubjectEscalationsDocument = graphql(`
  query SubjectEscalations($subjectType: EscalationSubject, $subjectId: ID, $covenantId: ID) {
    escalations(subjectType: $subjectType, subjectId: $subjectId, covenantId: $covenantId, first: 100) {
      id
      number
      subjectType
      subjectId
      status
      responseDueOn
      responseOverdue
      findings
      createdAt
      respondent {
        id
        name
      }
    }
  }
`);

export interface EscalationsOf {
  subjectType?: EscalationSubject;
  subjectId?: string;
  covenantId?: string;
}

export function useSubjectEscalations(of: EscalationsOf) {
  return useQuery({
    queryKey: [...ESCALATIONS_KEY, 'of', of],
    queryFn: async () => (await execute(SubjectEscalationsDocument, of)).escalations,
  });
}

export const EscalateDocument = graphql(`
  mutation Escalate($subjectType: EscalationSubject!, $subjectId: ID!, $reason: String!) {
    escalate(subjectType: $subjectType, subjectId: $subjectId, reason: $reason) {
      id
      number
    }
  }
`);

export function useEscalate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (variables: { subjectType: EscalationSubject; subjectId: string; reason: string }) =>
      (await execute(EscalateDocument, variables)).escalate,
    onSuccess: () => client.invalidateQueries({ queryKey: ESCALATIONS_KEY }),
  });
}
