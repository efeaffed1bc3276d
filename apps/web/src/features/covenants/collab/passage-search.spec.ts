import { Schema } from '@tiptap/pm/model';
import { findPassage } from './passage-search';

const schema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    paragraph: { group: 'block', content: 'inline*' },
    heading: { group: 'block', content: 'inline*' },
    bulletList: { group: 'block', content: 'listItem+' },
    listItem: { content: 'paragraph+' },
    hardBreak: { group: 'inline', inline: true },
    text: { group: 'inline' },
  },
  marks: { bold: {} },
});

const doc = schema.node('doc', null, [
  schema.node('heading', null, [schema.text('How we will work together')]),
  schema.node('paragraph', null, [
    schema.text('Explain how the parties '),
    schema.text('will meet', [schema.marks.bold.create()]),
    schema.text(' and how often.'),
    schema.node('hardBreak'),
    schema.text('Then  decide.'),
  ]),
  schema.node('bulletList', null, [
    schema.node('listItem', null, [schema.node('paragraph', null, [schema.text('Sunday swims')])]),
  ]),
]);

const textAt = (range: { from: number; to: number } | null) =>
  range ? doc.textBetween(range.from, range.to, ' ', ' ') : null;

describe('findPassage', () => {
  it('finds words across marks, whatever their case and spacing, as they read in the text', () => {
    expect(textAt(findPassage(doc, 'the parties   WILL meet and'))).toBe('the parties will meet and');
  });

  it('reads a hard break and a run of spaces as one space', () => {
    expect(textAt(findPassage(doc, 'how often. Then decide'))).toBe('how often. Then  decide');
  });

  it('finds words in headings and inside lists', () => {
    expect(textAt(findPassage(doc, 'work together'))).toBe('work together');
    expect(textAt(findPassage(doc, 'sunday swims'))).toBe('Sunday swims');
  });

  it('does not find words that run from one paragraph into the next, or nothing at all', () => {
    expect(findPassage(doc, 'together Explain')).toBeNull();
    expect(findPassage(doc, '   ')).toBeNull();
    expect(findPassage(doc, 'the council will pay')).toBeNull();
  });
});
