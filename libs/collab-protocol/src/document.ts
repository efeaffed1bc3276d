/**
 * The covenant text as TipTap/ProseMirror JSON, limited to the nodes and
 * marks realtime.md names ("The document"): what is rendered, frozen and signed.
 */
export type LinkMarkJson = { type: 'link'; attrs: { href: string } };
/** Wording put into the text by an accepted amendment, with the amendment's number. */
export type AmendmentMarkJson = { type: 'amendment'; attrs: { number: number } };
export type MarkJson = LinkMarkJson | { type: 'bold' } | { type: 'italic' } | AmendmentMarkJson;
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

/** The attribute of a level-2 heading that names its section, kept while the heading's wording changes. */
export const SECTION_ID_ATTRIBUTE = 'sectionId';
/** The level of the headings that are the text's sections. */
export const SECTION_HEADING_LEVEL = 2;
