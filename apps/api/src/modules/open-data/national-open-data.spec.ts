import { csvLine } from '../../core/web/csv';
import {
  COMMITMENT_COLUMNS,
  COVENANT_COLUMNS,
  commitmentRow,
  covenantRow,
  type CommitmentRecord,
  type CovenantRecord,
} from './national-open-data';

const covenant: CovenantRecord = {
  id: 'c1',
  slug: 'settle-pool-and-river',
  title: 'Settle covenant for the pool and the river',
  neighbourhood: 'Settle',
  local_authority: 'North Yorkshire Council',
  status: 'IN_FORCE',
  starts_on: '2026-11-01',
  review_due_on: '2027-11-01',
  parties: '3',
  commitments: '12',
  delivered: '4',
  overdue: '2',
};

const commitment: CommitmentRecord = {
  id: 'm1',
  party_id: 'p1',
  organisation: 'Settle Pool Trust',
  title: 'Reopen the pool on Sundays',
  description: null,
  measure: null,
  right: 'SHAPE_PUBLIC_SERVICES',
  due_on: '2027-06-30',
  progress: 'NOT_STARTED',
  percent_complete: 0,
  overdue: false,
  updated_at: new Date('2026-12-02T09:15:00Z'),
  covenant_slug: 'settle-pool-and-river',
};

describe('covenantRow', () => {
  it('counts as numbers and links to the covenant’s page at the public address', () => {
    expect(covenantRow(covenant, 'https://covenants.example')).toEqual({
      id: 'c1',
      slug: 'settle-pool-and-river',
      title: 'Settle covenant for the pool and the river',
      neighbourhood: 'Settle',
      localAuthority: 'North Yorkshire Council',
      status: 'IN_FORCE',
      startsOn: '2026-11-01',
      reviewDueOn: '2027-11-01',
      parties: 3,
      commitments: 12,
      delivered: 4,
      overdue: 2,
      url: 'https://covenants.example/covenants/settle-pool-and-river',
    });
  });

  it('leaves empty what a covenant does not have yet', () => {
    const row = covenantRow(
      { ...covenant, local_authority: null, status: 'CONSULTATION', starts_on: null, review_due_on: null },
      'https://covenants.example',
    );
    expect(csvLine(COVENANT_COLUMNS, row)).toBe(
      'c1,settle-pool-and-river,Settle covenant for the pool and the river,Settle,,CONSULTATION,,,3,12,4,2,' +
        'https://covenants.example/covenants/settle-pool-and-river\r\n',
    );
  });

  it('leaves the counts empty, not 0, while the commitments are not public', () => {
    const row = covenantRow(
      { ...covenant, status: 'UNDER_REVIEW', commitments: null, delivered: null, overdue: null },
      'https://covenants.example',
    );
    expect(row).toMatchObject({ parties: 3, commitments: null, delivered: null, overdue: null });
    expect(csvLine(COVENANT_COLUMNS, row)).toContain(',UNDER_REVIEW,2026-11-01,2027-11-01,3,,,,https://');
  });
});

describe('commitmentRow', () => {
  it('writes the per-covenant download’s columns in its formats, then the covenant’s slug', () => {
    expect(Object.keys(commitmentRow(commitment))).toEqual([...COMMITMENT_COLUMNS]);
    expect(csvLine(COMMITMENT_COLUMNS, commitmentRow({ ...commitment, overdue: true }))).toBe(
      'm1,p1,Settle Pool Trust,Reopen the pool on Sundays,,,SHAPE_PUBLIC_SERVICES,2027-06-30,NOT_STARTED,0,true,' +
        '2026-12-02T09:15:00.000Z,settle-pool-and-river\r\n',
    );
  });
});
