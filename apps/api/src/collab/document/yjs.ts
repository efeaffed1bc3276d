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
