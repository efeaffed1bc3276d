import { PAGE_PATHS, pagePath } from '@covenant/domain';
import { Link } from 'react-router-dom';
import type { NationalPictureQuery } from '../../../gql/graphql';
import { SortableTable, type Column } from './SortableTable';

type Council = NationalPictureQuery['nationalPicture']['councils'][number];
type Key = 'council' | 'covenantsInForce' | 'commitments' | 'delivered' | 'overdue';

const COLUMNS: readonly Column<Council, Key>[] = [
  {
    key: 'council',
    label: 'Council',
    value: (row) => row.council.name,
    cell: (row) => <Link to={pagePath(PAGE_PATHS.organisation, { slug: row.council.slug })}>{row.council.name}</Link>,
  },
  { key: 'covenantsInForce', label: 'Covenants in force', value: (row) => row.covenantsInForce, numeric: true },
  { key: 'commitments', label: 'Commitments', value: (row) => row.commitments, numeric: true },
  { key: 'delivered', label: 'Delivered', value: (row) => row.delivered, numeric: true },
  { key: 'overdue', label: 'Overdue', value: (row) => row.overdue, numeric: true },
];

export function CouncilTable({ councils }: { councils: readonly Council[] }) {
  return (
    <section className="section stack" aria-labelledby="councils-title">
      <h2 id="councils-title">Councils</h2>
      <p>
        Each council’s neighbourhoods: the covenants in force there and how their commitments are doing. Press a
        column’s heading to sort by it.
      </p>
      {councils.length ? (
        <SortableTable
          caption="Councils"
          columns={COLUMNS}
          rows={councils}
          rowKey={(row) => row.council.id}
          initialSort={{ key: 'council', direction: 'ascending' }}
          pageSize={50}
          noun={{ one: 'council', other: 'councils' }}
        />
      ) : (
        <p>No council is on the platform yet.</p>
      )}
    </section>
  );
}
