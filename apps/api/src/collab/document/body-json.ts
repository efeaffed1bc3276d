/**
 * Reads a covenant's Yjs `body` into the TipTap/ProseMirror JSON of the subset the platform renders.
 * Both the HTML and the canonical content are derived from this one reading, so they always agree.
 */
import type {
  BlockJson,
  BulletListJson,
  HeadingJson,
  HeadingLevel,
  InlineJson,
  ListItemJson,
  MarkJson,
  OrderedListJson,
  ParagraphJson,
  TextJson,
} from '@covenant/collab-protocol';
import { isSafeLink } from '@covenant/domain';
import { Y, type XmlElement, type XmlFragment, type XmlHook, type XmlText } from './yjs';

type XmlChild = XmlElement | XmlText | XmlHook;
type DeltaOp = { insert?: unknown; attributes?: Record<string, unknown> };

const DEFAULT_HEADING_LEVEL: HeadingLevel = 2;

/** Block nodes of a fragment or list item; text and unknown elements at block level are dropped. */
export function readBlocks(parent: XmlFragment | XmlElement): BlockJson[] {
  return parent.toArray().flatMap((child: XmlChild) => {
    const block = readBlock(child);
    return block ? [block] : [];
  });
}

function readBlock(node: XmlChild): BlockJson | null {
  if (!(node instanceof Y.XmlElement)) return null;
  switch (node.nodeName) {
    case 'paragraph':
      return withContent<ParagraphJson>({ type: 'paragraph' }, readInline(node));
    case 'heading':
      return withContent<HeadingJson>(
        { type: 'heading', attrs: { level: headingLevel(node.getAttribute('level')) } },
        readInline(node),
      );
    case 'bulletList':
      return withContent<BulletListJson>({ type: 'bulletList' }, readListItems(node));
    case 'orderedList':
      return withContent<OrderedListJson>(orderedList(node.getAttribute('start')), readListItems(node));
    default:
      return null;
  }
}

function withContent<T extends { content?: unknown[] }>(node: T, content: NonNullable<T['content']>): T {
  return content.length > 0 ? { ...node, content } : node;
}

function readListItems(list: XmlElement): ListItemJson[] {
  return list.toArray().flatMap((child: XmlChild) => {
    if (!(child instanceof Y.XmlElement) || child.nodeName !== 'listItem') return [];
    return [withContent<ListItemJson>({ type: 'listItem' }, readBlocks(child))];
  });
}

function orderedList(start: unknown): OrderedListJson {
  // TipTap stores `start: 1` on every ordered list; it is kept so the JSON matches what the editor wrote.
  return typeof start === 'number' && Number.isSafeInteger(start) && start >= 1
    ? { type: 'orderedList', attrs: { start } }
    : { type: 'orderedList' };
}

export function headingLevel(value: unknown): HeadingLevel {
  const level = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof level !== 'number' || !Number.isInteger(level)) return DEFAULT_HEADING_LEVEL;
  return Math.min(3, Math.max(1, level)) as HeadingLevel;
}

/** Inline content of a textblock: text runs and hard breaks, with equal neighbouring runs merged. */
function readInline(block: XmlElement): InlineJson[] {
  const runs = block.toArray().flatMap((child: XmlChild): InlineJson[] => {
    if (child instanceof Y.XmlText) return readText(child);
    if (child instanceof Y.XmlElement && child.nodeName === 'hardBreak') return [{ type: 'hardBreak' }];
    return [];
  });
  return mergeRuns(runs);
}

function readText(text: XmlText): TextJson[] {
  const delta = text.toDelta() as DeltaOp[];
  return delta.flatMap((op): TextJson[] => {
    // Embedded objects are not part of the editor's schema.
    if (typeof op.insert !== 'string' || op.insert === '') return [];
    const marks = readMarks(op.attributes ?? {});
    return [marks.length > 0 ? { type: 'text', text: op.insert, marks } : { type: 'text', text: op.insert }];
  });
}

/** Marks in a fixed order (link, bold, italic, amendment), the order TipTap's schema ranks them in. */
function readMarks(attributes: Record<string, unknown>): MarkJson[] {
  const marks: MarkJson[] = [];
  const href = linkHref(attributes.link);
  if (href !== null) marks.push({ type: 'link', attrs: { href } });
  if (isPresent(attributes.bold)) marks.push({ type: 'bold' });
  if (isPresent(attributes.italic)) marks.push({ type: 'italic' });
  const amendment = amendmentNumber(attributes.amendment);
  if (amendment !== null) marks.push({ type: 'amendment', attrs: { number: amendment } });
  return marks;
}

function amendmentNumber(value: unknown): number | null {
  if (typeof value !== 'object' || value === null) return null;
  const number = (value as { number?: unknown }).number;
  return typeof number === 'number' && Number.isSafeInteger(number) && number >= 1 ? number : null;
}

function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null && value !== false;
}

function linkHref(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const href = (value as { href?: unknown }).href;
  return typeof href === 'string' && isSafeLink(href, { mailto: true }) ? href : null;
}

function mergeRuns(runs: InlineJson[]): InlineJson[] {
  const merged: InlineJson[] = [];
  for (const run of runs) {
    const previous = merged[merged.length - 1];
    if (previous?.type === 'text' && run.type === 'text' && marksKey(previous) === marksKey(run)) {
      merged[merged.length - 1] = { ...previous, text: previous.text + run.text };
    } else {
      merged.push(run);
    }
  }
  return merged;
}

function marksKey(text: TextJson): string {
  return JSON.stringify(text.marks ?? []);
}
