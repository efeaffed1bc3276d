import { threadComments } from './comment-threads';

const comment = (id: string, createdAt: string, parentId: string | null = null) => ({ id, createdAt, parentId });

describe(threadComments.name, () => {
  it('puts replies under their comment, oldest first at every level', () => {
    const threads = threadComments([
      comment('3', '2026-11-28T10:02:00.000Z', '1'),
      comment('2', '2026-11-28T10:01:00.000Z'),
      comment('1', '2026-11-28T10:00:00.000Z'),
      comment('4', '2026-11-28T10:03:00.000Z', '3'),
    ]);
    expect(threads.map((t) => t.comment.id)).toEqual(['1', '2']);
    expect(threads[0].replies.map((t) => t.comment.id)).toEqual(['3']);
    expect(threads[0].replies[0].replies.map((t) => t.comment.id)).toEqual(['4']);
  });

  it('keeps threads whole as pages are added, since a reply is always newer than its comment', () => {
    const firstPage = [comment('1', '2026-11-28T10:00:00.000Z'), comment('2', '2026-11-28T10:01:00.000Z', '1')];
    const secondPage = [comment('3', '2026-11-28T10:02:00.000Z'), comment('4', '2026-11-28T10:03:00.000Z', '1')];
    const threads = threadComments([...firstPage, ...secondPage]);
    expect(threads.map((t) => t.comment.id)).toEqual(['1', '3']);
    expect(threads[0].replies.map((t) => t.comment.id)).toEqual(['2', '4']);
  });

  it('shows a reply whose comment is hidden as a thread of its own', () => {
    const threads = threadComments([comment('5', '2026-11-28T10:00:00.000Z', 'resolved-and-hidden')]);
    expect(threads.map((t) => t.comment.id)).toEqual(['5']);
  });

  it('has nothing for no comments', () => {
    expect(threadComments([])).toEqual([]);
  });
});
