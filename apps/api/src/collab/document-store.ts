/**
 * Where covenant documents live in PostgreSQL: a snapshot plus the log of
 * updates acknowledged since. Loading replays the log over the snapshot;
 * compaction folds the log into the snapshot in one transaction.
 */
import { Injectable } from '@nestjs/common';
import { mayEditSql, sessionLiveSql } from '@covenant/domain';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, LessThanOrEqual } from 'typeorm';
import { CovenantDocumentEntity } from './covenant-document.entity';
import { DocumentUpdateEntity } from './document-update.entity';
import { Y, covenantDoc, type Doc } from './document/yjs';

/** An update with its covenant and who sent it, so the store can check the sender's right to edit as it writes. */
export interface AuthoredUpdate {
  covenantId: string;
  update: Uint8Array;
  userId: string;
  sessionId: string;
}

interface Pool {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: { stored: string[] }[] }>;
}

/**
 * The group commit's statement, prepared once per connection (by its name):
 * planning it again for every commit would cost more than running it.
 * RECURSIVE only lets the INSERT come first, so that the start of the text,
 * all PostgreSQL shows of a statement waiting for a lock, names what it writes.
 */
const APPEND = {
  name: 'covenant_document_append',
  text: `WITH RECURSIVE stored AS (
      INSERT INTO covenant_document_updates (covenant_id, update) SELECT covenant_id, piece FROM allowed ORDER BY n
    ), sent AS (
      SELECT * FROM unnest($1::uuid[], $2::bytea[], $3::uuid[], $4::uuid[])
        WITH ORDINALITY AS u(covenant_id, piece, user_id, session_id, n)
    ), entitled AS (
      SELECT a.covenant_id, a.user_id, a.session_id
      FROM (SELECT DISTINCT covenant_id, user_id, session_id FROM sent) a
      WHERE ${mayEditSql('a.covenant_id', 'a.user_id')} AND ${sessionLiveSql('a.session_id', 'a.user_id')}
    ), allowed AS (
      SELECT sent.n, sent.covenant_id, sent.piece FROM sent JOIN entitled USING (covenant_id, user_id, session_id)
    )
    SELECT coalesce(array_agg(n ORDER BY n), '{}') AS stored FROM allowed`,
};

@Injectable()
export class DocumentStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Every stored piece of each document, snapshot first, in order; null where the covenant has no document.
   * One statement reads the snapshot and the log, so both come from one snapshot of the database: a
   * compaction committing meanwhile loses nothing.
   */
  async states(covenantIds: readonly string[]): Promise<(Uint8Array[] | null)[]> {
    // A row per piece: a document's pieces as one array would come as one text to parse, megabytes long.
    const rows: { covenantId: string; piece: Buffer }[] = await this.dataSource.query(
      `SELECT d.covenant_id AS "covenantId", d.state AS piece, 0 AS n
         FROM covenant_documents d WHERE d.covenant_id = ANY($1::uuid[])
       UNION ALL
       SELECT u.covenant_id, u.update, u.id
         FROM covenant_document_updates u JOIN covenant_documents d ON d.covenant_id = u.covenant_id
        WHERE u.covenant_id = ANY($1::uuid[])
       ORDER BY "covenantId", n`,
      [[...covenantIds]],
    );
    const pieces = new Map<string, Uint8Array[]>();
    for (const row of rows) {
      const piece = new Uint8Array(row.piece);
      const known = pieces.get(row.covenantId);
      if (known) known.push(piece);
      else pieces.set(row.covenantId, [piece]);
    }
    return covenantIds.map((id) => pieces.get(id) ?? null);
  }

  async load(covenantId: string): Promise<Doc | null> {
    const [state] = await this.states([covenantId]);
    return state ? covenantDoc(covenantId, state) : null;
  }

  /**
   * The document as stored, read inside the caller's transaction (which holds
   * the covenant's row lock). The snapshot's share lock keeps a compaction
   * from moving the log into the snapshot between the two reads.
   */
  async readIn(manager: EntityManager, covenantId: string): Promise<Doc | null> {
    const snapshot = await manager
      .createQueryBuilder(CovenantDocumentEntity, 'd')
      .setLock('pessimistic_read')
      .where('d.covenant_id = :covenantId', { covenantId })
      .getOne();
    if (!snapshot) return null;
    const updates = await manager.find(DocumentUpdateEntity, { where: { covenantId }, order: { id: 'ASC' } });
    return covenantDoc(
      covenantId,
      [snapshot.state, ...updates.map((row) => row.update)].map((piece) => new Uint8Array(piece)),
    );
  }

  /**
   * Appends updates, of any covenants, in one statement (a group commit for
   * whatever arrived together), each only if its author may still edit its
   * covenant with a live session at this moment: the rule is checked by
   * PostgreSQL with the rows it reads share-locked, so a freeze, a party's
   * removal, a member's removal or a sign-out either waits for this write or
   * refuses it. Answers, for each update in order, whether it was stored.
   */
  async append(updates: readonly AuthoredUpdate[]): Promise<boolean[]> {
    const pool = (this.dataSource.driver as unknown as { master: Pool }).master;
    const { rows } = await pool.query({
      ...APPEND,
      values: [
        updates.map((entry) => entry.covenantId),
        updates.map((entry) => Buffer.from(entry.update.buffer, entry.update.byteOffset, entry.update.byteLength)),
        updates.map((entry) => entry.userId),
        updates.map((entry) => entry.sessionId),
      ],
    });
    const stored = new Set(rows[0].stored.map(Number));
    return updates.map((_, index) => stored.has(index + 1));
  }

  /** Folds the log into the snapshot; updates appended meanwhile stay in the log. */
  async compact(covenantId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const snapshot = await manager
        .createQueryBuilder(CovenantDocumentEntity, 'd')
        .setLock('pessimistic_write')
        .where('d.covenant_id = :covenantId', { covenantId })
        .getOne();
      if (!snapshot) return;
      const updates = await manager.find(DocumentUpdateEntity, { where: { covenantId }, order: { id: 'ASC' } });
      if (!updates.length) return;
      const merged = Y.mergeUpdates(
        [snapshot.state, ...updates.map((row) => row.update)].map((b) => new Uint8Array(b)),
      );
      await manager.update(CovenantDocumentEntity, { covenantId }, { state: Buffer.from(merged) });
      await manager.delete(DocumentUpdateEntity, { covenantId, id: LessThanOrEqual(updates[updates.length - 1].id) });
    });
  }
}
