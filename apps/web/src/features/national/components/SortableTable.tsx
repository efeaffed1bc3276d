import { useState, type ReactNode } from 'react';
import { ShowMore } from '../../../components/ui/ShowMore';
import { TableScroll } from '../../../components/ui/TableScroll';
import type { Noun } from '../../../lib/paging';
import { nextSort, sortRows, type SortState } from '../sorting';

export interface Column<R, K extends string> {
  key: K;
  label: string;
  /** What the column sorts by. */
  value: (row: R) => string | number;
  /** What the cell shows, when not the value itself. */
  cell?: (row: R) => ReactNode;
  numeric?: boolean;
}

interface SortableTableProps<R, K extends string> {
  caption: string;
  columns: readonly Column<R, K>[];
  rows: readonly R[];
  rowKey: (row: R) => string;
  initialSort: SortState<K>;
  /** Long tables show this many rows at first, and as many more at each press of "Show more". */
  pageSize?: number;
  noun: Noun;
}

/** A table whose column headings are buttons that sort it; `aria-sort` tells screen readers which and how. */
export function SortableTable<R, K extends string>({
  caption,
  columns,
  rows,
  rowKey,
  initialSort,
  pageSize = Infinity,
  noun,
}: SortableTableProps<R, K>) {
  const [sort, setSort] = useState(initialSort);
  const [shown, setShown] = useState(pageSize);
  const textKeys = columns.filter((column) => !column.numeric).map((column) => column.key);
  const byKey = new Map(columns.map((column) => [column.key, column]));
  const sorted = sortRows(rows, sort, (row, key) => byKey.get(key)!.value(row)).slice(0, shown);
  return (
    <>
      <TableScroll label={caption}>
        <table className="data-table national-table">
          <caption className="visually-hidden">
            {caption}, sorted by {byKey.get(sort.key)!.label.toLowerCase()}, {sort.direction}
          </caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={sort.key === column.key ? sort.direction : 'none'}
                  className={column.numeric ? 'numeric' : undefined}
                >
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() => setSort((current) => nextSort(current, column.key, textKeys))}
                  >
                    {column.label}
                    <span aria-hidden="true" className="sort-button__arrow">
                      {sort.key === column.key ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sorted.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((column, index) =>
                  index === 0 ? (
                    <th key={column.key} scope="row">
                      {column.cell ? column.cell(row) : column.value(row)}
                    </th>
                  ) : (
                    <td key={column.key} className={column.numeric ? 'numeric' : undefined}>
                      {column.cell ? column.cell(row) : column.value(row)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {rows.length > pageSize ? (
        <ShowMore
          shown={sorted.length}
          total={rows.length}
          noun={noun}
          hasMore={sorted.length < rows.length}
          loadingMore={false}
          onShowMore={() => setShown((current) => current + pageSize)}
        />
      ) : null}
    </>
  );
}
