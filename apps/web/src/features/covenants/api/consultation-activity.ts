import { useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';
import { consultationQueryKey } from './consultation-keys';

export const ConsultationActivityDocument = graphql(`
  query ConsultationActivity($slug: String!) {
    covenant(slug: $slug) {
      id
      amendments {
        id
      }
      sections {
        id
        agree
        disagree
        unsure
      }
    }
  }
`);

/** How many amendments and responses the covenant has had, for pages that only link to them. */
export function useConsultationActivity(slug: string, enabled: boolean) {
  return useQuery({
    queryKey: consultationQueryKey(slug, 'activity'),
    queryFn: async () => {
      const { covenant } = await execute(ConsultationActivityDocument, { slug });
      return {
        amendments: covenant?.amendments.length ?? 0,
        responses: (covenant?.sections ?? []).reduce((sum, s) => sum + s.agree + s.disagree + s.unsure, 0),
      };
    },
    enabled,
  });
}
