import { useState } from 'react';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { formatDateTime } from '../../../lib/dates';
import { useResolveComment } from '../api/resolve-comment';
import type { CommentThread } from '../comment-threads';
import { CommentForm } from './CommentForm';
import { ResolveCommentButton } from './ResolveCommentButton';
import type { CovenantComment } from './covenant';

export interface CommentItemProps {
  thread: CommentThread<CovenantComment>;
  covenantId: string;
  slug: string;
  canComment: boolean;
}

export function CommentItem({ thread, covenantId, slug, canComment }: CommentItemProps) {
  const { comment, replies } = thread;
  const [replying, setReplying] = useState(false);
  const resolve = useResolveComment(slug);
  const author = comment.author.displayName;

  return (
    <li id={`comment-${comment.id}`} className={comment.resolved ? 'comment comment--resolved' : 'comment'}>
      <article aria-label={`Comment by ${author}`}>
        <p className="comment__meta">
          <span className="comment__author">{author}</span>{' '}
          <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt)}</time>
          {comment.resolved ? <span className="tag">Resolved</span> : null}
        </p>
        {comment.quote ? <blockquote className="comment__quote">{comment.quote}</blockquote> : null}
        <p className="comment__body">{comment.body}</p>
        {canComment ? (
          <div className="actions comment__actions">
            {!replying ? (
              <Button variant="quiet" className="button--small" onClick={() => setReplying(true)}>
                Reply<span className="visually-hidden"> to {author}</span>
              </Button>
            ) : null}
            {!comment.resolved ? (
              <ResolveCommentButton resolve={resolve} commentId={comment.id} author={author} />
            ) : null}
          </div>
        ) : null}
        {resolve.error ? <Alert tone="error" title={resolve.error.message} /> : null}
        {replying ? (
          <CommentForm
            covenantId={covenantId}
            slug={slug}
            parent={{ id: comment.id, authorName: author }}
            onDone={() => setReplying(false)}
          />
        ) : null}
      </article>
      {replies.length > 0 ? (
        <ul className="comment-list comment-list--replies" aria-label={`Replies to ${author}`}>
          {replies.map((reply) => (
            <CommentItem
              key={reply.comment.id}
              thread={reply}
              covenantId={covenantId}
              slug={slug}
              canComment={canComment}
            />
          ))}
        </ul>
      ) : null}
    </li>
  );
}
