/** Comments arrive as a flat list with `parentId`; the page shows each with its replies beneath it. */

export interface CommentLike {
  id: string;
  parentId?: string | null;
  createdAt: string;
}

export interface CommentThread<C extends CommentLike> {
  comment: C;
  replies: CommentThread<C>[];
}

/** Oldest first at every level; a reply whose parent is not in the list (e.g. resolved and hidden) starts its own thread. */
export function threadComments<C extends CommentLike>(comments: readonly C[]): CommentThread<C>[] {
  const byTime = [...comments].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  const threads = new Map<string, CommentThread<C>>(byTime.map((comment) => [comment.id, { comment, replies: [] }]));
  const roots: CommentThread<C>[] = [];
  for (const comment of byTime) {
    const thread = threads.get(comment.id)!;
    const parent = comment.parentId ? threads.get(comment.parentId) : undefined;
    if (parent && parent !== thread) parent.replies.push(thread);
    else roots.push(thread);
  }
  return roots;
}
