import { useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';
import { consultationQueryKey } from './consultation-keys';

export const CovenantSectionsDocument = graphql(`
  query CovenantSections($slug: String!) {
    covenant(slug: $slug) {
      id
      sections {
        id
        title
        agree
        disagree
        unsure
        viewerResponse
      }
    }
  }
`);

/** The sections of the text in order, with how many agree, disagree and are unsure. */
export function useCovenantSections(slug: string) {
  return useQuery({
    queryKey: consultationQueryKey(slug, 'sections'),
    queryFn: async () => (await execute(CovenantSectionsDocument, { slug })).covenant?.sections ?? [],
  });
}
