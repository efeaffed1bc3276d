import { pdfPages, renderPage } from '../../../test/support/pdf-pages';
import { renderConsultationPdf } from './consultation-pdf';
import type { ConsultationReport, ReportAmendment } from './consultation-report';

const at = new Date('2026-12-04T10:00:00Z');

const amendment = (number: number, fields: Partial<ReportAmendment> = {}): ReportAmendment => ({
  id: `a${number}`,
  number,
  sectionId: 's2',
  sectionTitle: 'How we will work together',
  status: 'PROPOSED',
  quote: 'how the parties will meet and how often',
  proposedText: `wording number ${number}, with every meeting open to residents`,
  reason: 'People should be able to come and listen.',
  supportCount: number,
  author: 'Gwenllïan Ŵyn-Prŷs',
  createdAt: at,
  decisionNote: null,
  decidedBy: null,
  decidedAt: null,
  ...fields,
});

const report: ConsultationReport = {
  covenant: {
    title: 'Settle pool and river covenant',
    slug: 'settle',
    statusLabel: 'Public consultation',
    neighbourhoodName: 'Settle',
  },
  generatedAt: at,
  sections: [
    { id: 's1', title: 'Our shared ambition', agree: 12, disagree: 3, unsure: 5 },
    { id: 's2', title: 'How we will work together', agree: 4, disagree: 6, unsure: 1 },
    { id: 's3', title: 'Commitments', agree: 0, disagree: 0, unsure: 0 },
  ],
  responses: Array.from({ length: 30 }, (_, index) => ({
    id: `r${index}`,
    sectionId: 's1',
    sectionTitle: 'Our shared ambition',
    position: index % 3 === 0 ? ('DISAGREE' as const) : ('AGREE' as const),
    author: `Resident ${index % 20}`,
    comment: `Response ${index}: the river path matters more than anything else here, and so does the pool on Sundays.`,
    createdAt: at,
  })),
  amendments: [
    amendment(1, {
      status: 'ACCEPTED',
      decisionNote: 'Agreed: meetings are open to all.',
      decidedBy: 'Aled Pryce',
      decidedAt: at,
    }),
    amendment(2, {
      status: 'REJECTED',
      decisionNote: 'Overtaken by amendment 1.',
      decidedBy: 'Aled Pryce',
      decidedAt: at,
    }),
    ...Array.from({ length: 6 }, (_, index) => amendment(index + 3)),
  ],
  comments: [
    {
      id: 'c1',
      sectionId: 's1',
      sectionTitle: 'Our shared ambition',
      author: 'Siân Ellis-Pryce',
      quote: 'what people in Settle want to change',
      body: 'Could the pool open earlier on Saturdays?',
      resolved: true,
      createdAt: at,
    },
  ],
};

describe(renderConsultationPdf.name, () => {
  let pdf: Buffer;
  let pages: string[];
  let title: string;

  beforeAll(async () => {
    pdf = await renderConsultationPdf(report);
    ({ pages, title } = await pdfPages(pdf));
  });

  it('is titled for the covenant and sums up what was said', () => {
    expect(title).toBe('Consultation report: Settle pool and river covenant');
    expect(pages[0].replace(/\s+/g, ' ')).toContain(
      '30 responses from 20 people on 3 sections; 8 amendments (1 accepted, 1 rejected, 6 proposed); 1 comment.',
    );
  });

  it('gives each section its figures, in words as well as bars', () => {
    const first = pages[0].replace(/\s+/g, ' ');
    expect(first).toContain('Our shared ambition 12 agree · 5 unsure · 3 disagree (20 responses)');
    expect(first).toContain('Commitments No responses yet');
  });

  it('prints every amendment with its outcome, and never leaves a heading alone at the foot of a page', () => {
    const all = pages.join('\n').replace(/\s+/g, ' ');
    for (let number = 1; number <= 8; number++) expect(all).toContain(`Amendment ${number} ·`);
    expect(all).toContain(
      'Accepted into the text by Aled Pryce, 4 December 2026, 10:00 GMT: Agreed: meetings are open to all.',
    );
    expect(all).toContain('Rejected by Aled Pryce');
    expect(all).toContain('Gwenllïan Ŵyn-Prŷs');
    for (const page of pages) {
      const lines = page
        .trim()
        .split('\n')
        .filter((line) => !/^Consultation report ·|^Page \d+ of \d+$/.test(line));
      expect(['Amendments', 'Comments', 'What residents said']).not.toContain(lines.at(-1));
    }
  });

  it('numbers every page in its footer, and renders the first page to PNG', () => {
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, index) => expect(page).toContain(`Page ${index + 1} of ${pages.length}`));
    expect(renderPage(pdf, 'consultation-first', 1)).toBeGreaterThan(10_000);
  });
});
