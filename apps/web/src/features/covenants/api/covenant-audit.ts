import { useInfiniteQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';
import { allItems, cursorAfter } from '../../../lib/paging';
import { covenantQueryKey } from './covenant';

/** Entries are short, so the trail comes a longer page at a time than other lists. */
export const AUDIT_PAGE_SIZE = 50;

export const CovenantAuditDocument = graphql(`
  query CovenantAudit($covenantId: ID!, $first: Int!, $after: Int) {
    covenantAudit(covenantId: $covenantId, first: $first, after: $after) {
      seq
      at
      action
      details
      actor {
        id
        displayName
      }
    }
  }
`);

/** Loaded only once someone opens the audit trail, in order of seq, each page after the last seq shown. */
export function useCovenantAudit(slug: string, covenantId: string, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: [...covenantQueryKey(slug), 'audit'],
    queryFn: async ({ pageParam }) =>
      (await execute(CovenantAuditDocument, { covenantId, first: AUDIT_PAGE_SIZE, after: pageParam })).covenantAudit,
    initialPageParam: null as number | null,
    getNextPageParam: (page) => cursorAfter(page, (event) => event.seq, { first: AUDIT_PAGE_SIZE }),
    select: (data) => allItems(data.pages),
    enabled,
  });
}
