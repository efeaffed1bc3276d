import type { CovenantEvent } from '@covenant/collab-protocol';
import { QueryClient } from '@tanstack/react-query';
import { queriesTouchedBy } from './event-queries';

const KEYS: unknown[][] = [
  ['covenant', 'settle'],
  ['covenant', 'settle', 'comments', false],
  ['covenant', 'settle', 'commitments'],
  ['covenant', 'settle', 'audit'],
  ['covenant', 'settle', 'accountability'],
  ['covenant', 'settle', 'disputes'],
  ['covenant', 'settle', 'verification', 'record'],
  ['covenant', 'settle', 'consultation', 'amendments'],
  ['covenant', 'settle', 'consultation', 'sections'],
  ['covenant', 'settle', 'consultation', 'responses', 's1'],
  ['covenant', 'settle', 'consultation', 'responses', 's2'],
  ['covenant', 'settle', 'consultation', 'activity'],
  ['covenant', 'settle', 'budgets'],
  ['covenant', 'settle', 'budgets', 'b1'],
  ['covenant', 'other'],
  ['neighbourhood', 'settle'],
  ['covenants', 'search', ''],
  ['organisation', 'hydro'],
  ['organisation', 'hydro', 'commitments'],
  ['notifications'],
  ['escalations', 'of', { covenantId: 'c1' }],
  ['escalations', 'of', { covenantId: 'c2' }],
  ['escalations', 'of', { subjectType: 'COVENANT', subjectId: 'c1' }],
];

const keyName = (key: readonly unknown[]) =>
  key.map((part) => (typeof part === 'object' ? JSON.stringify(part) : String(part))).join('/');

/** The cached queries an event marks stale, by key. */
function staleAfter(event: CovenantEvent): string[] {
  const client = new QueryClient();
  for (const key of KEYS) client.setQueryData(key, {});
  for (const filters of queriesTouchedBy(event, 'settle'))
    void client.invalidateQueries({ ...filters, refetchType: 'none' });
  return client
    .getQueryCache()
    .getAll()
    .filter((query) => query.isStale())
    .map((query) => keyName(query.queryKey));
}

const at = '2026-12-04T10:00:00.000Z';
const covenantId = 'c1';

describe('queriesTouchedBy', () => {
  it('refreshes only the comments and the audit trail for a comment', () => {
    expect(staleAfter({ type: 'comment.changed', covenantId, at, commentId: 'x' })).toEqual([
      'covenant/settle/comments/false',
      'covenant/settle/audit',
    ]);
  });

  it('refreshes the count on the page for support, not the lists elsewhere', () => {
    expect(staleAfter({ type: 'support.changed', covenantId, at, supportCount: 3 })).toEqual([
      'covenant/settle',
      'covenant/settle/audit',
    ]);
  });

  it('refreshes commitments wherever they are shown, with their disputes and the cases about them', () => {
    expect(staleAfter({ type: 'commitment.changed', covenantId, at, commitmentId: 'x' })).toEqual([
      'covenant/settle/commitments',
      'covenant/settle/audit',
      'covenant/settle/accountability',
      'covenant/settle/disputes',
      'organisation/hydro',
      'organisation/hydro/commitments',
      'escalations/of/{"covenantId":"c1"}',
    ]);
  });

  it('refreshes the amendments, not the text, for an amendment proposed, supported, withdrawn or rejected', () => {
    expect(staleAfter({ type: 'amendment.changed', covenantId, at, amendmentId: 'a', status: 'PROPOSED' })).toEqual([
      'covenant/settle/audit',
      'covenant/settle/consultation/amendments',
      'covenant/settle/consultation/activity',
    ]);
  });

  it('refreshes the text as served and the sections too when an amendment is accepted into the text', () => {
    expect(staleAfter({ type: 'amendment.changed', covenantId, at, amendmentId: 'a', status: 'ACCEPTED' })).toEqual([
      'covenant/settle',
      'covenant/settle/audit',
      'covenant/settle/consultation/amendments',
      'covenant/settle/consultation/sections',
      'covenant/settle/consultation/activity',
    ]);
  });

  it('refreshes the figures and the responses of the one section responded to', () => {
    expect(staleAfter({ type: 'response.changed', covenantId, at, sectionId: 's2' })).toEqual([
      'covenant/settle/audit',
      'covenant/settle/consultation/sections',
      'covenant/settle/consultation/responses/s2',
      'covenant/settle/consultation/activity',
    ]);
  });

  it('refreshes the budgets, and the commitments a count makes, when a budget changes', () => {
    expect(staleAfter({ type: 'budget.changed', covenantId, at, budgetId: 'b1' })).toEqual([
      'covenant/settle/commitments',
      'covenant/settle/audit',
      'covenant/settle/accountability',
      'covenant/settle/budgets',
      'covenant/settle/budgets/b1',
    ]);
  });

  it('refreshes everything about the covenant, and the lists that show its status, when the status moves', () => {
    expect(staleAfter({ type: 'status.changed', covenantId, at, from: 'DRAFT', to: 'CONSULTATION' })).toEqual(
      KEYS.filter((key) => key[0] !== 'escalations' && key[1] !== 'other').map(keyName),
    );
  });
});

describe('a paged list an event refreshes', () => {
  it('is fetched again page by page, each after the last comment of the one before', async () => {
    const comments = Array.from({ length: 25 }, (_, i) => ({ id: `c${String(i + 1).padStart(2, '0')}` }));
    const asked: (string | null)[] = [];
    const list = {
      queryKey: ['covenant', 'settle', 'comments', false],
      queryFn: async ({ pageParam }: { pageParam: string | null }) => {
        asked.push(pageParam);
        const start = pageParam ? comments.findIndex((comment) => comment.id === pageParam) + 1 : 0;
        return comments.slice(start, start + 20);
      },
      initialPageParam: null as string | null,
      getNextPageParam: (page: { id: string }[]) => (page.length < 20 ? undefined : page[page.length - 1].id),
    };
    const client = new QueryClient();
    await client.fetchInfiniteQuery({ ...list, pages: 2 });
    expect(asked).toEqual([null, 'c20']);

    comments.push({ id: 'c26' });
    asked.length = 0;
    for (const filters of queriesTouchedBy({ type: 'comment.changed', covenantId, at, commentId: 'c26' }, 'settle'))
      await client.refetchQueries(filters);
    expect(asked).toEqual([null, 'c20']);
    const data = client.getQueryData<{ pages: { id: string }[][] }>(list.queryKey);
    expect(data?.pages.flat().map((comment) => comment.id)).toEqual(comments.map((comment) => comment.id));
  });
});
