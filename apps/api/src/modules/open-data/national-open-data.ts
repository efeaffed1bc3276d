/**
 * The national open data's files (contract/http.md): every covenant anyone
 * may read, and every commitment of them, with fixed columns.
 */
import { OPEN_DATA_COLUMNS } from '../commitments/open-data';

export const COVENANT_COLUMNS = [
  'id',
  'slug',
  'title',
  'neighbourhood',
  'localAuthority',
  'status',
  'startsOn',
  'reviewDueOn',
  'parties',
  'commitments',
  'delivered',
  'overdue',
  'url',
] as const;

/** The per-covenant download's columns, then the covenant's slug. */
export const COMMITMENT_COLUMNS = [...OPEN_DATA_COLUMNS, 'covenantSlug'] as const;

export type CovenantRow = Record<(typeof COVENANT_COLUMNS)[number], string | number | null>;
export type CommitmentRow = Record<(typeof COMMITMENT_COLUMNS)[number], string | number | boolean | null>;
