import type { Editor } from '@tiptap/core';
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { Alert } from '../../../components/ui/Alert';
import { formatDateTime } from '../../../lib/dates';
import { useResolveComment } from '../api/resolve-comment';
import { placedComments, type PlacedComment } from '../collab/comment-highlights';
import { AmendmentForm } from './AmendmentForm';
import { CommentForm } from './CommentForm';
import { ResolveCommentButton } from './ResolveCommentButton';
import type { CovenantComment } from './covenant';

/** A passage the reader selected and is commenting on, or proposing new wording for. */
export interface PassageDraft {
  kind: 'comment' | 'amendment';
  quote: string;
  anchor: string;
  from: number;
}

export interface TextCommentsProps {
  editor: Editor;
  covenantId: string;
  slug: string;
  comments: CovenantComment[];
  activeId: string | null;
  onActivate: (commentId: string | null) => void;
  draft: PassageDraft | null;
  onDraftDone: () => void;
  /** Called with the number of the amendment just proposed from the draft. */
  onProposed?: (number: number) => void;
  canResolve: (comment: CovenantComment) => boolean;
}

const GAP_PX = 8;
/** Below this width the comments follow the text instead of standing beside it (as in the stylesheet). */
const SIDE_BY_SIDE = '(min-width: 75rem)';

/**
 * Open comments on passages, each level with its passage where there is room, in the order of the text, and the
 * comment or amendment the reader is writing on the passage they selected.
 */
export function TextComments(props: TextCommentsProps) {
  const { editor, comments, activeId, onActivate, draft, canResolve } = props;
  const column = useRef<HTMLDivElement>(null);
  const [placed, setPlaced] = useState<PlacedComment[]>(() => placedComments(editor));
  const [layoutTick, setLayoutTick] = useState(0);
  const id = useId();

  useEffect(() => {
    const update = () => setPlaced(placedComments(editor));
    update();
    editor.on('transaction', update);
    const relayout = () => setLayoutTick((tick) => tick + 1);
    window.addEventListener('resize', relayout);
    return () => {
      editor.off('transaction', update);
      window.removeEventListener('resize', relayout);
    };
  }, [editor]);

  const byId = new Map(comments.map((comment) => [comment.id, comment]));
  const shown = placed.filter((p) => byId.has(p.id));
  const lost = comments.filter((comment) => !placed.some((p) => p.id === comment.id));

  useLayoutEffect(() => {
    const host = column.current;
    if (!host || editor.isDestroyed) return;
    const cards = [...host.querySelectorAll<HTMLElement>('[data-from]')];
    if (!window.matchMedia(SIDE_BY_SIDE).matches) {
      cards.forEach((card) => (card.style.top = ''));
      host.style.minHeight = '';
      return;
    }
    const origin = host.getBoundingClientRect().top;
    let bottom = 0;
    for (const card of cards) {
      const from = Math.min(Number(card.dataset.from), editor.state.doc.content.size);
      const wanted = editor.view.coordsAtPos(from).top - origin;
      const top = Math.max(wanted, bottom + (bottom ? GAP_PX : 0));
      card.style.top = `${top}px`;
      bottom = top + card.offsetHeight;
    }
    host.style.minHeight = `${bottom}px`;
  });

  if (!draft && shown.length === 0 && lost.length === 0) return null;
  return (
    <div className="text-comments" data-layout={layoutTick}>
      <h3 className="visually-hidden">Comments on the text</h3>
      <div className="text-comments__placed" ref={column}>
        {draft ? (
          <section className="text-comment text-comment--draft" data-from={draft.from} aria-labelledby={`${id}-draft`}>
            <h4 id={`${id}-draft`} className="text-comment__title">
              {draft.kind === 'amendment' ? 'New wording for this passage' : 'Comment on this passage'}
            </h4>
            <blockquote className="comment__quote">{draft.quote}</blockquote>
            {draft.kind === 'amendment' ? (
              <AmendmentForm
                key={draft.anchor}
                covenantId={props.covenantId}
                slug={props.slug}
                passage={{ quote: draft.quote, anchor: draft.anchor }}
                onDone={props.onDraftDone}
                onProposed={props.onProposed}
              />
            ) : (
              <CommentForm
                covenantId={props.covenantId}
                slug={props.slug}
                passage={{ quote: draft.quote, anchor: draft.anchor }}
                onDone={props.onDraftDone}
              />
            )}
          </section>
        ) : null}
        {shown.map((p) => (
          <TextComment
            key={p.id}
            comment={byId.get(p.id)!}
            from={p.from}
            active={p.id === activeId}
            onActivate={onActivate}
            slug={props.slug}
            canResolve={canResolve(byId.get(p.id)!)}
          />
        ))}
      </div>
      {lost.length ? (
        <div className="text-comments__lost">
          <p className="muted">The passages these comments were on have since been removed from the text:</p>
          {lost.map((comment) => (
            <TextComment
              key={comment.id}
              comment={comment}
              active={false}
              onActivate={onActivate}
              slug={props.slug}
              canResolve={canResolve(comment)}
            />
          ))}
        </div>
      ) : null}
    </div>
  );
}

interface TextCommentProps {
  comment: CovenantComment;
  from?: number;
  active: boolean;
  onActivate: (commentId: string | null) => void;
  slug: string;
  canResolve: boolean;
}

function TextComment({ comment, from, active, onActivate, slug, canResolve }: TextCommentProps) {
  const resolve = useResolveComment(slug);
  const card = useRef<HTMLElement>(null);
  const author = comment.author.displayName;
  useEffect(() => {
    if (active) card.current?.focus({ preventScroll: true });
  }, [active]);

  return (
    <article
      ref={card}
      tabIndex={-1}
      className={active ? 'text-comment text-comment--active' : 'text-comment'}
      data-from={from}
      aria-label={`Comment by ${author} on “${comment.quote ?? ''}”`}
      onMouseEnter={() => from !== undefined && onActivate(comment.id)}
      onMouseLeave={() => onActivate(null)}
    >
      <p className="comment__meta">
        <span className="comment__author">{author}</span>{' '}
        <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt)}</time>
      </p>
      {comment.quote ? <blockquote className="comment__quote comment__quote--short">{comment.quote}</blockquote> : null}
      <p className="comment__body">{comment.body}</p>
      <div className="actions comment__actions">
        <a className="button button--quiet button--small" href={`#comment-${comment.id}`}>
          Reply<span className="visually-hidden"> to {author}</span>
        </a>
        {canResolve ? <ResolveCommentButton resolve={resolve} commentId={comment.id} author={author} /> : null}
      </div>
      {resolve.error ? <Alert tone="error" title={resolve.error.message} /> : null}
    </article>
  );
}
