import { useInfiniteQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';
import { allItems, cursorAfter, PAGE_SIZE } from '../../../lib/paging';

export const OrganisationCommitmentsDocument = graphql(`
  query OrganisationCommitments($organisationId: ID!, $first: Int!, $after: ID) {
    commitments(organisationId: $organisationId, first: $first, after: $after) {
      id
      title
      dueOn
      progress
      percentComplete
      overdue
      covenant {
        id
        slug
        title
      }
    }
  }
`);

/** Soonest due first (undated last), a page at a time. */
export function useOrganisationCommitments(organisationId: string) {
  return useInfiniteQuery({
    queryKey: ['organisation', organisationId, 'commitments'],
    queryFn: async ({ pageParam }) =>
      (await execute(OrganisationCommitmentsDocument, { organisationId, first: PAGE_SIZE, after: pageParam }))
        .commitments,
    initialPageParam: null as string | null,
    getNextPageParam: (page) => cursorAfter(page, (commitment) => commitment.id),
    select: (data) => allItems(data.pages),
  });
}
