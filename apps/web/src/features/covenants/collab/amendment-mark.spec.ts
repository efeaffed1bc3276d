import { BODY_FRAGMENT } from '@covenant/collab-protocol';
import { getSchema, type JSONContent } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { AmendmentMark, amendedRuns } from './amendment-mark';

const schema = getSchema([StarterKit, AmendmentMark]);

type MarkJSON = { type: string; attrs?: Record<string, unknown> };

const amended = (number: number, text: string, ...marks: MarkJSON[]): JSONContent => ({
  type: 'text',
  text,
  marks: [{ type: 'amendment', attrs: { number } }, ...marks],
});

const docOf = (...content: JSONContent[]) =>
  schema.nodeFromJSON({ type: 'doc', content: [{ type: 'paragraph', content }] });

describe('AmendmentMark', () => {
  it('reads the wording the server put into the shared text, with its amendment’s number', () => {
    const doc = new Y.Doc();
    const body = doc.getXmlFragment(BODY_FRAGMENT);
    const paragraph = new Y.XmlElement('paragraph');
    const text = new Y.XmlText();
    paragraph.insert(0, [text]);
    body.insert(0, [paragraph]);
    text.insert(0, 'Open the pool ');
    text.insert(14, 'every Sunday', { amendment: { number: 3 } });

    const node = yXmlFragmentToProseMirrorRootNode(body, schema);
    expect(node.toJSON()).toEqual({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'Open the pool ' }, amended(3, 'every Sunday')],
        },
      ],
    });
  });

  it('is not extended by typing at its end', () => {
    expect(schema.marks.amendment.spec.inclusive).toBe(false);
  });

  it('is written as an insertion that says which amendment put it there', () => {
    const spec = schema.marks.amendment.spec.toDOM!(schema.marks.amendment.create({ number: 4 }), true);
    expect(spec).toEqual(['ins', { class: 'amended', 'data-amendment': '4', title: 'Amended by amendment 4' }, 0]);
  });
});

describe('amendedRuns', () => {
  it('finds each amended passage once, however bold and italic split it', () => {
    const doc = docOf(
      { type: 'text', text: 'Open ' },
      amended(2, 'on Sundays '),
      amended(2, 'from May', { type: 'bold' }),
      { type: 'text', text: ', and ' },
      amended(3, 'light the path'),
    );
    const runs = amendedRuns(doc).map(({ number, from, to }) => ({ number, text: doc.textBetween(from, to) }));
    expect(runs).toEqual([
      { number: 2, text: 'on Sundays from May' },
      { number: 3, text: 'light the path' },
    ]);
  });

  it('tells apart two amendments side by side, and leaves out amended words that are a link', () => {
    const doc = docOf(
      amended(1, 'first'),
      amended(2, 'second'),
      amended(5, 'linked', { type: 'link', attrs: { href: 'https://settle.example' } }),
    );
    expect(amendedRuns(doc).map((run) => run.number)).toEqual([1, 2]);
  });
});
