import { bodyOf, el, paragraph, text } from '../../../test/support/yjs-body';
import { locate, passageText, replacePassage, sameWords } from './passages';
import { nameSections, readSections, sectionAt } from './sections';
import { Y, type XmlElement, type XmlText } from './yjs';

function anchor(run: XmlText, from: number, to: number): string {
  return Buffer.concat([
    Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(run, from)),
    Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(run, to)),
  ]).toString('base64');
}

describe('passages', () => {
  const words = 'The pool opens on Sundays from June.';

  it('locate a passage by its anchor, without the spaces at either end of the selection', () => {
    const body = bodyOf(paragraph([words]));
    const run = (body.get(0) as XmlElement).get(0) as XmlText;
    const passage = locate(body.doc!, anchor(run, 8, 26))!;
    expect(passageText(passage)).toBe('opens on Sundays');
    expect(sameWords(passageText(passage), '  opens   on\nSundays ')).toBe(true);
  });

  it('do not resolve from an anchor that does not decode, or whose ends lie in different paragraphs', () => {
    const body = bodyOf(paragraph([words]), paragraph(['Another paragraph.']));
    const first = (body.get(0) as XmlElement).get(0) as XmlText;
    const second = (body.get(1) as XmlElement).get(0) as XmlText;
    expect(locate(body.doc!, 'not an anchor')).toBeNull();
    expect(locate(body.doc!, '')).toBeNull();
    const across = Buffer.concat([
      Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(first, 4)),
      Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(second, 3)),
    ]).toString('base64');
    expect(locate(body.doc!, across)).toBeNull();
  });

  it('are replaced in the formatting they began with, plus the given marks, and follow edits around them', () => {
    const body = bodyOf(paragraph(['The pool ', {}], ['opens on Sundays', { bold: {} }], [' from June.', {}]));
    const run = (body.get(0) as XmlElement).get(0) as XmlText;
    const anchored = anchor(run, 9, 25);
    run.insert(0, 'Settle: ');
    const passage = locate(body.doc!, anchored)!;
    expect(passageText(passage)).toBe('opens on Sundays');
    replacePassage(body.doc!, passage, 'opens every day', { amendment: { number: 3 } });
    expect(run.toDelta()).toEqual([
      { insert: 'Settle: The pool ' },
      { insert: 'opens every day', attributes: { bold: {}, amendment: { number: 3 } } },
      { insert: ' from June.' },
    ]);
    // The anchor now spans the new wording, so an amendment on the old one no longer reads as it quoted.
    expect(passageText(locate(body.doc!, anchored)!)).toBe('opens every day');
  });
});

describe('sections', () => {
  const heading = (words: string, sectionId?: string) =>
    el('heading', sectionId ? { level: 2, sectionId } : { level: 2 }, text([words]));

  it('are the level-2 headings with an id of their own; a copied id names only the first', () => {
    const body = bodyOf(
      el('heading', { level: 1 }, text(['Covenant'])),
      heading('Ambition', 's-1'),
      paragraph(['Words.']),
      heading('Copy of ambition', 's-1'),
      heading('Unnamed'),
      el('heading', { level: 3, sectionId: 's-9' }, text(['Sub-heading'])),
    );
    expect(readSections(body)).toEqual([{ id: 's-1', title: 'Ambition' }]);
    expect(nameSections(body)).toBe(2);
    const named = readSections(body);
    expect(named.map((section) => section.title)).toEqual(['Ambition', 'Copy of ambition', 'Unnamed']);
    expect(new Set(named.map((section) => section.id)).size).toBe(3);
    expect(nameSections(body)).toBe(0);
  });

  it('place a passage in the section whose heading comes before it', () => {
    const body = bodyOf(paragraph(['Preamble.']), heading('Ambition', 's-1'), paragraph(['Words.']));
    const preamble = (body.get(0) as XmlElement).get(0) as XmlText;
    const words = (body.get(2) as XmlElement).get(0) as XmlText;
    expect(sectionAt(body, preamble)).toBeNull();
    expect(sectionAt(body, words)).toEqual({ id: 's-1', title: 'Ambition' });
  });
});
