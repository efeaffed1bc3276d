/** The covenant body as TipTap/ProseMirror JSON: the `text` of a version's canonical content. */
import type { XmlFragment } from './yjs';
import type { DocJson } from '@covenant/collab-protocol';
import { readBlocks } from './body-json';

/**
 * Same shape as y-prosemirror's `yXmlFragmentToProsemirrorJSON`, limited to the nodes and marks that are
 * rendered to HTML, so a signed version's text and its HTML say the same thing.
 */
export function bodyToProseMirrorJson(fragment: XmlFragment): DocJson {
  return { type: 'doc', content: readBlocks(fragment) };
}
