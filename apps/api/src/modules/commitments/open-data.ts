/**
 * A covenant's commitments as open data (contract/http.md): one row per
 * commitment with stable column names, as CSV (RFC 4180, with a header row)
 * or as a JSON array, so councils can put them into their own reporting.
 */
import { csvTable } from '../../core/web/csv';
import type { CommitmentObject } from './commitment.object';

export const OPEN_DATA_COLUMNS = [
  'id',
  'partyId',
  'organisation',
  'title',
  'description',
  'measure',
  'right',
  'dueOn',
  'progress',
  'percentComplete',
  'overdue',
  'lastUpdatedAt',
] as const;

export type OpenDataRow = Record<(typeof OPEN_DATA_COLUMNS)[number], string | number | boolean | null>;

export function openDataRows(
  commitments: CommitmentObject[],
  organisationOfParty: ReadonlyMap<string, string>,
): OpenDataRow[] {
  return commitments.map((c) => ({
    id: c.id,
    partyId: c.partyId,
    organisation: organisationOfParty.get(c.partyId) ?? null,
    title: c.title,
    description: c.description,
    measure: c.measure,
    right: c.right,
    dueOn: c.dueOn,
    progress: c.progress,
    percentComplete: c.percentComplete,
    overdue: c.overdue,
    lastUpdatedAt: c.updatedAt.toISOString(),
  }));
}

export function toCsv(rows: OpenDataRow[]): string {
  return csvTable(OPEN_DATA_COLUMNS, rows);
}
