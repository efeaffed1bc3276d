import { toCsv, type OpenDataRow } from './open-data';

const row = (fields: Partial<OpenDataRow>): OpenDataRow => ({
  id: 'c1',
  partyId: 'p1',
  organisation: 'Settle Pool Trust',
  title: 'Reopen the pool on Sundays',
  description: null,
  measure: null,
  right: 'SHAPE_PUBLIC_SERVICES',
  dueOn: '2027-06-30',
  progress: 'NOT_STARTED',
  percentComplete: 0,
  overdue: false,
  lastUpdatedAt: '2026-12-02T09:15:00.000Z',
  ...fields,
});

describe('toCsv', () => {
  it('writes a header row and one row per commitment, empty cells for nothing', () => {
    expect(toCsv([row({})])).toBe(
      'id,partyId,organisation,title,description,measure,right,dueOn,progress,percentComplete,overdue,lastUpdatedAt\r\n' +
        'c1,p1,Settle Pool Trust,Reopen the pool on Sundays,,,SHAPE_PUBLIC_SERVICES,2027-06-30,NOT_STARTED,0,false,2026-12-02T09:15:00.000Z\r\n',
    );
    expect(toCsv([])).toBe(
      'id,partyId,organisation,title,description,measure,right,dueOn,progress,percentComplete,overdue,lastUpdatedAt\r\n',
    );
  });

  it('quotes commas, quotes and line breaks, and keeps text that looks like a formula as text', () => {
    const csv = toCsv([
      row({ title: 'Pool, path "and" park', description: 'Line one\nline two', measure: '=SUM(A1)' }),
    ]);
    expect(csv).toContain(',"Pool, path ""and"" park","Line one\nline two",\'=SUM(A1),');
  });
});
