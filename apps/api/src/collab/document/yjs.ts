/**
 * yjs publishes its typings as an ES module, which the API's CommonJS build may not import directly.
 * Node's `require` loads yjs's CommonJS build; it is typed from the same declarations.
 */
import type * as Yjs from 'yjs' with { 'resolution-mode': 'import' };

export type { Doc, RelativePosition, XmlElement, XmlFragment, XmlHook, XmlText } from 'yjs' with {
  'resolution-mode': 'import',
};

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const Y: typeof Yjs = require('yjs');

/**
 * A covenant's document made from its stored pieces (snapshot first), named by the covenant. Left to
 * itself Yjs names each new document with a random UUID drawn one hex digit at a time from the system's
 * random source, which cost more than the rest of building the document a page reads.
 */
export function covenantDoc(covenantId: string, pieces: readonly Uint8Array[]): Yjs.Doc {
  const doc = new Y.Doc({ guid: covenantId });
  doc.transact(() => pieces.forEach((piece) => Y.applyUpdate(doc, piece)));
  return doc;
}
