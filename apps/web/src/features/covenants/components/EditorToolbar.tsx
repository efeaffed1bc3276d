import { isSafeLink } from '@covenant/domain';
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useState } from 'react';
import { Button } from '../../../components/ui/Button';
import { OneFieldForm } from '../../../components/ui/OneFieldForm';

export interface EditorToolbarProps {
  editor: Editor;
  editable: boolean;
  /** Offered when the reader may comment: comment on the selected passage. */
  onComment?: () => void;
  /** Offered when the reader may propose amendments: new wording for the selected passage. */
  onPropose?: () => void;
}

interface ToolButtonProps {
  /** Spoken name, needed only where the visible text is a single letter. */
  label?: string;
  /** Shown on hover. */
  hint: string;
  pressed?: boolean;
  disabled?: boolean;
  onClick: () => void;
  children: React.ReactNode;
}

function ToolButton({ label, hint, pressed, disabled, onClick, children }: ToolButtonProps) {
  return (
    <button
      type="button"
      className="toolbar__button"
      aria-label={label}
      title={hint}
      aria-pressed={pressed}
      disabled={disabled}
      // Keeps the selection in the text while the button is pressed.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

export function EditorToolbar({ editor, editable, onComment, onPropose }: EditorToolbarProps) {
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      h1: e.isActive('heading', { level: 1 }),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      link: e.isActive('link'),
      href: (e.getAttributes('link').href as string | undefined) ?? '',
      selected: !e.state.selection.empty,
    }),
  });
  const [linking, setLinking] = useState(false);
  const chain = () => editor.chain().focus();

  return (
    <div className="editor-toolbar">
      {editable ? (
        <div className="toolbar" role="toolbar" aria-label="Formatting">
          <div className="toolbar__group">
            {([1, 2, 3] as const).map((level) => (
              <ToolButton
                key={level}
                hint={`Heading ${level}`}
                pressed={state[`h${level}`]}
                onClick={() => chain().toggleHeading({ level }).run()}
              >
                H{level}
              </ToolButton>
            ))}
          </div>
          <div className="toolbar__group">
            <ToolButton
              label="Bold"
              hint="Bold (Ctrl+B)"
              pressed={state.bold}
              onClick={() => chain().toggleBold().run()}
            >
              <strong aria-hidden="true">B</strong>
            </ToolButton>
            <ToolButton
              label="Italic"
              hint="Italic (Ctrl+I)"
              pressed={state.italic}
              onClick={() => chain().toggleItalic().run()}
            >
              <em aria-hidden="true">I</em>
            </ToolButton>
          </div>
          <div className="toolbar__group">
            <ToolButton
              hint="Bulleted list"
              pressed={state.bulletList}
              onClick={() => chain().toggleBulletList().run()}
            >
              Bullets
            </ToolButton>
            <ToolButton
              hint="Numbered list"
              pressed={state.orderedList}
              onClick={() => chain().toggleOrderedList().run()}
            >
              Numbers
            </ToolButton>
          </div>
          <div className="toolbar__group">
            <ToolButton
              hint={state.link ? 'Edit or remove the link' : 'Link the selected words'}
              pressed={state.link}
              disabled={!state.selected && !state.link}
              onClick={() => setLinking((open) => !open)}
            >
              Link
            </ToolButton>
          </div>
        </div>
      ) : null}
      {onComment || onPropose ? (
        <div className="editor-toolbar__passage">
          {onComment ? <PassageButton onClick={onComment}>Comment on selection</PassageButton> : null}
          {onPropose ? <PassageButton onClick={onPropose}>Propose new wording</PassageButton> : null}
        </div>
      ) : null}
      {linking && editable ? (
        <LinkForm
          initial={state.href}
          onApply={(href) => {
            chain().extendMarkRange('link').setLink({ href }).run();
            setLinking(false);
          }}
          onRemove={
            state.link
              ? () => {
                  chain().extendMarkRange('link').unsetLink().run();
                  setLinking(false);
                }
              : undefined
          }
          onCancel={() => {
            setLinking(false);
            editor.commands.focus();
          }}
        />
      ) : null}
    </div>
  );
}

/**
 * Acts on the selected passage, which stays selected while the button is
 * pressed; with nothing selected it asks for the passage's words instead.
 */
function PassageButton({ onClick, children }: { onClick: () => void; children: React.ReactNode }) {
  return (
    <Button
      variant="secondary"
      className="button--small"
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {children}
    </Button>
  );
}

interface LinkFormProps {
  initial: string;
  onApply: (href: string) => void;
  onRemove?: () => void;
  onCancel: () => void;
}

function LinkForm({ initial, onApply, onRemove, onCancel }: LinkFormProps) {
  return (
    <OneFieldForm
      label="Link address"
      type="url"
      initial={initial || 'https://'}
      submitLabel="Apply link"
      onSubmit={(href) => {
        const value = href.trim();
        if (!isSafeLink(value, { mailto: true })) {
          return 'Enter a web address starting with https:// or http://, or an e-mail link starting with mailto:.';
        }
        onApply(value);
        return null;
      }}
      onCancel={onCancel}
    >
      {onRemove ? (
        <Button variant="quiet" className="button--small" onClick={onRemove}>
          Remove link
        </Button>
      ) : null}
    </OneFieldForm>
  );
}
