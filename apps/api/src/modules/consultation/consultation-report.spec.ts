import { consultationCsv, type ConsultationReport } from './consultation-report';

const at = new Date('2026-12-04T10:00:00.000Z');

const report = (fields: Partial<ConsultationReport>): ConsultationReport => ({
  covenant: {
    title: 'Settle covenant',
    slug: 'settle',
    statusLabel: 'Public consultation',
    neighbourhoodName: 'Settle',
  },
  generatedAt: at,
  sections: [],
  responses: [],
  amendments: [],
  comments: [],
  ...fields,
});

describe('the consultation CSV', () => {
  it('quotes cells with separators, quotes and line breaks, and keeps spreadsheets from reading formulas', () => {
    const csv = consultationCsv(
      report({
        responses: [
          {
            id: 'r1',
            sectionId: 's1',
            sectionTitle: 'Ambition, and hope',
            position: 'AGREE',
            author: '=HYPERLINK("http://example.org")',
            comment: 'Say "river"\nnot "stream"',
            createdAt: at,
          },
        ],
      }),
    );
    expect(csv).toBe(
      'kind,id,sectionId,sectionTitle,position,amendmentStatus,supportCount,author,text,createdAt\r\n' +
        'response,r1,s1,"Ambition, and hope",AGREE,,,"\'=HYPERLINK(""http://example.org"")","Say ""river""\nnot ""stream""",2026-12-04T10:00:00.000Z\r\n',
    );
  });

  it('says what an amendment would change, with its status and supporters', () => {
    const csv = consultationCsv(
      report({
        amendments: [
          {
            id: 'a1',
            number: 1,
            sectionId: null,
            sectionTitle: null,
            status: 'REJECTED',
            quote: 'once a year',
            proposedText: 'twice a year',
            reason: null,
            supportCount: 4,
            author: 'Alys Thorne',
            createdAt: at,
            decisionNote: 'No.',
            decidedBy: 'Aled Pryce',
            decidedAt: at,
          },
        ],
      }),
    );
    expect(csv.split('\r\n')[1]).toBe(
      'amendment,a1,,,,REJECTED,4,Alys Thorne,Replace “once a year” with “twice a year”,2026-12-04T10:00:00.000Z',
    );
  });
});
