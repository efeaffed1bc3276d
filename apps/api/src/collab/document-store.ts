/**
 * Where covenant documents live in PostgreSQL: a snapshot plus the log of
 * updates acknowledged since. Loading replays the log over the snapshot;
 * compaction folds the log into the snapshot in one transaction.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, LessThanOrEqual } from 'typeorm';
import { CovenantDocumentEntity } from './covenant-document.entity';
import { DocumentUpdateEntity } from './document-update.entity';
import { Y, type Doc } from './document/yjs';

@Injectable()
export class DocumentStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Every stored piece of each document, snapshot first, in order; null where the covenant has no document.
   * Both reads see one snapshot of the database, so a compaction committing between them loses nothing.
   */
  async states(covenantIds: readonly string[]): Promise<(Uint8Array[] | null)[]> {
    const [snapshots, updates] = await this.dataSource.transaction('REPEATABLE READ', async (manager) => [
      await manager.findBy(CovenantDocumentEntity, { covenantId: In([...covenantIds]) }),
      await manager.find(DocumentUpdateEntity, { where: { covenantId: In([...covenantIds]) }, order: { id: 'ASC' } }),
    ]);
    return covenantIds.map((id) => {
      const snapshot = snapshots.find((row) => row.covenantId === id);
      if (!snapshot) return null;
      return [snapshot.state, ...updates.filter((row) => row.covenantId === id).map((row) => row.update)].map(
        (buffer) => new Uint8Array(buffer),
      );
    });
  }

  async load(covenantId: string): Promise<Doc | null> {
    const [state] = await this.states([covenantId]);
    if (!state) return null;
    const doc = new Y.Doc();
    doc.transact(() => state.forEach((piece) => Y.applyUpdate(doc, piece)));
    return doc;
  }

  async covenantStatus(covenantId: string): Promise<string> {
    const [row] = (await this.dataSource.query('SELECT status FROM covenants WHERE id = $1', [covenantId])) as {
      status: string;
    }[];
    return row?.status ?? 'WITHDRAWN';
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
    const doc = new Y.Doc();
    doc.transact(() =>
      [snapshot.state, ...updates.map((row) => row.update)].forEach((piece) =>
        Y.applyUpdate(doc, new Uint8Array(piece)),
      ),
    );
    return doc;
  }

  /**
   * Appends updates in one statement (a group commit for whatever arrived
   * together), only while the covenant's text may change. The share lock on
   * the covenant waits for a freeze in progress, so an update either lands
   * before the text is frozen or not at all. False when refused.
   */
  async append(covenantId: string, updates: Uint8Array[]): Promise<boolean> {
    const inserted = (await this.dataSource.query(
      `INSERT INTO covenant_document_updates (covenant_id, update)
       SELECT $1, piece FROM unnest($2::bytea[]) WITH ORDINALITY AS u(piece, n)
       WHERE EXISTS (SELECT 1 FROM covenants WHERE id = $1 AND status IN ('DRAFT', 'UNDER_REVIEW') FOR SHARE)
       ORDER BY n
       RETURNING id`,
      [covenantId, updates.map((update) => Buffer.from(update))],
    )) as unknown[];
    return inserted.length > 0;
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
