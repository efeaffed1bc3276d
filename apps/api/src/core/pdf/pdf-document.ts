/** An A4 document in the platform's fonts, collected into one buffer, and the running header and footer of its pages. */
import PDFDocument from 'pdfkit';
import { registerFonts } from './pdf-fonts';
import { COLOURS, MARGINS, contentWidth } from './pdf-layout';

export interface PdfInfo {
  Title: string;
  Subject: string;
  Keywords?: string;
}

/** The document to draw on, and its bytes once `doc.end()` is called. */
export function startPdf(info: PdfInfo): { doc: PDFKit.PDFDocument; done: Promise<Buffer> } {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    // Page numbers need the page count, so pages stay in memory until the footers are drawn.
    bufferPages: true,
    lang: 'en-GB',
    displayTitle: true,
    info,
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  registerFonts(doc);
  return { doc, done };
}

export interface PageChrome {
  /** Left of every footer, beside "Page x of y". */
  footer: string;
  /** Left and right of the header from page 2 on. */
  header: string;
  headerRight: string;
}

/** Running header (from page 2) and footer with "Page x of y", drawn once every page exists. */
export function drawPageChrome(doc: PDFKit.PDFDocument, chrome: PageChrome): void {
  const { start, count } = doc.bufferedPageRange();
  for (let index = 0; index < count; index += 1) {
    doc.switchToPage(start + index);
    const left = doc.page.margins.left;
    const width = contentWidth(doc);
    const footerY = doc.page.height - doc.page.margins.bottom + 26;
    doc
      .moveTo(left, footerY - 8)
      .lineTo(left + width, footerY - 8)
      .lineWidth(0.5)
      .strokeColor(COLOURS.rule)
      .stroke();
    doc.font('sans').fontSize(7.5).fillColor(COLOURS.muted);
    // A fixed height keeps pdfkit from starting a new page for text below the bottom margin.
    const oneLine = { height: 10, ellipsis: true, lineBreak: true };
    doc.text(chrome.footer, left, footerY, { ...oneLine, width: width - 90 });
    doc.text(`Page ${index + 1} of ${count}`, left + width - 90, footerY, { ...oneLine, width: 90, align: 'right' });
    if (index === 0) continue;
    const headerY = doc.page.margins.top - 30;
    doc.text(chrome.header, left, headerY, { ...oneLine, width: width - 140 });
    doc.text(chrome.headerRight, left + width - 140, headerY, { ...oneLine, width: 140, align: 'right' });
    doc
      .moveTo(left, headerY + 13)
      .lineTo(left + width, headerY + 13)
      .lineWidth(0.5)
      .strokeColor(COLOURS.rule)
      .stroke();
  }
}
