/**
 * Reads the national open data in keyset batches, so a download holds one
 * batch in memory whatever the country's size. Each batch takes the next ids
 * in order (an index scan whatever the planner knows of the table), then
 * their rows where the covenants' read rule lets anyone read them.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { mayReadSql, mayReadWorkingDraftSql, overdueSql, PAGE_PATHS, pagePath } from '@covenant/domain';
import { DataSource } from 'typeorm';
import { PublicUrl } from '../../core/web/public-url';
import type { CommitmentRow, CovenantRow } from './national-open-data';

const BATCH = 1_000;
/** Before every uuid, so the first batch starts at the beginning. */
const START = '00000000-0000-0000-0000-000000000000';

interface CovenantRecord {
  id: string;
  slug: string;
  title: string;
  neighbourhood: string;
  local_authority: string | null;
  status: string;
  starts_on: string | null;
  review_due_on: string | null;
  parties: string;
  commitments: string;
  delivered: string;
  overdue: string;
}

interface CommitmentRecord {
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

@Injectable()
export class NationalOpenDataService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly publicUrl: PublicUrl,
  ) {}

  async *covenants(today: string): AsyncGenerator<CovenantRow[]> {
    const base = this.publicUrl.base();
    for await (const batch of this.batches<CovenantRecord>(
      'covenants',
      `SELECT c.id, c.slug, c.title, n.name AS neighbourhood, la.name AS local_authority, c.status,
              to_char(c.starts_on, 'YYYY-MM-DD') AS starts_on, to_char(c.review_due_on, 'YYYY-MM-DD') AS review_due_on,
              (SELECT count(*) FROM covenant_parties p WHERE p.covenant_id = c.id AND p.status = 'ACCEPTED') AS parties,
              m.commitments, m.delivered, m.overdue
         FROM covenants c
         JOIN neighbourhoods n ON n.id = c.neighbourhood_id
         LEFT JOIN organisations la ON la.id = n.local_authority_id
         CROSS JOIN LATERAL (
           SELECT count(*) AS commitments,
                  count(*) FILTER (WHERE m.progress = 'DELIVERED') AS delivered,
                  count(*) FILTER (WHERE ${overdueSql('m', '$2::date')}) AS overdue
             FROM commitments m WHERE m.covenant_id = c.id) m
        WHERE c.id = ANY($1::uuid[]) AND ${mayReadSql('c', null)}
        ORDER BY c.id`,
      [today],
    )) {
      yield batch.map((c) => ({
        id: c.id,
        slug: c.slug,
        title: c.title,
        neighbourhood: c.neighbourhood,
        localAuthority: c.local_authority,
        status: c.status,
        startsOn: c.starts_on,
        reviewDueOn: c.review_due_on,
        parties: Number(c.parties),
        commitments: Number(c.commitments),
        delivered: Number(c.delivered),
        overdue: Number(c.overdue),
        url: `${base}${pagePath(PAGE_PATHS.covenant, { slug: c.slug })}`,
      }));
    }
  }

  async *commitments(today: string): AsyncGenerator<CommitmentRow[]> {
    for await (const batch of this.batches<CommitmentRecord>(
      'commitments',
      `SELECT m.id, m.party_id, o.name AS organisation, m.title, m.description, m.measure, m.right,
              to_char(m.due_on, 'YYYY-MM-DD') AS due_on, m.progress, m.percent_complete,
              ${overdueSql('m', '$2::date')} AS overdue, m.updated_at, c.slug AS covenant_slug
         FROM commitments m
         JOIN covenants c ON c.id = m.covenant_id
         JOIN covenant_parties p ON p.id = m.party_id
         JOIN organisations o ON o.id = p.organisation_id
        WHERE m.id = ANY($1::uuid[]) AND ${mayReadWorkingDraftSql('c', null)}
        ORDER BY m.id`,
      [today],
    )) {
      yield batch.map((m) => ({
        id: m.id,
        partyId: m.party_id,
        organisation: m.organisation,
        title: m.title,
        description: m.description,
        measure: m.measure,
        right: m.right,
        dueOn: m.due_on,
        progress: m.progress,
        percentComplete: m.percent_complete,
        overdue: m.overdue,
        lastUpdatedAt: m.updated_at.toISOString(),
        covenantSlug: m.covenant_slug,
      }));
    }
  }

  /** `rowsSql` takes the batch's ids as $1, then `parameters`. */
  private async *batches<T>(
    table: 'covenants' | 'commitments',
    rowsSql: string,
    parameters: unknown[],
  ): AsyncGenerator<T[]> {
    let after = START;
    for (;;) {
      const ids = (
        (await this.dataSource.query(`SELECT id FROM ${table} WHERE id > $1 ORDER BY id LIMIT $2`, [after, BATCH])) as {
          id: string;
        }[]
      ).map((row) => row.id);
      if (!ids.length) return;
      const rows = (await this.dataSource.query(rowsSql, [ids, ...parameters])) as T[];
      if (rows.length) yield rows;
      if (ids.length < BATCH) return;
      after = ids[ids.length - 1]!;
    }
  }
}
