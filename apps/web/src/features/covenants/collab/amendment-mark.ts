/**
 * Wording an accepted amendment put into the text. The server writes it as the
 * Yjs format attribute `{ amendment: { number } }` on the inserted text, which
 * the editor's binding reads as this mark. Where the page lists the
 * amendments, the amended words also lead to their amendment, by mouse and by
 * keyboard.
 */
import { Mark, mergeAttributes } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { amendmentElementId } from '../amendment-entry';

const AMENDMENT_MARK = 'amendment';

const amendmentLinksKey = new PluginKey<DecorationSet>('amendmentLinks');

function amendmentTitle(number: number): string {
  return `Amended by amendment ${number}`;
}

function amendmentNumber(value: unknown): number | null {
  const number = typeof value === 'string' ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) && number > 0 ? number : null;
}

export interface AmendedRun {
  number: number;
  from: number;
  to: number;
}

/**
 * Each stretch of amended words, once per amendment however other marks split
 * it. Words that are also a link are left out: a link cannot hold another.
 */
export function amendedRuns(doc: ProseMirrorNode): AmendedRun[] {
  const runs: AmendedRun[] = [];
  doc.descendants((node, position) => {
    if (!node.isText) return true;
    const mark = node.marks.find((each) => each.type.name === AMENDMENT_MARK);
    const number = amendmentNumber(mark?.attrs.number);
    if (number === null || node.marks.some((each) => each.type.name === 'link')) return false;
    const last = runs[runs.length - 1];
    if (last && last.number === number && last.to === position) last.to = position + node.nodeSize;
    else runs.push({ number, from: position, to: position + node.nodeSize });
    return false;
  });
  return runs;
}

function linkDecorations(doc: ProseMirrorNode): DecorationSet {
  return DecorationSet.create(
    doc,
    amendedRuns(doc).map(({ number, from, to }) =>
      Decoration.inline(from, to, {
        nodeName: 'a',
        href: `#${amendmentElementId(number)}`,
        class: 'amended__link',
      }),
    ),
  );
}

export interface AmendmentMarkOptions {
  /** Where the page lists the amendments: called with the number of the amendment whose words were activated. */
  onActivate: ((number: number) => void) | null;
}

export const AmendmentMark = Mark.create<AmendmentMarkOptions>({
  name: AMENDMENT_MARK,
  inclusive: false,
  // Outside bold, italic and links, so that one amended passage is one element.
  priority: 1100,

  addOptions() {
    return { onActivate: null };
  },

  addAttributes() {
    return {
      number: {
        default: null,
        parseHTML: (element) => amendmentNumber(element.getAttribute('data-amendment')),
        renderHTML: (attributes) => {
          const number = amendmentNumber(attributes.number);
          return number === null ? {} : { 'data-amendment': String(number), title: amendmentTitle(number) };
        },
      },
    };
  },

  parseHTML() {
    return [{ tag: 'ins[data-amendment]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['ins', mergeAttributes(HTMLAttributes, { class: 'amended' }), 0];
  },

  addProseMirrorPlugins() {
    const { onActivate } = this.options;
    if (!onActivate) return [];
    return [
      new Plugin<DecorationSet>({
        key: amendmentLinksKey,
        state: {
          init: (_, state) => linkDecorations(state.doc),
          apply: (tr, links) => (tr.docChanged ? linkDecorations(tr.doc) : links),
        },
        props: {
          decorations: (state) => amendmentLinksKey.getState(state),
          handleDOMEvents: {
            click: (view, event) => {
              const target = event.target instanceof Element ? event.target.closest('ins[data-amendment]') : null;
              const number = amendmentNumber(target?.getAttribute('data-amendment'));
              if (!target || number === null || !view.dom.contains(target)) return false;
              // Selecting some of the amended words, to amend them again, is not a click on them.
              const selection = view.dom.ownerDocument.getSelection();
              if (selection && !selection.isCollapsed && selection.containsNode(target, true)) return false;
              event.preventDefault();
              onActivate(number);
              return true;
            },
          },
        },
      }),
    ];
  },
});
