/**
 * The consultation report as an A4 PDF: the figures for each section of the
 * text, what residents said about it, every amendment with its outcome, and
 * the comments. Pure: everything it prints is passed in.
 */
import { AMENDMENT_STATUS_LABELS, RESPONSE_POSITION_LABELS, type AmendmentStatus } from '@covenant/domain';
import { formatMoment } from '../../core/pdf/pdf-dates';
import { drawPageChrome, startPdf } from '../../core/pdf/pdf-document';
import {
  COLOURS,
  type Part,
  contentWidth,
  drawNote,
  drawParts,
  drawSectionTitle,
  ensureSpace,
  measureParts,
  PdfTable,
} from '../../core/pdf/pdf-layout';
import type { ConsultationReport, ReportAmendment, ReportSection } from './consultation-report';

/** Each position's colour in the bars; each is also named in words beside them. */
const POSITION_COLOURS = { agree: COLOURS.accent, disagree: COLOURS.warning, unsure: '#9aa5ab' };

export function renderConsultationPdf(report: ConsultationReport): Promise<Buffer> {
  const { doc, done } = startPdf({
    Title: `Consultation report: ${report.covenant.title}`,
    Subject: `What residents of ${report.covenant.neighbourhoodName} said in the consultation on a community covenant`,
  });
  drawTitle(doc, report);
  drawFigures(doc, report.sections);
  drawResponses(doc, report);
  drawAmendments(doc, report.amendments);
  drawComments(doc, report);
  drawPageChrome(doc, {
    footer: `Consultation report · ${report.covenant.title}`,
    header: `Consultation report · ${report.covenant.title}`,
    headerRight: report.covenant.neighbourhoodName,
  });
  doc.end();
  return done;
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function drawTitle(doc: PDFKit.PDFDocument, report: ConsultationReport): void {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  const people = new Set(report.responses.map((response) => response.author)).size;
  const byStatus = (status: AmendmentStatus) => report.amendments.filter((a) => a.status === status).length;
  const outcomes = (['ACCEPTED', 'REJECTED', 'PROPOSED', 'WITHDRAWN'] as const)
    .filter((status) => byStatus(status) > 0)
    .map((status) => `${byStatus(status)} ${AMENDMENT_STATUS_LABELS[status].toLowerCase()}`);
  const summary =
    `${count(report.responses.length, 'response')} from ${count(people, 'person', 'people')} ` +
    `on ${count(report.sections.length, 'section')}; ` +
    `${count(report.amendments.length, 'amendment')}${outcomes.length ? ` (${outcomes.join(', ')})` : ''}; ` +
    `${count(report.comments.length, 'comment')}.`;
  doc.y = drawParts(
    doc,
    [
      { text: 'CONSULTATION REPORT', font: 'sansBold', size: 8.5, color: COLOURS.accent },
      { text: report.covenant.title, font: 'sansBold', size: 22, gap: 6 },
      { text: report.covenant.neighbourhoodName, font: 'serif', size: 12, color: COLOURS.muted, gap: 4 },
      {
        text: `Covenant status: ${report.covenant.statusLabel} · Report made ${formatMoment(report.generatedAt.toISOString())}`,
        font: 'sans',
        size: 9.5,
        gap: 10,
      },
      { text: summary, font: 'serif', size: 11, gap: 10 },
    ],
    left,
    doc.y,
    width,
  );
  doc
    .moveTo(left, doc.y + 10)
    .lineTo(left + width, doc.y + 10)
    .lineWidth(2)
    .strokeColor(COLOURS.accent)
    .stroke();
  doc.y += 18;
}

const BAR_HEIGHT = 9;

/** Each section: its title, a bar split by position, and the figures in words. */
function drawFigures(doc: PDFKit.PDFDocument, sections: ReportSection[]): void {
  drawSectionTitle(doc, 'Responses by section', 40);
  if (!sections.length) return drawNote(doc, 'The text has no sections (level-2 headings) to respond to.');
  drawNote(doc, 'Each bar shows the share who agree, are unsure and disagree; the figures are beside it.');
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  for (const section of sections) {
    const total = section.agree + section.disagree + section.unsure;
    const title: Part[] = [{ text: section.title, font: 'sansBold', size: 10 }];
    const figures: Part[] = [
      {
        text: total
          ? `${section.agree} agree · ${section.unsure} unsure · ${section.disagree} disagree (${count(total, 'response')})`
          : 'No responses yet',
        font: 'sans',
        size: 8.5,
        color: COLOURS.muted,
      },
    ];
    const height = measureParts(doc, title, width) + 4 + BAR_HEIGHT + 4 + measureParts(doc, figures, width) + 10;
    ensureSpace(doc, height);
    let y = drawParts(doc, title, left, doc.y, width) + 4;
    doc.rect(left, y, width, BAR_HEIGHT).fill(COLOURS.faded);
    let x = left;
    for (const position of ['agree', 'unsure', 'disagree'] as const) {
      if (!total || !section[position]) continue;
      const share = (section[position] / total) * width;
      doc.rect(x, y, share, BAR_HEIGHT).fill(POSITION_COLOURS[position]);
      x += share;
    }
    y += BAR_HEIGHT + 4;
    doc.y = drawParts(doc, figures, left, y, width) + 10;
  }
}

/** The responses that say something in words, under their section. */
function drawResponses(doc: PDFKit.PDFDocument, report: ConsultationReport): void {
  const said = report.responses.filter((response) => response.comment);
  drawSectionTitle(doc, 'What residents said', 40);
  if (!said.length) return drawNote(doc, 'No response came with a comment.');
  const table = new PdfTable(doc, [
    { header: 'Section', width: 0.24 },
    { header: 'Response', width: 0.56 },
    { header: 'From', width: 0.2 },
  ]);
  table.draw(
    said.map((response) => [
      [{ text: response.sectionTitle, font: 'sansBold', size: 8.5 }],
      [
        { text: RESPONSE_POSITION_LABELS[response.position], font: 'sansBold', size: 8.5, color: COLOURS.accent },
        { text: response.comment ?? '', font: 'serif', size: 9, gap: 2 },
      ],
      [
        { text: response.author, font: 'sans', size: 8.5 },
        { text: formatMoment(response.createdAt.toISOString()), font: 'sans', size: 7.5, color: COLOURS.muted, gap: 2 },
      ],
    ]),
  );
}

function amendmentParts(amendment: ReportAmendment): Part[] {
  const parts: Part[] = [
    {
      text: `Amendment ${amendment.number} · ${AMENDMENT_STATUS_LABELS[amendment.status]}`,
      font: 'sansBold',
      size: 10.5,
      color: amendment.status === 'ACCEPTED' ? COLOURS.accent : COLOURS.ink,
    },
  ];
  if (amendment.sectionTitle) {
    parts.push({ text: `In “${amendment.sectionTitle}”`, font: 'sans', size: 8.5, color: COLOURS.muted, gap: 2 });
  }
  parts.push(
    { text: 'REPLACE', font: 'sansBold', size: 7, color: COLOURS.muted, gap: 6 },
    { text: `“${amendment.quote}”`, font: 'serifItalic', size: 9.5, gap: 1 },
    { text: 'WITH', font: 'sansBold', size: 7, color: COLOURS.muted, gap: 5 },
    { text: `“${amendment.proposedText}”`, font: 'serif', size: 9.5, gap: 1 },
  );
  if (amendment.reason) parts.push({ text: `Reason: ${amendment.reason}`, font: 'serif', size: 9, gap: 5 });
  parts.push({
    text: `Proposed by ${amendment.author}, ${formatMoment(amendment.createdAt.toISOString())} · ${count(amendment.supportCount, 'supporter')}`,
    font: 'sans',
    size: 8,
    color: COLOURS.muted,
    gap: 5,
  });
  if (amendment.decidedAt) {
    const verdict = amendment.status === 'ACCEPTED' ? 'Accepted into the text' : 'Rejected';
    parts.push({
      text: `${verdict} by ${amendment.decidedBy ?? 'the convenor'}, ${formatMoment(amendment.decidedAt.toISOString())}: ${amendment.decisionNote ?? ''}`,
      font: 'serifBold',
      size: 9,
      gap: 4,
    });
  }
  return parts;
}

function drawAmendments(doc: PDFKit.PDFDocument, amendments: ReportAmendment[]): void {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  const blocks = amendments.map((amendment) => {
    const parts = amendmentParts(amendment);
    return { amendment, parts, height: measureParts(doc, parts, width - 14) };
  });
  // The title stays with the first amendment, as far as a page can hold it.
  drawSectionTitle(doc, 'Amendments', Math.min(blocks[0]?.height ?? 20, 300));
  if (!amendments.length) return drawNote(doc, 'No amendments were proposed.');
  for (const { amendment, parts, height } of blocks) {
    // An amendment is read as one piece, so it moves whole to the next page when it fits on one.
    ensureSpace(doc, height + 12);
    const top = doc.y;
    doc.y = drawParts(doc, parts, left + 14, top, width - 14);
    doc.rect(left, top, 3, doc.y - top).fill(amendment.status === 'ACCEPTED' ? COLOURS.accent : COLOURS.rule);
    doc.y += 12;
  }
}

function drawComments(doc: PDFKit.PDFDocument, report: ConsultationReport): void {
  drawSectionTitle(doc, 'Comments', 40);
  if (!report.comments.length) return drawNote(doc, 'No comments were made.');
  const table = new PdfTable(doc, [
    { header: 'Comment', width: 0.74 },
    { header: 'From', width: 0.26 },
  ]);
  table.draw(
    report.comments.map((comment) => {
      const said: Part[] = [];
      if (comment.sectionTitle)
        said.push({ text: comment.sectionTitle, font: 'sansBold', size: 8, color: COLOURS.muted });
      if (comment.quote)
        said.push({ text: `“${comment.quote}”`, font: 'serifItalic', size: 8.5, gap: said.length ? 2 : 0 });
      said.push({ text: comment.body, font: 'serif', size: 9, gap: said.length ? 3 : 0 });
      const from: Part[] = [
        { text: comment.author, font: 'sans', size: 8.5 },
        { text: formatMoment(comment.createdAt.toISOString()), font: 'sans', size: 7.5, color: COLOURS.muted, gap: 2 },
      ];
      if (comment.resolved) from.push({ text: 'Resolved', font: 'sansBold', size: 7.5, color: COLOURS.accent, gap: 2 });
      return [said, from];
    }),
  );
}
