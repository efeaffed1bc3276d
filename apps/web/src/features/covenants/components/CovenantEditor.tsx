import { BODY_FRAGMENT } from '@covenant/collab-protocol';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import Heading from '@tiptap/extension-heading';
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useRef, useState } from 'react';
import { AmendmentMark } from '../collab/amendment-mark';
import { decodeAnchor, encodeAnchor } from '../collab/comment-anchors';
import { CommentHighlights, selectionRange, setHighlightedComments } from '../collab/comment-highlights';
import type { CovenantSyncProvider } from '../collab/covenant-sync-provider';
import { findPassage } from '../collab/passage-search';
import { SectionIds } from '../collab/section-ids';
import { colourFor } from '@covenant/domain';
import type { CovenantComment } from './covenant';
import { EditorToolbar } from './EditorToolbar';
import { PassageFinder } from './PassageFinder';
import { TextComments, type PassageDraft } from './TextComments';

/** The text's headings sit under the page's "The covenant text" (an h2), so its level 1 is shown as an h3. */
const NestedHeading = Heading.extend({
  renderHTML({ node, HTMLAttributes }) {
    const level = Math.min(Number(node.attrs.level) + 2, 6);
    return [`h${level}`, HTMLAttributes, 0];
  },
}).configure({ levels: [1, 2, 3] });

export interface CovenantEditorProps {
  provider: CovenantSyncProvider;
  editable: boolean;
  covenantId: string;
  slug: string;
  viewer: { id: string; name: string } | null;
  canComment: boolean;
  /** Open comments with an anchor in the text. */
  comments: CovenantComment[];
  canResolve: (comment: CovenantComment) => boolean;
  amendments?: TextAmendments;
}

/** Where the page lists the amendments: amended words lead there, and passages may be amended from the text. */
export interface TextAmendments {
  canPropose: boolean;
  /** Takes the reader to the amendment's entry. */
  show: (number: number) => void;
}

export function CovenantEditor(props: CovenantEditorProps) {
  const { provider, editable, viewer, amendments } = props;
  const [activeId, setActiveId] = useState<string | null>(null);
  const [draft, setDraft] = useState<PassageDraft | null>(null);
  const [finding, setFinding] = useState<PassageDraft['kind'] | null>(null);
  const activate = useRef<(id: string) => void>(() => undefined);
  activate.current = (id) => setActiveId(id);
  const showAmendment = useRef(amendments?.show);
  showAmendment.current = amendments?.show;
  const editableNow = useRef(editable);
  editableNow.current = editable;

  const editor = useEditor(
    {
      editable,
      extensions: [
        // Only what the contract's document holds: headings 1–3, paragraphs, lists, bold, italic and links.
        StarterKit.configure({
          undoRedo: false,
          heading: false,
          blockquote: false,
          code: false,
          codeBlock: false,
          hardBreak: false,
          horizontalRule: false,
          strike: false,
          underline: false,
          link: { openOnClick: false, autolink: true, defaultProtocol: 'https' },
        }),
        NestedHeading,
        SectionIds,
        AmendmentMark.configure({
          onActivate: amendments ? (number) => showAmendment.current?.(number) : null,
        }),
        Collaboration.configure({ document: provider.doc, field: BODY_FRAGMENT }),
        CollaborationCaret.configure({
          provider,
          // Anonymous readers announce nobody; the server would drop it anyway.
          user: viewer ? { id: viewer.id, name: viewer.name, color: colourFor(viewer.id) } : {},
        }),
        CommentHighlights.configure({ onActivate: (id) => activate.current(id) }),
      ],
      editorProps: {
        attributes: () => ({
          class: 'prose covenant-text covenant-editor__text',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-labelledby': 'text-title',
          'aria-readonly': String(!editableNow.current),
        }),
      },
    },
    [provider],
  );

  // The view exists only once the editor is mounted in the page.
  const [mounted, setMounted] = useState(false);
  useEffect(() => {
    setMounted(editor?.isInitialized ?? false);
    if (!editor || editor.isInitialized) return;
    const onCreate = () => setMounted(true);
    editor.on('create', onCreate);
    return () => {
      editor.off('create', onCreate);
    };
  }, [editor]);

  useEffect(() => {
    if (editor && mounted) editor.setEditable(editable);
  }, [editor, mounted, editable]);

  const { comments } = props;
  useEffect(() => {
    if (!editor || !mounted) return;
    const anchored = comments.flatMap((comment) => {
      const range = comment.anchor ? decodeAnchor(comment.anchor) : null;
      return range ? [{ id: comment.id, range }] : [];
    });
    setHighlightedComments(editor, { comments: anchored });
  }, [editor, mounted, comments]);

  useEffect(() => {
    if (editor && mounted) setHighlightedComments(editor, { activeId });
  }, [editor, mounted, activeId]);

  if (!editor) return null;

  /** A draft for the selected passage; without a selection, the reader is asked for the passage's words. */
  const startDraft = (kind: PassageDraft['kind']) => () => {
    const selected = selectionRange(editor);
    if (!selected) return setFinding(kind);
    setFinding(null);
    setDraft({ kind, quote: selected.quote, anchor: encodeAnchor(selected.range), from: editor.state.selection.from });
  };
  const findWords = (kind: PassageDraft['kind']) => (words: string) => {
    const range = findPassage(editor.state.doc, words);
    if (!range) return false;
    editor.chain().setTextSelection(range).scrollIntoView().run();
    startDraft(kind)();
    return true;
  };
  const canPropose = amendments?.canPropose ?? false;

  return (
    <div className="covenant-editor">
      {mounted ? (
        <EditorToolbar
          editor={editor}
          editable={editable}
          onComment={props.canComment ? startDraft('comment') : undefined}
          onPropose={canPropose ? startDraft('amendment') : undefined}
        />
      ) : null}
      {finding ? (
        <PassageFinder
          key={finding}
          purpose={finding === 'comment' ? 'comment on' : 'propose new wording for'}
          onFind={findWords(finding)}
          onCancel={() => setFinding(null)}
        />
      ) : null}
      <div
        className={
          props.canComment || canPropose || comments.length > 0
            ? 'covenant-editor__layout covenant-editor__layout--with-comments'
            : 'covenant-editor__layout'
        }
      >
        <EditorContent editor={editor} className="covenant-editor__content" />
        {mounted ? (
          <TextComments
            editor={editor}
            covenantId={props.covenantId}
            slug={props.slug}
            comments={comments}
            activeId={activeId}
            onActivate={setActiveId}
            draft={draft}
            onDraftDone={() => setDraft(null)}
            onProposed={amendments?.show}
            canResolve={props.canResolve}
          />
        ) : null}
      </div>
    </div>
  );
}
