/**
 * Lays out the frozen covenant text (the TipTap/ProseMirror JSON of the canonical content) as flowing PDF text.
 * pdfkit wraps each paragraph and breaks pages itself; this walk only chooses fonts, indents and spacing.
 */
import type {
  BlockJson,
  DocJson,
  HeadingLevel,
  InlineJson,
  LinkMarkJson,
  ListItemJson,
  MarkJson,
} from '@covenant/collab-protocol';
import type { FontName } from '../../../core/pdf/pdf-fonts';
import { COLOURS, LINE_GAP, ensureSpace } from '../../../core/pdf/pdf-layout';

const BODY_SIZE = 10.5;
const PARAGRAPH_GAP = 7;
const LIST_ITEM_GAP = 3;
const LIST_INDENT = 20;
const MARKER_GAP = 5;
const BULLETS = ['•', '◦', '▪'];
const HEADINGS: Record<HeadingLevel, { size: number; before: number }> = {
  1: { size: 15, before: 14 },
  2: { size: 12.5, before: 12 },
  3: { size: 11, before: 10 },
};

interface Run {
  text: string;
  font: FontName;
  color: string;
  link: string | null;
  underline?: boolean;
}

export function drawDocText(doc: PDFKit.PDFDocument, text: DocJson): void {
  drawBlocks(doc, text.content, 0);
}

function drawBlocks(doc: PDFKit.PDFDocument, blocks: BlockJson[], depth: number): void {
  for (const block of blocks) drawBlock(doc, block, depth);
}

function drawBlock(doc: PDFKit.PDFDocument, block: BlockJson, depth: number): void {
  switch (block.type) {
    case 'heading': {
      const { size, before } = HEADINGS[block.attrs.level];
      doc.y += before;
      // Keeps a heading with the first lines of what it introduces.
      ensureSpace(doc, size * 1.3 + 3 * BODY_SIZE * 1.4);
      drawRuns(
        doc,
        runLines(block.content ?? [], () => 'sansBold'),
        depth,
        size,
      );
      doc.y += 3;
      return;
    }
    case 'paragraph':
      drawRuns(doc, runLines(block.content ?? [], bodyFont), depth, BODY_SIZE);
      doc.y += depth > 0 ? LIST_ITEM_GAP : PARAGRAPH_GAP;
      return;
    case 'bulletList':
      (block.content ?? []).forEach((item) => drawListItem(doc, item, depth, BULLETS[depth % BULLETS.length]));
      break;
    case 'orderedList': {
      const start = block.attrs?.start ?? 1;
      (block.content ?? []).forEach((item, index) => drawListItem(doc, item, depth, `${start + index}.`));
      break;
    }
  }
  // Items sit closer together than paragraphs; the list as a whole is spaced like one.
  if (depth === 0) doc.y += PARAGRAPH_GAP - LIST_ITEM_GAP;
}

function drawListItem(doc: PDFKit.PDFDocument, item: ListItemJson, depth: number, marker: string): void {
  ensureSpace(doc, BODY_SIZE * 1.4);
  const top = doc.y;
  doc.font('serif').fontSize(BODY_SIZE).fillColor(COLOURS.ink);
  // Right-aligned by hand: pdfkit wraps any text given a width, and "10." is wider than a bullet.
  const markerX = indentX(doc, depth + 1) - MARKER_GAP - doc.widthOfString(marker);
  doc.text(marker, markerX, top, { lineBreak: false });
  doc.y = top;
  drawBlocks(doc, item.content ?? [], depth + 1);
}

function indentX(doc: PDFKit.PDFDocument, depth: number): number {
  return doc.page.margins.left + depth * LIST_INDENT;
}

/** Draws a textblock line by line, each line a chain of continued runs that pdfkit wraps and breaks across pages. */
function drawRuns(doc: PDFKit.PDFDocument, lines: Run[][], depth: number, size: number): void {
  const x = indentX(doc, depth);
  const width = doc.page.width - doc.page.margins.right - x;
  doc.fontSize(size);
  for (const line of lines) {
    // An empty line still takes its height, as it does in the editor.
    const chain = line.length > 0 ? line : [{ text: ' ', font: bodyFont([]), color: COLOURS.ink, link: null }];
    chain.forEach((run, index) => {
      doc.font(run.font).fillColor(run.color);
      // Options carry over between continued calls, so link and underline are always set.
      const options = {
        width,
        lineGap: LINE_GAP,
        continued: index < chain.length - 1,
        link: run.link,
        underline: !!run.underline,
      };
      if (index === 0) doc.text(run.text, x, doc.y, options);
      else doc.text(run.text, options);
    });
  }
  doc.x = doc.page.margins.left;
}

/** The runs of each line; a hard break starts a new line, since pdfkit misplaces newlines inside continued text. */
function runLines(content: InlineJson[], fontFor: (marks: MarkJson[]) => FontName): Run[][] {
  const lines: Run[][] = [[]];
  for (const inline of content) {
    const line = lines[lines.length - 1];
    if (inline.type === 'hardBreak') {
      lines.push([]);
      continue;
    }
    const marks = inline.marks ?? [];
    const font = fontFor(marks);
    const href = marks.find((mark): mark is LinkMarkJson => mark.type === 'link')?.attrs.href;
    if (!href) {
      line.push({ text: inline.text, font, color: COLOURS.ink, link: null });
      continue;
    }
    line.push({ text: inline.text, font, color: COLOURS.accent, link: href, underline: true });
    // On paper a link is only as good as the address printed next to it.
    if (inline.text.trim() !== href) line.push({ text: ` (${href})`, font, color: COLOURS.muted, link: href });
  }
  return lines;
}

function bodyFont(marks: MarkJson[]): FontName {
  const bold = marks.some((mark) => mark.type === 'bold');
  const italic = marks.some((mark) => mark.type === 'italic');
  if (bold && italic) return 'serifBoldItalic';
  if (bold) return 'serifBold';
  return italic ? 'serifItalic' : 'serif';
}
