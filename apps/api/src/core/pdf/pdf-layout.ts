/**
 * Page geometry, colours and the drawing blocks the covenant PDF is built from: stacks of styled paragraphs
 * (measured before they are drawn, so a block can be kept together) and tables that split across pages.
 */
import type { FontName } from './pdf-fonts';

export const MARGINS = { top: 68, bottom: 72, left: 62, right: 62 };

export const COLOURS = {
  ink: '#1d2327',
  muted: '#5d6a72',
  accent: '#0d5a4a',
  rule: '#c8d0d4',
  band: '#eef3f1',
  faded: '#f4f4f4',
  warning: '#8a3b12',
};

export const LINE_GAP = 2;

/** One paragraph of a single style; `gap` is the space left above it. */
export interface Part {
  text: string;
  font: FontName;
  size: number;
  color?: string;
  gap?: number;
  link?: string;
}

export function contentWidth(doc: PDFKit.PDFDocument): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

/** Starts a new page unless `height` still fits above the bottom margin, or the page is still empty. */
export function ensureSpace(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > doc.page.maxY() && doc.y > doc.page.margins.top) doc.addPage();
}

function setStyle(doc: PDFKit.PDFDocument, part: Part): void {
  doc
    .font(part.font)
    .fontSize(part.size)
    .fillColor(part.color ?? COLOURS.ink);
}

function partHeight(doc: PDFKit.PDFDocument, part: Part, width: number): number {
  setStyle(doc, part);
  return doc.heightOfString(part.text, { width, lineGap: LINE_GAP });
}

export function measureParts(doc: PDFKit.PDFDocument, parts: Part[], width: number): number {
  return parts.reduce((sum, part) => sum + (part.gap ?? 0) + partHeight(doc, part, width), 0);
}

/** Draws the parts top-down from (x, y) and returns the y below the last one; doc.y is left unchanged. */
export function drawParts(doc: PDFKit.PDFDocument, parts: Part[], x: number, y: number, width: number): number {
  const restoreY = doc.y;
  let top = y;
  for (const part of parts) {
    top += part.gap ?? 0;
    const height = partHeight(doc, part, width);
    doc.text(part.text, x, top, { width, lineGap: LINE_GAP, link: part.link ?? null, underline: !!part.link });
    top += height;
  }
  doc.x = doc.page.margins.left;
  doc.y = restoreY;
  return top;
}

/**
 * Splits parts so that the first half fits in `height`, cutting a paragraph between words when needed:
 * one commitment's description can be longer than a page.
 */
function splitParts(doc: PDFKit.PDFDocument, parts: Part[], width: number, height: number): [Part[], Part[]] {
  const fitting: Part[] = [];
  let used = 0;
  for (const [index, part] of parts.entries()) {
    const needed = (part.gap ?? 0) + partHeight(doc, part, width);
    if (used + needed <= height) {
      fitting.push(part);
      used += needed;
      continue;
    }
    const room = height - used - (part.gap ?? 0);
    // By words, or by characters for a single word wider than a line (a pasted URL).
    const [head, tail] = splitText(part.text, ' ', (text) => partHeight(doc, { ...part, text }, width) <= room) ??
      splitText(part.text, '', (text) => partHeight(doc, { ...part, text }, width) <= room) ?? ['', part.text];
    if (head) fitting.push({ ...part, text: head });
    const rest = head ? { ...part, text: tail, gap: 0 } : part;
    return [fitting, [rest, ...parts.slice(index + 1)]];
  }
  return [fitting, []];
}

/** The longest prefix of whole units that `fits`, and the rest; null when not even one unit fits. */
function splitText(text: string, separator: string, fits: (text: string) => boolean): [string, string] | null {
  const units = separator ? text.split(separator) : [...text];
  let low = 0;
  let high = units.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(units.slice(0, middle).join(separator))) low = middle;
    else high = middle - 1;
  }
  return low > 0 ? [units.slice(0, low).join(separator), units.slice(low).join(separator)] : null;
}

/** `keepWith` is the height of what must follow the title on its page, so a title never ends a page. */
export function drawSectionTitle(doc: PDFKit.PDFDocument, title: string, keepWith: number): void {
  const parts: Part[] = [{ text: title, font: 'sansBold', size: 15, color: COLOURS.accent }];
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  doc.y += 22;
  ensureSpace(doc, measureParts(doc, parts, width) + 14 + keepWith);
  const bottom = drawParts(doc, parts, left, doc.y, width);
  doc
    .moveTo(left, bottom + 2)
    .lineTo(left + width, bottom + 2)
    .lineWidth(1)
    .strokeColor(COLOURS.accent)
    .stroke();
  doc.y = bottom + 12;
}

/** A note in the running text, e.g. for an empty list. */
export function drawNote(doc: PDFKit.PDFDocument, text: string): void {
  const width = contentWidth(doc);
  const parts: Part[] = [{ text, font: 'serifItalic', size: 10, color: COLOURS.muted }];
  ensureSpace(doc, measureParts(doc, parts, width));
  doc.y = drawParts(doc, parts, doc.page.margins.left, doc.y, width) + 6;
}

export interface Column {
  header: string;
  /** Share of the content width. */
  width: number;
}

const CELL_PADDING = { x: 6, y: 5 };
const MINIMUM_ROW = 3 * CELL_PADDING.y + 10;

/** A table whose header row is repeated on every page it reaches; rows taller than a page are split. */
export class PdfTable {
  private readonly left: number;
  private readonly widths: number[];
  private readonly header: Part[][];
  private readonly headerHeight: number;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    columns: Column[],
  ) {
    this.left = doc.page.margins.left;
    this.widths = columns.map((column) => column.width * contentWidth(doc));
    this.header = columns.map((column): Part[] => [{ text: column.header, font: 'sansBold', size: 8 }]);
    this.headerHeight = this.rowHeight(this.header);
  }

  /** The header and first row (or as much of it as starts a split), which belong on one page. */
  leadHeight(rows: Part[][][]): number {
    const first = rows.length > 0 ? this.rowHeight(rows[0]) : 0;
    return this.headerHeight + (first <= this.pageCapacity() ? first : MINIMUM_ROW);
  }

  draw(rows: Part[][][]): void {
    const { doc } = this;
    ensureSpace(doc, this.leadHeight(rows));
    this.drawRow(this.header, this.headerHeight, true);
    for (const row of rows) {
      let cells = row;
      while (cells.some((parts) => parts.length > 0)) {
        const height = this.rowHeight(cells);
        const available = doc.page.maxY() - doc.y;
        if (height <= available) {
          this.drawRow(cells, height);
          break;
        }
        if (height > this.pageCapacity() && available >= MINIMUM_ROW) {
          const halves = cells.map((parts, index) =>
            splitParts(doc, parts, this.innerWidth(index), available - 2 * CELL_PADDING.y),
          );
          this.drawRow(
            halves.map(([now]) => now),
            available,
          );
          cells = halves.map(([, later]) => later);
        }
        doc.addPage();
        this.drawRow(this.header, this.headerHeight, true);
      }
    }
    doc.x = this.left;
  }

  private pageCapacity(): number {
    return this.doc.page.maxY() - this.doc.page.margins.top - this.headerHeight;
  }

  private innerWidth(index: number): number {
    return this.widths[index] - 2 * CELL_PADDING.x;
  }

  private rowHeight(cells: Part[][]): number {
    const heights = cells.map((parts, index) => measureParts(this.doc, parts, this.innerWidth(index)));
    return Math.max(...heights) + 2 * CELL_PADDING.y;
  }

  private drawRow(cells: Part[][], height: number, header = false): void {
    const { doc, left } = this;
    const top = doc.y;
    const width = contentWidth(doc);
    if (header) doc.rect(left, top, width, height).fill(COLOURS.band);
    let x = left;
    cells.forEach((parts, index) => {
      drawParts(doc, parts, x + CELL_PADDING.x, top + CELL_PADDING.y, this.innerWidth(index));
      x += this.widths[index];
    });
    doc
      .moveTo(left, top + height)
      .lineTo(left + width, top + height)
      .lineWidth(header ? 0.8 : 0.5)
      .strokeColor(header ? COLOURS.muted : COLOURS.rule)
      .stroke();
    doc.y = top + height;
  }
}
