import { BODY_FRAGMENT, SECTION_ID_ATTRIBUTE } from '@covenant/collab-protocol';
import { getSchema, type JSONContent } from '@tiptap/core';
import { EditorState } from '@tiptap/pm/state';
import StarterKit from '@tiptap/starter-kit';
import { prosemirrorToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { SectionIds, stampSectionIds } from './section-ids';

const schema = getSchema([StarterKit, SectionIds]);

const heading = (level: number, text: string, sectionId?: string | null): JSONContent => ({
  type: 'heading',
  attrs: { level, sectionId },
  content: [{ type: 'text', text }],
});
const paragraph = (text: string): JSONContent => ({ type: 'paragraph', content: [{ type: 'text', text }] });

function stateOf(...content: JSONContent[]) {
  return EditorState.create({ schema, doc: schema.nodeFromJSON({ type: 'doc', content }) });
}

/** The headings after stamping, with ids numbered in the order they were made. */
function stamped(state: EditorState) {
  let count = 0;
  const tr = stampSectionIds(state, () => `new-${++count}`);
  const doc = tr ? tr.doc : state.doc;
  const headings: { level: number; text: string; sectionId: unknown }[] = [];
  doc.descendants((node) => {
    if (node.type.name === 'heading') {
      headings.push({ level: node.attrs.level, text: node.textContent, sectionId: node.attrs.sectionId });
    }
  });
  return { changed: tr !== null, headings, addToHistory: tr?.getMeta('addToHistory') };
}

describe('stampSectionIds', () => {
  it('gives every section heading without an id a fresh one, and leaves other headings alone', () => {
    const result = stamped(
      stateOf(
        heading(1, 'Settle pool and river'),
        heading(2, 'Our shared ambition'),
        paragraph('A pool open on Sundays.'),
        heading(3, 'Shaping public services'),
        heading(2, 'Commitments'),
      ),
    );
    expect(result.headings).toEqual([
      { level: 1, text: 'Settle pool and river', sectionId: null },
      { level: 2, text: 'Our shared ambition', sectionId: 'new-1' },
      { level: 3, text: 'Shaping public services', sectionId: null },
      { level: 2, text: 'Commitments', sectionId: 'new-2' },
    ]);
  });

  it('keeps the ids sections already have, and changes nothing when every section has its own', () => {
    const state = stateOf(heading(2, 'Our shared ambition', 'ambition'), heading(2, 'Commitments', 'k-7_Z'));
    expect(stamped(state)).toEqual({
      changed: false,
      headings: [
        { level: 2, text: 'Our shared ambition', sectionId: 'ambition' },
        { level: 2, text: 'Commitments', sectionId: 'k-7_Z' },
      ],
      addToHistory: undefined,
    });
  });

  it('gives a copy of a section a new id, keeping the first one’s', () => {
    const result = stamped(stateOf(heading(2, 'Commitments', 'abc'), heading(2, 'Commitments (copy)', 'abc')));
    expect(result.headings.map((h) => h.sectionId)).toEqual(['abc', 'new-1']);
  });

  it('counts an id kept by a former section, now a subheading, as taken', () => {
    const result = stamped(stateOf(heading(3, 'Meetings', 'abc'), heading(2, 'Meetings again', 'abc')));
    expect(result.headings.map((h) => h.sectionId)).toEqual(['abc', 'new-1']);
  });

  it('replaces an id that is not one: other characters, or longer than 64', () => {
    const result = stamped(
      stateOf(
        heading(2, 'Spaces', 'has spaces'),
        heading(2, 'Long', 'x'.repeat(65)),
        heading(2, 'Fine', 'y'.repeat(64)),
      ),
    );
    expect(result.headings.map((h) => h.sectionId)).toEqual(['new-1', 'new-2', 'y'.repeat(64)]);
  });

  it('finds sections inside lists too, and is left out of undo', () => {
    const list: JSONContent = {
      type: 'bulletList',
      content: [{ type: 'listItem', content: [paragraph('First'), heading(2, 'Nested section')] }],
    };
    const result = stamped(stateOf(list));
    expect(result.headings).toEqual([{ level: 2, text: 'Nested section', sectionId: 'new-1' }]);
    expect(result.addToHistory).toBe(false);
  });

  it('makes ids of letters, digits and hyphens by default', () => {
    const tr = stampSectionIds(stateOf(heading(2, 'Our shared ambition')));
    const id: unknown = tr?.doc.firstChild?.attrs.sectionId;
    expect(id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
  });
});

describe('SectionIds', () => {
  it('keeps a section’s id as the attribute of its heading in the shared document, both ways', () => {
    const doc = new Y.Doc();
    const body = doc.getXmlFragment(BODY_FRAGMENT);
    const written = schema.nodeFromJSON({ type: 'doc', content: [heading(2, 'Commitments', 'abc')] });
    prosemirrorToYXmlFragment(written, body);
    const element = body.get(0) as Y.XmlElement;
    expect(element.nodeName).toBe('heading');
    expect(element.getAttribute(SECTION_ID_ATTRIBUTE)).toBe('abc');

    element.setAttribute(SECTION_ID_ATTRIBUTE, 'stamped-by-the-server');
    expect(yXmlFragmentToProseMirrorRootNode(body, schema).firstChild?.attrs.sectionId).toBe('stamped-by-the-server');
  });
});
