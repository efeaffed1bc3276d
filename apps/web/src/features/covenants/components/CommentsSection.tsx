import { openToResidentComments } from '@covenant/domain';
import { useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { Loading } from '../../../components/ui/Loading';
import { QueryError } from '../../../components/ui/QueryError';
import { nextPagesOf, ShowMore } from '../../../components/ui/ShowMore';
import { signInPath } from '../../../lib/auth-links';
import { counted } from '../../../lib/paging';
import { useFollowEnd } from '../../../lib/use-follow-end';
import { useCovenantComments } from '../api/covenant-comments';
import { threadComments } from '../comment-threads';
import { OUTSIDE_REVISION } from '../outside-revision';
import { CommentForm } from './CommentForm';
import { CommentItem } from './CommentItem';
import type { Covenant } from './covenant';

const COMMENTS = { one: 'comment', other: 'comments' };
const OPEN_COMMENTS = { one: 'open comment', other: 'open comments' };

export function CommentsSection({ covenant, signedIn }: { covenant: Covenant; signedIn: boolean }) {
  const [includeResolved, setIncludeResolved] = useState(false);
  const comments = useCovenantComments(covenant.slug, includeResolved);
  useFollowEnd(comments, String(includeResolved));
  const location = useLocation();
  const shown = comments.data?.comments ?? [];
  const threads = threadComments(shown);
  const canComment = covenant.viewerCan.comment;
  const openToResidents = openToResidentComments(covenant);

  return (
    <section className="section" aria-labelledby="comments-title">
      <div className="section__header">
        <h2 id="comments-title">Comments</h2>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={includeResolved}
            onChange={(event) => setIncludeResolved(event.target.checked)}
          />
          Show resolved
        </label>
      </div>
      {covenant.viewerCan.readWorkingDraft ? null : <p className="muted">{OUTSIDE_REVISION.comments}</p>}
      {comments.isPending ? (
        <Loading label="Loading comments…" />
      ) : !comments.data ? (
        <QueryError error={comments.error} onRetry={() => void comments.refetch()} />
      ) : threads.length === 0 ? (
        <p className="muted">{includeResolved ? 'No comments yet.' : 'No open comments.'}</p>
      ) : (
        <>
          {comments.data.total > 1 ? (
            <p className="section__lead">
              {counted(comments.data.total, includeResolved ? COMMENTS : OPEN_COMMENTS)}, the oldest first, each with
              its replies.
            </p>
          ) : null}
          <ul className="comment-list">
            {threads.map((thread) => (
              <CommentItem
                key={thread.comment.id}
                thread={thread}
                covenantId={covenant.id}
                slug={covenant.slug}
                canComment={canComment}
              />
            ))}
          </ul>
          <ShowMore
            key={String(includeResolved)}
            shown={shown.length}
            total={comments.data.total}
            noun={COMMENTS}
            {...nextPagesOf(comments)}
          />
        </>
      )}
      {canComment ? (
        <div className="form--panel">
          <h3>Add a comment</h3>
          <CommentForm covenantId={covenant.id} slug={covenant.slug} />
        </div>
      ) : !signedIn && openToResidents ? (
        <p>
          <Link to={signInPath(location.pathname)}>Sign in</Link> to comment on the draft.
        </p>
      ) : null}
    </section>
  );
}
