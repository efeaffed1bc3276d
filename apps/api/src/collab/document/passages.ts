/**
 * A passage of the text as anchored by a client (contract: Comment.anchor,
 * start then end Yjs relative position), and its replacement by an accepted
 * amendment. A passage lies within one paragraph or heading: its two
 * positions resolve to the same run of text.
 */
import { Y, type Doc, type RelativePosition, type XmlElement, type XmlFragment, type XmlText } from './yjs';

type DeltaOp = { insert?: unknown; attributes?: Record<string, unknown> };

/** Stands for an embedded object, which counts as one position in Yjs text. */
const EMBED = '\uFFFC';

export interface Passage {
  text: XmlText;
  index: number;
  length: number;
}

/** The text a reader sees in a block, hard breaks as spaces (as the editor quotes them). */
export function plainText(node: XmlElement | XmlText): string {
  if (node instanceof Y.XmlText) return textOf(node);
  return node
    .toArray()
    .map((child) => (child instanceof Y.XmlText ? textOf(child) : ' '))
    .join('');
}

function textOf(text: XmlText): string {
  return (text.toDelta() as DeltaOp[]).map((op) => (typeof op.insert === 'string' ? op.insert : EMBED)).join('');
}

/** Spaces and line ends compared as one space, so a quote survives how a client copied it. */
export const sameWords = (a: string, b: string): boolean => squash(a) === squash(b);
const squash = (value: string) => value.replace(/\s+/g, ' ').trim();

/** Start and end positions of a base64 anchor, or null if it does not decode. */
export function decodeAnchor(anchor: string): { start: RelativePosition; end: RelativePosition } | null {
  try {
    const bytes = new Uint8Array(Buffer.from(anchor, 'base64'));
    if (!bytes.length) return null;
    const start = Y.decodeRelativePosition(bytes);
    const rest = bytes.subarray(Y.encodeRelativePosition(start).length);
    return { start, end: rest.length ? Y.decodeRelativePosition(rest) : start };
  } catch {
    return null;
  }
}

/** The anchor a client would send for the passage. */
export function encodeAnchor({ text, index, length }: Passage): string {
  return Buffer.concat([
    Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(text, index)),
    Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(text, index + length)),
  ]).toString('base64');
}

/** The first place the words appear within one run of the text. */
export function findWords(body: XmlFragment, words: string): Passage | null {
  for (const node of body.createTreeWalker((candidate) => candidate instanceof Y.XmlText)) {
    const index = textOf(node as XmlText).indexOf(words);
    if (index >= 0) return { text: node as XmlText, index, length: words.length };
  }
  return null;
}

/** Where the anchor lies in this document now; null when it no longer resolves to one run of text. */
export function locate(doc: Doc, anchor: string): Passage | null {
  const decoded = decodeAnchor(anchor);
  if (!decoded) return null;
  const start = Y.createAbsolutePositionFromRelativePosition(decoded.start, doc);
  const end = Y.createAbsolutePositionFromRelativePosition(decoded.end, doc);
  if (!start || !end || start.type !== end.type || !(start.type instanceof Y.XmlText)) return null;
  if (end.index < start.index) return null;
  // Quotes are trimmed when taken, so the spaces at either end of a selection stay in the text.
  const selected = textOf(start.type).slice(start.index, end.index);
  const leading = selected.length - selected.trimStart().length;
  return { text: start.type, index: start.index + leading, length: selected.trim().length };
}

export function passageText({ text, index, length }: Passage): string {
  return textOf(text).slice(index, index + length);
}

/**
 * Replaces the passage with new wording, in the formatting the passage began
 * with, plus the given marks (e.g. the amendment's own).
 */
export function replacePassage(doc: Doc, passage: Passage, wording: string, marks: Record<string, unknown>): void {
  const { text, index, length } = passage;
  const formatting = formattingAt(text, index);
  doc.transact(() => {
    text.delete(index, length);
    text.insert(index, wording, { ...formatting, ...marks });
  });
}

function formattingAt(text: XmlText, index: number): Record<string, unknown> {
  let offset = 0;
  for (const op of text.toDelta() as DeltaOp[]) {
    const size = typeof op.insert === 'string' ? op.insert.length : 1;
    if (index < offset + size) return op.attributes ?? {};
    offset += size;
  }
  return {};
}
