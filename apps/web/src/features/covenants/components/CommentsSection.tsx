import { openToResidentComments } from '@covenant/domain';
import { useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { Loading } from '../../../components/ui/Loading';
import { QueryError } from '../../../components/ui/QueryError';
import { signInPath } from '../../../lib/auth-links';
import { useCovenantComments } from '../api/covenant-comments';
import { countComments, threadComments } from '../comment-threads';
import { OUTSIDE_REVISION } from '../outside-revision';
import { CommentForm } from './CommentForm';
import { CommentItem } from './CommentItem';
import type { Covenant } from './covenant';

export function CommentsSection({ covenant, signedIn }: { covenant: Covenant; signedIn: boolean }) {
  const [includeResolved, setIncludeResolved] = useState(false);
  const comments = useCovenantComments(covenant.slug, includeResolved);
  const location = useLocation();
  const threads = threadComments(comments.data ?? []);
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
      ) : comments.isError ? (
        <QueryError error={comments.error} onRetry={() => void comments.refetch()} />
      ) : threads.length === 0 ? (
        <p className="muted">{includeResolved ? 'No comments yet.' : 'No open comments.'}</p>
      ) : (
        <>
          <p className="visually-hidden" role="status">
            {countComments(threads)} comment{countComments(threads) === 1 ? '' : 's'}
          </p>
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
