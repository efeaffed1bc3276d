/**
 * Lines up two frozen versions of a covenant block by block, so parties re-signing a revision see what changed.
 * The HTML is the API's own sanitised rendering (apps/api/src/collab/document/render-html.ts); a small tokenizer
 * for that subset reads it the same way in the browser and in unit tests, where there is no DOM.
 */

export type DiffKind = 'same' | 'added' | 'removed';

export interface DiffBlock {
  kind: DiffKind;
  /** The block's own HTML; a list item comes wrapped in its lists, so it renders as the item it was. */
  html: string;
  /** Its text with whitespace collapsed. */
  text: string;
}

interface Block {
  /** Tag (for a list item, the lists it sits in) and text: what makes two blocks the same. */
  key: string;
  html: string;
  text: string;
}

interface TextNode {
  type: 'text';
  html: string;
}

interface ElementNode {
  type: 'element';
  tag: string;
  attributes: string;
  html: string;
  children: HtmlNode[];
}

type HtmlNode = TextNode | ElementNode;

interface ListLevel {
  tag: string;
  /** The item's number in an ordered list, kept so a lone item still shows it. */
  number: number;
}

const TOKEN = /<(\/?)([a-z][a-z0-9]*)([^>]*)>|[^<]+|</gi;
const VOID_TAGS = new Set(['br', 'hr', 'img', 'wbr']);
const LIST_TAGS = new Set(['ul', 'ol']);
const INLINE_TAGS = new Set(['a', 'strong', 'em']);
/** Exactly what render-html.ts escapes. */
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

export function diffVersions(beforeHtml: string, afterHtml: string): DiffBlock[] {
  const before = readBlocks(beforeHtml);
  const after = readBlocks(afterHtml);
  // A revision usually touches a few paragraphs: matching the shared ends first keeps the quadratic table small.
  let head = 0;
  while (head < before.length && head < after.length && before[head].key === after[head].key) head++;
  let tail = 0;
  while (
    tail < before.length - head &&
    tail < after.length - head &&
    before[before.length - 1 - tail].key === after[after.length - 1 - tail].key
  ) {
    tail++;
  }
  return [
    ...after.slice(0, head).map((block) => toDiffBlock('same', block)),
    ...alignBlocks(before.slice(head, before.length - tail), after.slice(head, after.length - tail)),
    ...after.slice(after.length - tail).map((block) => toDiffBlock('same', block)),
  ];
}

export function summariseDiff(blocks: readonly DiffBlock[]): { added: number; removed: number } {
  return {
    added: blocks.filter((block) => block.kind === 'added').length,
    removed: blocks.filter((block) => block.kind === 'removed').length,
  };
}

/** Longest common subsequence of the keys; blocks that are the same show the newer version's HTML. */
function alignBlocks(before: readonly Block[], after: readonly Block[]): DiffBlock[] {
  const width = after.length + 1;
  // common[i * width + j]: length of the longest common subsequence of before[i..] and after[j..].
  const common = new Uint32Array((before.length + 1) * width);
  for (let i = before.length - 1; i >= 0; i--) {
    for (let j = after.length - 1; j >= 0; j--) {
      common[i * width + j] =
        before[i].key === after[j].key
          ? common[(i + 1) * width + j + 1] + 1
          : Math.max(common[(i + 1) * width + j], common[i * width + j + 1]);
    }
  }

  const blocks: DiffBlock[] = [];
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    if (i < before.length && j < after.length && before[i].key === after[j].key) {
      blocks.push(toDiffBlock('same', after[j]));
      i++;
      j++;
    } else if (
      i < before.length &&
      // On a tie the old form goes first, so a changed paragraph reads as its old text, then its new one.
      (j === after.length || common[(i + 1) * width + j] >= common[i * width + j + 1])
    ) {
      blocks.push(toDiffBlock('removed', before[i]));
      i++;
    } else {
      blocks.push(toDiffBlock('added', after[j]));
      j++;
    }
  }
  return blocks;
}

function toDiffBlock(kind: DiffKind, block: Block): DiffBlock {
  return { kind, html: block.html, text: block.text };
}

/** Headings and paragraphs are blocks, lists are read item by item; blocks without words (blank lines) are skipped. */
function readBlocks(html: string): Block[] {
  return parse(html)
    .flatMap((node) => {
      if (node.type === 'text') return [];
      return LIST_TAGS.has(node.tag) ? readListItems(node, []) : [block(node.tag, node.html, textOf(node))];
    })
    .filter((candidate) => candidate.text !== '');
}

/** Each item's own content is one block; the items of a list nested in it follow it as blocks of their own. */
function readListItems(list: ElementNode, outer: readonly ListLevel[]): Block[] {
  const first = list.tag === 'ol' ? startOf(list) : 1;
  const items = list.children.filter((child): child is ElementNode => child.type === 'element' && child.tag === 'li');
  return items.flatMap((item, index) => {
    const levels = [...outer, { tag: list.tag, number: first + index }];
    const own = item.children.filter((child) => !isList(child));
    const html = wrapInLists(`<li>${own.map((child) => child.html).join('')}</li>`, levels);
    const path = levels.map((level) => level.tag).join('>');
    return [
      block(`${path}>li`, html, own.map(textOf).join('')),
      ...item.children.filter(isList).flatMap((nested) => readListItems(nested, levels)),
    ];
  });
}

function isList(node: HtmlNode): node is ElementNode {
  return node.type === 'element' && LIST_TAGS.has(node.tag);
}

function startOf(list: ElementNode): number {
  const match = /\bstart\s*=\s*["']?(\d+)/i.exec(list.attributes);
  return match ? Number(match[1]) : 1;
}

/** The outer lists only indent the item; the stylesheet hides the markers of their otherwise empty items. */
function wrapInLists(itemHtml: string, levels: readonly ListLevel[]): string {
  const inner = levels[levels.length - 1];
  const open = inner.tag === 'ol' && inner.number > 1 ? `<ol start="${inner.number}">` : `<${inner.tag}>`;
  return levels
    .slice(0, -1)
    .reduceRight((html, level) => `<${level.tag}><li>${html}</li></${level.tag}>`, `${open}${itemHtml}</${inner.tag}>`);
}

function block(tag: string, html: string, rawText: string): Block {
  const text = rawText.replace(/\s+/g, ' ').trim();
  return { key: `${tag}\n${text}`, html, text };
}

function textOf(node: HtmlNode): string {
  if (node.type === 'text') return decodeEntities(node.html);
  if (node.tag === 'br') return ' ';
  const inner = node.children.map(textOf).join('');
  // Words in neighbouring blocks (two paragraphs in one list item) must not run together.
  return INLINE_TAGS.has(node.tag) ? inner : ` ${inner} `;
}

function decodeEntities(html: string): string {
  return html.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]);
}

/** Top-level nodes of the HTML. A stray closing tag is ignored and an unclosed element ends where its parent does. */
function parse(html: string): HtmlNode[] {
  const root: ElementNode = { type: 'element', tag: '', attributes: '', html, children: [] };
  const open: { node: ElementNode; start: number }[] = [{ node: root, start: 0 }];
  const close = (from: number, end: number) => {
    for (const { node, start } of open.splice(from)) node.html = html.slice(start, end);
  };

  for (const match of html.matchAll(TOKEN)) {
    const [token, slash, name, attributes] = match;
    const start = match.index;
    const end = start + token.length;
    const parent = open[open.length - 1].node;
    if (name === undefined) {
      parent.children.push({ type: 'text', html: token });
      continue;
    }
    const tag = name.toLowerCase();
    if (slash) {
      const at = open.findLastIndex((entry) => entry.node.tag === tag);
      if (at > 0) {
        close(at + 1, start);
        close(at, end);
      }
      continue;
    }
    const element: ElementNode = { type: 'element', tag, attributes, html: token, children: [] };
    parent.children.push(element);
    if (!VOID_TAGS.has(tag)) open.push({ node: element, start });
  }
  close(1, html.length);
  return root.children;
}
