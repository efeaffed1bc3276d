/**
 * Reads the national open data in keyset batches, so a download holds one
 * batch in memory whatever the country's size. Each batch is one statement:
 * the next ids in order (an index scan whatever the planner knows of the
 * table), each joined to its row where an anonymous reader may read it.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { mayReadSql, mayReadWorkingDraftSql, overdueSql } from '@covenant/domain';
import { DataSource } from 'typeorm';
import { PublicUrl } from '../../core/web/public-url';
import {
  commitmentRow,
  covenantRow,
  type CommitmentRecord,
  type CommitmentRow,
  type CovenantRecord,
  type CovenantRow,
} from './national-open-data';

const BATCH = 1_000;
/** Before every uuid, so the first batch starts at the beginning. */
const START = '00000000-0000-0000-0000-000000000000';

/**
 * Commitments of parties that are part of the covenant now, as the covenant's own download lists them: a party
 * that left took its commitments with it.
 */
const CURRENT_COMMITMENTS = `commitments m JOIN covenant_parties p ON p.id = m.party_id AND p.status = 'ACCEPTED'`;

@Injectable()
export class NationalOpenDataService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly publicUrl: PublicUrl,
  ) {}

  /** A covenant under review counts no commitments (empty, not 0): they are drafted again, seen by its parties only. */
  async *covenants(today: string): AsyncGenerator<CovenantRow[]> {
    const base = this.publicUrl.base();
    const rows = this.batches<CovenantRecord>(
      'covenants',
      `SELECT c.id, c.slug, c.title, n.name AS neighbourhood, la.name AS local_authority, c.status,
              to_char(c.starts_on, 'YYYY-MM-DD') AS starts_on, to_char(c.review_due_on, 'YYYY-MM-DD') AS review_due_on,
              (SELECT count(*) FROM covenant_parties p WHERE p.covenant_id = c.id AND p.status = 'ACCEPTED') AS parties,
              k.commitments, k.delivered, k.overdue
         FROM covenants c
         JOIN neighbourhoods n ON n.id = c.neighbourhood_id
         LEFT JOIN organisations la ON la.id = n.local_authority_id
         LEFT JOIN LATERAL (
           SELECT count(*) AS commitments,
                  count(*) FILTER (WHERE m.progress = 'DELIVERED') AS delivered,
                  count(*) FILTER (WHERE ${overdueSql('m', '$3::date')}) AS overdue
             FROM ${CURRENT_COMMITMENTS} WHERE m.covenant_id = c.id
           HAVING ${mayReadWorkingDraftSql('c', null)}) k ON true
        WHERE c.id = page.id AND ${mayReadSql('c', null)}`,
      [today],
    );
    for await (const batch of rows) yield batch.map((record) => covenantRow(record, base));
  }

  /** During a revision only the parties see the drafted commitments, so a covenant under review lists none. */
  async *commitments(today: string): AsyncGenerator<CommitmentRow[]> {
    const rows = this.batches<CommitmentRecord>(
      'commitments',
      `SELECT m.id, m.party_id, o.name AS organisation, m.title, m.description, m.measure, m.right,
              to_char(m.due_on, 'YYYY-MM-DD') AS due_on, m.progress, m.percent_complete,
              ${overdueSql('m', '$3::date')} AS overdue, m.updated_at, c.slug AS covenant_slug
         FROM ${CURRENT_COMMITMENTS}
         JOIN covenants c ON c.id = m.covenant_id
         JOIN organisations o ON o.id = p.organisation_id
        WHERE m.id = page.id AND ${mayReadWorkingDraftSql('c', null)}`,
      [today],
    );
    for await (const batch of rows) yield batch.map(commitmentRow);
  }

  /**
   * `rowSql` reads the readable row of `page.id`, or none; it takes `parameters` from $3 on. A batch whose ids
   * are all hidden yields nothing but still moves the key on. The LIMIT 1 (one row per id at most anyway) keeps
   * PostgreSQL from merging the lookup into a join over the whole table, as it would each batch with statistics
   * that have not yet seen a large load.
   */
  private async *batches<T extends { id: string }>(
    table: 'covenants' | 'commitments',
    rowSql: string,
    parameters: unknown[],
  ): AsyncGenerator<T[]> {
    let after = START;
    for (;;) {
      const rows = (await this.dataSource.query(
        `SELECT page.id AS key, r.*
           FROM (SELECT id FROM ${table} WHERE id > $1 ORDER BY id LIMIT $2) page
           LEFT JOIN LATERAL (${rowSql} LIMIT 1) r ON true
          ORDER BY page.id`,
        [after, BATCH, ...parameters],
      )) as ({ key: string } & (T | { id: null }))[];
      const readable = rows.filter((row): row is { key: string } & T => row.id !== null);
      if (readable.length) yield readable;
      if (rows.length < BATCH) return;
      after = rows[rows.length - 1]!.key;
    }
  }
}
