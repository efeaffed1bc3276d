/**
 * Marks the passages that open comments are attached to, wherever the shared
 * text has moved them, and tells the page where each passage now is.
 */
import { Extension, type Editor } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import {
  absolutePositionToRelativePosition,
  relativePositionToAbsolutePosition,
  ySyncPluginKey,
} from '@tiptap/y-tiptap';
import type { AnchorRange } from './comment-anchors';

export interface AnchoredComment {
  id: string;
  range: AnchorRange;
}

export interface PlacedComment {
  id: string;
  from: number;
  to: number;
}

interface HighlightState {
  comments: AnchoredComment[];
  activeId: string | null;
  placed: PlacedComment[];
  decorations: DecorationSet;
}

type HighlightMeta = { comments?: AnchoredComment[]; activeId?: string | null };

export const commentHighlightsKey = new PluginKey<HighlightState>('commentHighlights');

interface SyncPluginState {
  doc: import('yjs').Doc;
  type: import('yjs').XmlFragment;
  binding: { mapping: Parameters<typeof relativePositionToAbsolutePosition>[3] } | null;
}

function syncState(state: EditorState): SyncPluginState | null {
  const sync = ySyncPluginKey.getState(state) as SyncPluginState | undefined;
  return sync?.binding ? sync : null;
}

function place(state: EditorState, comments: AnchoredComment[]): PlacedComment[] {
  const sync = syncState(state);
  if (!sync) return [];
  const absolute = (position: AnchorRange['start']) =>
    relativePositionToAbsolutePosition(sync.doc, sync.type, position, sync.binding!.mapping) as number | null;
  const placed: PlacedComment[] = [];
  for (const comment of comments) {
    const from = absolute(comment.range.start);
    const to = absolute(comment.range.end);
    // A passage deleted altogether has nothing left to mark.
    if (from === null || to === null || to <= from) continue;
    placed.push({ id: comment.id, from, to: Math.min(to, state.doc.content.size) });
  }
  return placed.sort((a, b) => a.from - b.from || a.id.localeCompare(b.id));
}

function decorate(state: EditorState, placed: PlacedComment[], activeId: string | null): DecorationSet {
  return DecorationSet.create(
    state.doc,
    placed.map(({ id, from, to }) =>
      Decoration.inline(from, to, {
        class: id === activeId ? 'comment-anchor comment-anchor--active' : 'comment-anchor',
        'data-comment-id': id,
      }),
    ),
  );
}

/** The selected passage as a comment anchor; null when nothing is selected or the editor is not bound yet. */
export function selectionRange(editor: Editor): { range: AnchorRange; quote: string } | null {
  const { state } = editor;
  const { from, to, empty } = state.selection;
  const sync = syncState(state);
  if (empty || !sync) return null;
  const quote = state.doc.textBetween(from, to, ' ').trim();
  if (!quote) return null;
  const relative = (position: number) =>
    absolutePositionToRelativePosition(position, sync.type, sync.binding!.mapping) as AnchorRange['start'];
  return { range: { start: relative(from), end: relative(to) }, quote };
}

export function setHighlightedComments(editor: Editor, meta: HighlightMeta) {
  if (editor.isDestroyed) return;
  editor.view.dispatch(editor.state.tr.setMeta(commentHighlightsKey, meta));
}

export function placedComments(editor: Editor): PlacedComment[] {
  return commentHighlightsKey.getState(editor.state)?.placed ?? [];
}

export interface CommentHighlightsOptions {
  /** Called with the comment whose passage the reader clicked. */
  onActivate: (commentId: string) => void;
}

export const CommentHighlights = Extension.create<CommentHighlightsOptions>({
  name: 'commentHighlights',
  addOptions() {
    return { onActivate: () => undefined };
  },
  addProseMirrorPlugins() {
    const { onActivate } = this.options;
    return [
      new Plugin<HighlightState>({
        key: commentHighlightsKey,
        state: {
          init: (_, state) => ({
            comments: [],
            activeId: null,
            placed: [],
            decorations: DecorationSet.create(state.doc, []),
          }),
          apply: (tr, value, _old, state) => {
            const meta = tr.getMeta(commentHighlightsKey) as HighlightMeta | undefined;
            if (!meta && !tr.docChanged) return value;
            const comments = meta?.comments ?? value.comments;
            const activeId = meta?.activeId !== undefined ? meta.activeId : value.activeId;
            const placed = place(state, comments);
            return { comments, activeId, placed, decorations: decorate(state, placed, activeId) };
          },
        },
        props: {
          decorations: (state) => commentHighlightsKey.getState(state)?.decorations,
          handleClick: (view, position) => {
            const placed = commentHighlightsKey.getState(view.state)?.placed ?? [];
            const hit = placed.find((comment) => comment.from <= position && position <= comment.to);
            if (hit) onActivate(hit.id);
            return false;
          },
        },
      }),
    ];
  },
});
