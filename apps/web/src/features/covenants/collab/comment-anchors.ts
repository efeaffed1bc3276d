/**
 * A comment on a passage stores where the passage is as Yjs relative
 * positions, which stay put while the text around them changes. The contract's
 * `anchor` is base64 of the start position followed by the end position, each
 * in Yjs's own encoding: a client that decodes one position reads the start.
 */
import * as Y from 'yjs';

export interface AnchorRange {
  start: Y.RelativePosition;
  end: Y.RelativePosition;
}

function toBase64(bytes: Uint8Array): string {
  let text = '';
  bytes.forEach((byte) => (text += String.fromCharCode(byte)));
  return btoa(text);
}

function fromBase64(text: string): Uint8Array {
  const raw = atob(text);
  return Uint8Array.from(raw, (char) => char.charCodeAt(0));
}

export function encodeAnchor(range: AnchorRange): string {
  const start = Y.encodeRelativePosition(range.start);
  const end = Y.encodeRelativePosition(range.end);
  const bytes = new Uint8Array(start.length + end.length);
  bytes.set(start);
  bytes.set(end, start.length);
  return toBase64(bytes);
}

/** Null for an anchor this client cannot read; a lone position is an empty range. */
export function decodeAnchor(anchor: string): AnchorRange | null {
  try {
    const bytes = fromBase64(anchor);
    const start = Y.decodeRelativePosition(bytes);
    // Yjs encodes a position the same way every time, so its length says where the end begins.
    const rest = bytes.subarray(Y.encodeRelativePosition(start).length);
    return { start, end: rest.length ? Y.decodeRelativePosition(rest) : start };
  } catch {
    return null;
  }
}
