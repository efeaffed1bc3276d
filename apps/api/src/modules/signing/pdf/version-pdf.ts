/**
 * Renders a frozen covenant version as an A4 PDF: the text, the commitments, the signatures and a certificate
 * page with the content hash, the seal, how to verify and the audit trail. Pure: everything it prints is passed in.
 */
import { formatLondonDay } from '@covenant/domain';
import { drawCertificate } from './pdf-certificate';
import { drawPageChrome, startPdf } from '../../../core/pdf/pdf-document';
import type { FontName } from '../../../core/pdf/pdf-fonts';
import { formatMoment } from '../../../core/pdf/pdf-dates';
import {
  COLOURS,
  type Part,
  contentWidth,
  drawNote,
  drawParts,
  drawSectionTitle,
  PdfTable,
  ensureSpace,
  measureParts,
} from '../../../core/pdf/pdf-layout';
import { drawDocText } from './pdf-text';
import type { VersionPdfInput } from './version-pdf-input';

export type { VersionPdfInput };

export function renderVersionPdf(input: VersionPdfInput): Promise<Buffer> {
  const { doc, done } = startPdf({
    Title: input.covenant.title,
    Subject: `Version ${input.version.number} of a community covenant for ${input.covenant.neighbourhoodName}`,
    Keywords: `covenant; SHA-256 ${input.version.contentHash}`,
  });
  drawTitle(doc, input);
  drawDocText(doc, input.text);
  drawCommitments(doc, input.commitments);
  drawSignatures(doc, input);
  drawCertificate(doc, input);
  drawPageChrome(doc, {
    footer: `${input.covenant.title} · Version ${input.version.number}`,
    header: input.covenant.title,
    headerRight: input.covenant.neighbourhoodName,
  });
  doc.end();
  return done;
}

function drawTitle(doc: PDFKit.PDFDocument, { covenant, version }: VersionPdfInput): void {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  const bottom = drawParts(
    doc,
    [
      { text: 'COMMUNITY COVENANT', font: 'sansBold', size: 8.5, color: COLOURS.accent },
      { text: covenant.title, font: 'sansBold', size: 22, gap: 6 },
      { text: covenant.neighbourhoodName, font: 'serif', size: 12, color: COLOURS.muted, gap: 4 },
      { text: `Version ${version.number} · ${version.statusLabel}`, font: 'sansBold', size: 11, gap: 10 },
    ],
    left,
    doc.y,
    width,
  );
  const facts = [
    { label: 'Covenant status', value: covenant.statusLabel, share: 0.3 },
    { label: 'Frozen for signature', value: formatMoment(version.frozenAt), share: 0.4 },
    {
      label: 'In force from',
      value: version.inForceFrom ? formatLondonDay(version.inForceFrom) : 'Not yet in force',
      share: 0.3,
    },
  ];
  const top = bottom + 12;
  let x = left;
  const bottoms = facts.map(({ label, value, share }) => {
    const parts: Part[] = [
      { text: label.toUpperCase(), font: 'sansBold', size: 7, color: COLOURS.muted },
      { text: value, font: 'sans', size: 9.5, gap: 2 },
    ];
    const factBottom = drawParts(doc, parts, x + 8, top + 8, width * share - 16);
    x += width * share;
    return factBottom;
  });
  const factsBottom = Math.max(...bottoms) + 8;
  doc
    .rect(left, top, width, factsBottom - top)
    .lineWidth(0.5)
    .strokeColor(COLOURS.rule)
    .stroke();
  doc
    .moveTo(left, factsBottom + 12)
    .lineTo(left + width, factsBottom + 12)
    .lineWidth(2)
    .strokeColor(COLOURS.accent)
    .stroke();
  doc.y = factsBottom + 28;
}

const COMMITMENT_COLUMNS = [
  { header: 'Organisation', width: 0.22 },
  { header: 'Commitment', width: 0.44 },
  { header: 'Community right', width: 0.2 },
  { header: 'Due', width: 0.14 },
];

function drawCommitments(doc: PDFKit.PDFDocument, commitments: VersionPdfInput['commitments']): void {
  const table = new PdfTable(doc, COMMITMENT_COLUMNS);
  const rows = commitments.map((commitment) => {
    const cell = (text: string, font: FontName = 'sans'): Part[] => [{ text, font, size: 8.5 }];
    const described: Part[] = [{ text: commitment.title, font: 'serifBold', size: 9.5 }];
    if (commitment.description) described.push({ text: commitment.description, font: 'serif', size: 8.5, gap: 2 });
    if (commitment.measure) {
      described.push({
        text: `Measure: ${commitment.measure}`,
        font: 'serifItalic',
        size: 8.5,
        color: COLOURS.muted,
        gap: 3,
      });
    }
    return [
      cell(commitment.organisationName, 'sansBold'),
      described,
      cell(commitment.rightLabel ?? '—'),
      cell(commitment.dueOn ? formatLondonDay(commitment.dueOn) : 'No date'),
    ];
  });
  drawSectionTitle(doc, 'Commitments', rows.length > 0 ? table.leadHeight(rows) : 20);
  if (rows.length === 0) drawNote(doc, 'No commitments are part of this version.');
  else table.draw(rows);
}

function drawSignatures(doc: PDFKit.PDFDocument, { version, signatures, awaiting }: VersionPdfInput): void {
  const blocks = signatures.map((signature) => signatureBlock(doc, signature));
  drawSectionTitle(doc, 'Signatures', 20 + (blocks[0]?.height ?? 0));
  if (version.complete) drawNote(doc, 'Every party has signed this version.');
  else if (blocks.length === 0) drawNote(doc, 'No party has signed this version yet.');
  for (const block of blocks) {
    // A signature is read as one piece, so it moves whole to the next page.
    ensureSpace(doc, block.height + BLOCK_GAP);
    block.draw();
    doc.y += BLOCK_GAP;
  }
  if (awaiting.length === 0) return;
  const width = contentWidth(doc);
  const entry = (party: VersionPdfInput['awaiting'][number]): Part => ({
    text: `•  ${party.organisationName} (${party.roleLabel})`,
    font: 'serif',
    size: 10,
    gap: 3,
  });
  const heading: Part = { text: 'Awaiting signature from', font: 'sansBold', size: 10.5, gap: 8 };
  // The heading stays with the first party it names; a long list flows on to the next page.
  for (const parts of [[heading, entry(awaiting[0])], ...awaiting.slice(1).map((party) => [entry(party)])]) {
    ensureSpace(doc, measureParts(doc, parts, width));
    doc.y = drawParts(doc, parts, doc.page.margins.left, doc.y, width);
  }
}

const BLOCK_GAP = 10;
const BLOCK_PADDING = 9;

/** Who signed on the left, when and in what capacity on the right, on a tinted band. */
function signatureBlock(doc: PDFKit.PDFDocument, signature: VersionPdfInput['signatures'][number]) {
  const tone = signature.superseded ? COLOURS.muted : COLOURS.ink;
  const who: Part[] = [
    {
      text: `${signature.organisationName} · ${signature.roleLabel}`,
      font: 'sansBold',
      size: 9.5,
      color: signature.superseded ? tone : COLOURS.accent,
    },
    { text: signature.signerName, font: 'serifBold', size: 13, color: tone, gap: 6 },
    { text: signature.signerPosition, font: 'serif', size: 10, color: tone, gap: 1 },
    { text: signature.proof, font: 'sans', size: 8.5, color: COLOURS.muted, gap: 4 },
  ];
  if (signature.mandate) {
    who.push({ text: `Mandate: ${signature.mandate}`, font: 'serifItalic', size: 9, color: COLOURS.muted, gap: 5 });
  }
  const when: Part[] = [
    { text: 'SIGNED', font: 'sansBold', size: 7, color: COLOURS.muted },
    { text: formatMoment(signature.signedAt), font: 'sans', size: 9.5, color: tone, gap: 2 },
  ];
  if (signature.countersignature) {
    when.push({ text: 'Countersignature', font: 'sansBold', size: 8.5, color: COLOURS.accent, gap: 8 });
  }
  if (signature.superseded) {
    when.push({ text: 'Superseded by a later signature', font: 'sansBold', size: 8.5, color: COLOURS.warning, gap: 8 });
  }
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  const whoWidth = width * 0.6 - 14;
  const whenWidth = width * 0.38;
  const height = Math.max(measureParts(doc, who, whoWidth), measureParts(doc, when, whenWidth)) + 2 * BLOCK_PADDING;
  const draw = () => {
    const top = doc.y;
    doc.rect(left, top, width, height).fill(signature.superseded ? COLOURS.faded : COLOURS.band);
    doc.rect(left, top, 3, height).fill(signature.superseded ? COLOURS.rule : COLOURS.accent);
    drawParts(doc, who, left + 14, top + BLOCK_PADDING, whoWidth);
    drawParts(doc, when, left + width * 0.62, top + BLOCK_PADDING, whenWidth);
    doc.y = top + height;
  };
  return { height, draw };
}
