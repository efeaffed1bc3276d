/**
 * The covenant text as TipTap/ProseMirror JSON, limited to the nodes and
 * marks realtime.md names ("The document"): what is rendered, frozen and signed.
 */
export type LinkMarkJson = { type: 'link'; attrs: { href: string } };
export type MarkJson = LinkMarkJson | { type: 'bold' } | { type: 'italic' };
export type TextJson = { type: 'text'; text: string; marks?: MarkJson[] };
export type HardBreakJson = { type: 'hardBreak' };
export type InlineJson = TextJson | HardBreakJson;
export type HeadingLevel = 1 | 2 | 3;
export type ParagraphJson = { type: 'paragraph'; content?: InlineJson[] };
export type HeadingJson = { type: 'heading'; attrs: { level: HeadingLevel }; content?: InlineJson[] };
export type ListItemJson = { type: 'listItem'; content?: BlockJson[] };
export type BulletListJson = { type: 'bulletList'; content?: ListItemJson[] };
export type OrderedListJson = { type: 'orderedList'; attrs?: { start: number }; content?: ListItemJson[] };
export type BlockJson = ParagraphJson | HeadingJson | BulletListJson | OrderedListJson;
export type DocJson = { type: 'doc'; content: BlockJson[] };

/** The Y.XmlFragment that holds the text. */
export const BODY_FRAGMENT = 'body';
