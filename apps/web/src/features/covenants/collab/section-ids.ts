/**
 * Each section of the text (a level 2 heading) carries an id that stays while
 * its wording changes, so residents' responses stay with their section. The
 * server stamps the headings still without one when consultation opens; an
 * editor stamps a heading as soon as it is written, and gives a copy of one
 * (pasted, or split off) an id of its own.
 */
import { SECTION_HEADING_LEVEL, SECTION_ID_ATTRIBUTE } from '@covenant/collab-protocol';
import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';

const SECTION_ID = /^[A-Za-z0-9_-]{1,64}$/;

const sectionIdsKey = new PluginKey('sectionIds');

function isSectionId(value: unknown): value is string {
  return typeof value === 'string' && SECTION_ID.test(value);
}

/** A fresh id. `randomUUID` exists only in secure contexts (HTTPS or localhost); elsewhere random bytes in hex. */
function newSectionId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function isHeading(node: ProseMirrorNode): boolean {
  return node.type.name === 'heading';
}

/**
 * The transaction that gives every section heading without a usable id (none,
 * a malformed one, or one an earlier heading already has) a fresh one; null
 * when every section has its own.
 */
export function stampSectionIds(state: EditorState, newId: () => string = newSectionId): Transaction | null {
  const seen = new Set<string>();
  const stamps: { position: number; id: string }[] = [];
  state.doc.descendants((node, position) => {
    if (!isHeading(node)) return !node.isTextblock;
    const id: unknown = node.attrs[SECTION_ID_ATTRIBUTE];
    if (node.attrs.level !== SECTION_HEADING_LEVEL) {
      // A section turned into a subheading keeps its id, to have it back if it becomes a section again.
      if (isSectionId(id)) seen.add(id);
      return false;
    }
    if (isSectionId(id) && !seen.has(id)) {
      seen.add(id);
      return false;
    }
    const fresh = newId();
    seen.add(fresh);
    stamps.push({ position, id: fresh });
    return false;
  });
  if (!stamps.length) return null;
  const tr = state.tr;
  for (const { position, id } of stamps) tr.setNodeAttribute(position, SECTION_ID_ATTRIBUTE, id);
  // Stamping is not an edit anyone made: undo leaves it alone.
  return tr.setMeta('addToHistory', false);
}

/** The `sectionId` attribute of headings, kept in the shared document as the heading element's attribute. */
export const SectionIds = Extension.create({
  name: 'sectionIds',

  addGlobalAttributes() {
    return [
      {
        types: ['heading'],
        attributes: {
          [SECTION_ID_ATTRIBUTE]: {
            default: null,
            // A heading split in two is two sections: the second half starts without an id.
            keepOnSplit: false,
            parseHTML: (element) => element.getAttribute('data-section-id'),
            renderHTML: (attributes) =>
              isSectionId(attributes[SECTION_ID_ATTRIBUTE])
                ? { 'data-section-id': attributes[SECTION_ID_ATTRIBUTE] }
                : {},
          },
        },
      },
    ];
  },

  addProseMirrorPlugins() {
    const editor = this.editor;
    return [
      new Plugin({
        key: sectionIdsKey,
        // Readers only follow the text; the people drafting it stamp what they write.
        appendTransaction: (transactions, _old, state) =>
          editor.isEditable && transactions.some((tr) => tr.docChanged) ? stampSectionIds(state) : null,
      }),
    ];
  },
});
