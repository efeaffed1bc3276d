/**
 * The certificate page: what identifies this version (content hash, seal), how anyone can check it without
 * trusting the PDF, and the audit trail.
 */
import { create as createQrCode } from 'qrcode';
import { formatAuditMoment, formatMoment } from '../../../core/pdf/pdf-dates';
import type { FontName } from '../../../core/pdf/pdf-fonts';
import {
  COLOURS,
  type Part,
  contentWidth,
  drawParts,
  drawNote,
  drawSectionTitle,
  ensureSpace,
  PdfTable,
  measureParts,
} from '../../../core/pdf/pdf-layout';
import type { VersionPdfInput } from './version-pdf-input';

const QR_SIZE = 104;
const SHORT_HASH = 12;

export function drawCertificate(doc: PDFKit.PDFDocument, input: VersionPdfInput): void {
  const { covenant, version } = input;
  doc.addPage();
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  const seal: Part = version.seal
    ? { text: version.seal, font: 'mono', size: 8.5 }
    : {
        text: 'Not sealed yet: the seal is added when every party has signed.',
        font: 'serifItalic',
        size: 10,
        color: COLOURS.muted,
      };
  doc.y = drawParts(
    doc,
    [
      { text: 'CERTIFICATE', font: 'sansBold', size: 8.5, color: COLOURS.accent },
      { text: 'Certificate of signature', font: 'sansBold', size: 22, gap: 6 },
      {
        text:
          `${covenant.title}, ${covenant.neighbourhoodName}. Version ${version.number} (${version.statusLabel}), ` +
          `frozen for signature on ${formatMoment(version.frozenAt)}.`,
        font: 'serif',
        size: 10.5,
        gap: 8,
      },
      ...field('Content hash (SHA-256 of the canonical content)', {
        text: version.contentHash,
        font: 'mono',
        size: 9.5,
      }),
      ...field('Platform seal (Ed25519 signature, base64)', seal),
      ...(version.sealKeyId ? field('Sealed with the key', { text: version.sealKeyId, font: 'mono', size: 9.5 }) : []),
    ],
    left,
    doc.y,
    width,
  );
  drawSigners(doc, input);
  drawVerification(doc, input);
  drawAudit(doc, input);
}

/** Who signed, for which organisation, proved by which domain: as the verification page says it. */
function drawSigners(doc: PDFKit.PDFDocument, { signatures }: VersionPdfInput): void {
  const valid = signatures.filter((signature) => !signature.superseded);
  if (!valid.length) return;
  const width = contentWidth(doc);
  const parts: Part[] = [
    { text: 'WHO SIGNED', font: 'sansBold', size: 7.5, color: COLOURS.muted, gap: 16 },
    ...valid.map((signature): Part => ({ text: signature.inWords, font: 'serif', size: 9.5, gap: 3 })),
  ];
  ensureSpace(doc, measureParts(doc, parts, width));
  doc.y = drawParts(doc, parts, doc.page.margins.left, doc.y, width);
}

function field(label: string, value: Part): Part[] {
  return [
    { text: label.toUpperCase(), font: 'sansBold', size: 7.5, color: COLOURS.muted, gap: 16 },
    { ...value, gap: 3 },
  ];
}

function drawVerification(doc: PDFKit.PDFDocument, { verificationUrl, sealKeysUrl }: VersionPdfInput): void {
  const left = doc.page.margins.left;
  const textWidth = contentWidth(doc) - QR_SIZE - 24;
  const parts: Part[] = [
    {
      text: 'Open this address, or scan the code, to check this document against the published record:',
      font: 'serif',
      size: 10,
    },
    { text: verificationUrl, font: 'sans', size: 9.5, color: COLOURS.accent, link: verificationUrl, gap: 4 },
    {
      text:
        'The check recomputes the content hash from the published text, and verifies every signature, ' +
        'the seal and the audit trail. If the hash there differs from the one above, this is not the signed text.',
      font: 'serif',
      size: 10,
      gap: 8,
    },
    {
      text:
        'The seal is the platform’s Ed25519 signature over the content hash and the valid signatures. ' +
        'The public key (PEM) of every key the platform has sealed with, by the key’s id, is published at:',
      font: 'serif',
      size: 10,
      gap: 8,
    },
    { text: sealKeysUrl, font: 'sans', size: 9.5, color: COLOURS.accent, link: sealKeysUrl, gap: 4 },
  ];
  drawSectionTitle(doc, 'How to verify', Math.max(measureParts(doc, parts, textWidth), QR_SIZE));
  const top = doc.y;
  const bottom = drawParts(doc, parts, left, top, textWidth);
  drawQrCode(doc, verificationUrl, left + contentWidth(doc) - QR_SIZE, top, QR_SIZE);
  doc.link(left + contentWidth(doc) - QR_SIZE, top, QR_SIZE, QR_SIZE, verificationUrl);
  doc.y = Math.max(bottom, top + QR_SIZE);
}

/** Drawn as vector squares, so it stays sharp in print at any size. */
function drawQrCode(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  const { modules } = createQrCode(text, { errorCorrectionLevel: 'M' });
  const module = size / modules.size;
  for (let row = 0; row < modules.size; row += 1) {
    // One rectangle per run of dark modules: fewer shapes, and no hairline seams between neighbours.
    let column = 0;
    while (column < modules.size) {
      if (!modules.get(row, column)) {
        column += 1;
        continue;
      }
      const start = column;
      while (column < modules.size && modules.get(row, column)) column += 1;
      doc.rect(x + start * module, y + row * module, (column - start) * module, module);
    }
  }
  doc.fill(COLOURS.ink);
}

const AUDIT_COLUMNS = [
  { header: 'No.', width: 0.07 },
  { header: 'Time', width: 0.27 },
  { header: 'Action', width: 0.26 },
  { header: 'By', width: 0.23 },
  { header: 'Hash', width: 0.17 },
];

function drawAudit(doc: PDFKit.PDFDocument, { audit, auditScope }: VersionPdfInput): void {
  const width = contentWidth(doc);
  const note: Part[] = [
    {
      text:
        `${auditScope} Each event's hash covers the one before it, so no event can be changed or removed unnoticed. ` +
        `Hashes are shortened to their first ${SHORT_HASH} characters.`,
      font: 'serif',
      size: 9,
      color: COLOURS.muted,
    },
  ];
  const cell = (text: string, font: FontName = 'sans'): Part[] => [{ text, font, size: 8 }];
  const rows = audit.map((event) => [
    cell(String(event.seq)),
    cell(formatAuditMoment(event.at)),
    cell(event.action),
    cell(event.actorName ?? 'Platform'),
    cell(event.hash.slice(0, SHORT_HASH), 'mono'),
  ]);
  const table = new PdfTable(doc, AUDIT_COLUMNS);
  drawSectionTitle(doc, 'Audit trail', measureParts(doc, note, width) + 8 + table.leadHeight(rows));
  if (rows.length === 0) return drawNote(doc, 'No audit events are recorded for this covenant.');
  doc.y = drawParts(doc, note, doc.page.margins.left, doc.y, width) + 8;
  table.draw(rows);
}
