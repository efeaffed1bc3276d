/** Sanitised HTML of a covenant body, built element by element from the allowed subset. */
import type { XmlFragment } from './yjs';
import type { BlockJson, DocJson, InlineJson, ListItemJson, MarkJson } from '@covenant/collab-protocol';
import { readBlocks } from './body-json';

type MarkType = MarkJson['type'];

/** Outermost first. */
const MARK_NESTING: readonly MarkType[] = ['link', 'bold', 'italic', 'amendment'];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function renderBodyHtml(fragment: XmlFragment): string {
  return renderBlocks(readBlocks(fragment));
}

/** The same HTML from the body's JSON, e.g. a frozen version's text, so its stored HTML can be checked. */
export function renderDocHtml(doc: DocJson): string {
  return renderBlocks(doc.content);
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ESCAPES[char]);
}

function renderBlocks(blocks: readonly BlockJson[]): string {
  return blocks.map(renderBlock).join('');
}

function renderBlock(block: BlockJson): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${renderInline(block.content ?? [])}</p>`;
    case 'heading':
      return `<h${block.attrs.level}>${renderInline(block.content ?? [])}</h${block.attrs.level}>`;
    case 'bulletList':
      return `<ul>${renderListItems(block.content ?? [])}</ul>`;
    case 'orderedList': {
      const start = block.attrs?.start ?? 1;
      const startAttribute = start > 1 ? ` start="${start}"` : '';
      return `<ol${startAttribute}>${renderListItems(block.content ?? [])}</ol>`;
    }
  }
}

function renderListItems(items: readonly ListItemJson[]): string {
  return items.map((item) => `<li>${renderBlocks(item.content ?? [])}</li>`).join('');
}

/**
 * Runs sharing a mark are wrapped once, so a link over bold and plain words is one `<a>`,
 * rather than one element per run.
 */
function renderInline(nodes: readonly InlineJson[], depth = 0): string {
  if (depth === MARK_NESTING.length) return nodes.map(renderLeaf).join('');
  const markType = MARK_NESTING[depth];
  return groupByMark(nodes, markType)
    .map(({ mark, members }) => {
      const inner = renderInline(members, depth + 1);
      return mark ? wrapInMark(mark, inner) : inner;
    })
    .join('');
}

function groupByMark(
  nodes: readonly InlineJson[],
  markType: MarkType,
): { mark: MarkJson | undefined; members: InlineJson[] }[] {
  const groups: { mark: MarkJson | undefined; key: string; members: InlineJson[] }[] = [];
  for (const node of nodes) {
    const mark = node.type === 'text' ? node.marks?.find((candidate) => candidate.type === markType) : undefined;
    const key = mark ? JSON.stringify(mark) : '';
    const last = groups[groups.length - 1];
    if (last && last.key === key) last.members.push(node);
    else groups.push({ mark, key, members: [node] });
  }
  return groups;
}

function renderLeaf(node: InlineJson): string {
  return node.type === 'text' ? escapeHtml(node.text) : '<br>';
}

function wrapInMark(mark: MarkJson, inner: string): string {
  switch (mark.type) {
    case 'link':
      return `<a href="${escapeHtml(mark.attrs.href)}" rel="noopener noreferrer nofollow">${inner}</a>`;
    case 'bold':
      return `<strong>${inner}</strong>`;
    case 'italic':
      return `<em>${inner}</em>`;
    case 'amendment':
      return `<ins class="amended" data-amendment="${mark.attrs.number}" title="Amended by amendment ${mark.attrs.number}">${inner}</ins>`;
  }
}
