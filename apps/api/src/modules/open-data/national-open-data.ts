/**
 * The national open data's files (contract/http.md): every covenant anyone
 * may read, and every commitment of them, with fixed columns, made from the
 * rows PostgreSQL returns.
 */
import { PAGE_PATHS, pagePath } from '@covenant/domain';
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

/** Days as YYYY-MM-DD; counts as PostgreSQL's bigint, which arrives as text. */
export interface CovenantRecord {
  id: string;
  slug: string;
  title: string;
  neighbourhood: string;
  local_authority: string | null;
  status: string;
  starts_on: string | null;
  review_due_on: string | null;
  parties: string;
  /** Null where the covenant's commitments are not public (under review). */
  commitments: string | null;
  delivered: string | null;
  overdue: string | null;
}

export interface CommitmentRecord {
  id: string;
  party_id: string;
  organisation: string;
  title: string;
  description: string | null;
  measure: string | null;
  right: string | null;
  due_on: string | null;
  progress: string;
  percent_complete: number;
  overdue: boolean;
  updated_at: Date;
  covenant_slug: string;
}

const count = (value: string | null) => (value === null ? null : Number(value));

/** `publicUrl` is where people reach the platform, so `url` opens the covenant's page from anywhere. */
export function covenantRow(record: CovenantRecord, publicUrl: string): CovenantRow {
  return {
    id: record.id,
    slug: record.slug,
    title: record.title,
    neighbourhood: record.neighbourhood,
    localAuthority: record.local_authority,
    status: record.status,
    startsOn: record.starts_on,
    reviewDueOn: record.review_due_on,
    parties: Number(record.parties),
    commitments: count(record.commitments),
    delivered: count(record.delivered),
    overdue: count(record.overdue),
    url: `${publicUrl}${pagePath(PAGE_PATHS.covenant, { slug: record.slug })}`,
  };
}

/** In the per-covenant download's formats, so a row reads the same in both files. */
export function commitmentRow(record: CommitmentRecord): CommitmentRow {
  return {
    id: record.id,
    partyId: record.party_id,
    organisation: record.organisation,
    title: record.title,
    description: record.description,
    measure: record.measure,
    right: record.right,
    dueOn: record.due_on,
    progress: record.progress,
    percentComplete: record.percent_complete,
    overdue: record.overdue,
    lastUpdatedAt: record.updated_at.toISOString(),
    covenantSlug: record.covenant_slug,
  };
}
