import { useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';
import { consultationQueryKey } from './consultation-keys';

export const CovenantAmendmentsDocument = graphql(`
  query CovenantAmendments($slug: String!) {
    covenant(slug: $slug) {
      id
      amendments {
        id
        number
        quote
        anchor
        proposedText
        reason
        status
        decisionNote
        decidedAt
        supportCount
        viewerSupports
        createdAt
        author {
          id
          displayName
        }
        decidedBy {
          id
          displayName
        }
        viewerCan {
          support
          withdraw
          decide
        }
      }
    }
  }
`);

/** Every amendment to the text, by number: a covenant has tens, not thousands. */
export function useCovenantAmendments(slug: string) {
  return useQuery({
    queryKey: consultationQueryKey(slug, 'amendments'),
    queryFn: async () => (await execute(CovenantAmendmentsDocument, { slug })).covenant?.amendments ?? [],
  });
}
