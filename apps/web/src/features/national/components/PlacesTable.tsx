import { PAGE_PATHS, PLACE_STANDING_LABELS, PLACE_STANDINGS, pagePath } from '@covenant/domain';
import { Link } from 'react-router-dom';
import type { NationalPlace as Place } from '../api/national-picture';
import { SortableTable, type Column } from './SortableTable';

type Key = 'name' | 'standing' | 'covenantsInForce' | 'commitments' | 'delivered' | 'overdue';

const COLUMNS: readonly Column<Place, Key>[] = [
  {
    key: 'name',
    label: 'Neighbourhood',
    value: (row) => row.name,
    cell: (row) => <Link to={pagePath(PAGE_PATHS.neighbourhood, { slug: row.slug })}>{row.name}</Link>,
  },
  {
    key: 'standing',
    label: 'How it is doing',
    // Sorted worst first when pressed: the order of the standings, from none to many overdue.
    value: (row) => PLACE_STANDINGS.indexOf(row.standing),
    cell: (row) => PLACE_STANDING_LABELS[row.standing],
  },
  { key: 'covenantsInForce', label: 'Covenants in force', value: (row) => row.covenantsInForce, numeric: true },
  { key: 'commitments', label: 'Commitments', value: (row) => row.commitments, numeric: true },
  { key: 'delivered', label: 'Delivered', value: (row) => row.delivered, numeric: true },
  { key: 'overdue', label: 'Overdue', value: (row) => row.overdue, numeric: true },
];

/** The map's information as text, and every neighbourhood, with a boundary or not. */
export function PlacesTable({ places }: { places: readonly Place[] }) {
  return (
    <SortableTable
      caption="Neighbourhoods"
      columns={COLUMNS}
      rows={places}
      rowKey={(row) => row.id}
      initialSort={{ key: 'name', direction: 'ascending' }}
      pageSize={50}
      noun={{ one: 'neighbourhood', other: 'neighbourhoods' }}
    />
  );
}
