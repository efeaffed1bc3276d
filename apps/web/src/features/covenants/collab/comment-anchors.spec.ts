import * as Y from 'yjs';
import { decodeAnchor, encodeAnchor } from './comment-anchors';

function textDoc(content: string) {
  const doc = new Y.Doc();
  const text = doc.getText('t');
  text.insert(0, content);
  return { doc, text };
}

function quoted(doc: Y.Doc, anchor: string): string | null {
  const range = decodeAnchor(anchor);
  if (!range) return null;
  const start = Y.createAbsolutePositionFromRelativePosition(range.start, doc);
  const end = Y.createAbsolutePositionFromRelativePosition(range.end, doc);
  return start && end ? doc.getText('t').toString().slice(start.index, end.index) : null;
}

describe('comment anchors', () => {
  it('keep to the same words while text is added before and after them, on another copy too', () => {
    const { doc, text } = textDoc('Reopen the pool on Sundays by June.');
    const anchor = encodeAnchor({
      start: Y.createRelativePositionFromTypeIndex(text, 11),
      end: Y.createRelativePositionFromTypeIndex(text, 15),
    });
    text.insert(0, 'We will ');
    text.insert(text.length, ' Families first.');
    expect(quoted(doc, anchor)).toBe('pool');

    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    copy.getText('t').insert(0, 'Agreed: ');
    expect(quoted(copy, anchor)).toBe('pool');
  });

  it('are read by a client that decodes a single relative position as the passage’s start', () => {
    const { doc, text } = textDoc('Riverside path');
    const anchor = encodeAnchor({
      start: Y.createRelativePositionFromTypeIndex(text, 10),
      end: Y.createRelativePositionFromTypeIndex(text, 14),
    });
    const bytes = Uint8Array.from(atob(anchor), (c) => c.charCodeAt(0));
    const start = Y.createAbsolutePositionFromRelativePosition(Y.decodeRelativePosition(bytes), doc);
    expect(start?.index).toBe(10);
  });

  it('give nothing for an anchor that is not one', () => {
    expect(decodeAnchor('not base64 at all!')).toBeNull();
    expect(decodeAnchor('')).toBeNull();
  });
});
