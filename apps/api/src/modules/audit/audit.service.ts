/**
 * Each covenant's own tamper-evident record: every change appends an event in
 * the same transaction, hash-chained to the one before. Callers hold the
 * covenant's row lock, so sequence numbers never race.
 */
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  auditHashInput,
  GENESIS_HASH,
  RECORD_ACTIONS,
  recordAtReview,
  type AuditLink,
  type RecordAtReview,
} from '@covenant/domain';
import { createHash } from 'node:crypto';
import { EntityManager, LessThanOrEqual, Repository } from 'typeorm';
import { groupInOrder } from '../../core/database/by-ids';
import type { Tx } from '../../core/database/unit-of-work';
import { AuditEventEntity } from './audit-event.entity';

export function auditHash(link: AuditLink): string {
  return createHash('sha256').update(auditHashInput(link), 'utf8').digest('hex');
}

/** Appends the next link of the covenant's chain, in the caller's transaction. */
export async function appendAuditEvent(
  manager: EntityManager,
  covenantId: string,
  actorId: string | null,
  action: string,
  details: Record<string, unknown>,
): Promise<AuditEventEntity> {
  const last = await manager.findOne(AuditEventEntity, {
    where: { covenantId },
    order: { seq: 'DESC' },
    select: { seq: true, hash: true },
  });
  const link: AuditLink = {
    seq: (last?.seq ?? 0) + 1,
    at: new Date().toISOString(),
    actorId,
    action,
    details: JSON.stringify(details),
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  const row = { covenantId, ...link, hash: auditHash(link) };
  await manager.insert(AuditEventEntity, row);
  return manager.create(AuditEventEntity, row);
}

@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEventEntity) private readonly events: Repository<AuditEventEntity>) {}

  /** Appends the next link of the covenant's chain, in the change's transaction. */
  append(
    tx: Pick<Tx, 'manager'>,
    covenantId: string,
    actorId: string | null,
    action: string,
    details: Record<string, unknown>,
  ): Promise<AuditEventEntity> {
    return appendAuditEvent(tx.manager, covenantId, actorId, action, details);
  }

  /** The covenant's chain in order, up to `throughSeq` when given. */
  list(covenantId: string, throughSeq?: number): Promise<AuditEventEntity[]> {
    const where = throughSeq === undefined ? { covenantId } : { covenantId, seq: LessThanOrEqual(throughSeq) };
    return this.events.find({ where, order: { seq: 'ASC' } });
  }

  /** A page of the chain in order: `first` events after seq `after`, up to `throughSeq` when given. */
  page(
    covenantId: string,
    page: { first: number; after: number | null; throughSeq?: number },
  ): Promise<AuditEventEntity[]> {
    const query = this.events
      .createQueryBuilder('e')
      .where('e.covenant_id = :covenantId', { covenantId })
      .andWhere('e.seq > :after', { after: page.after ?? 0 });
    if (page.throughSeq !== undefined) query.andWhere('e.seq <= :throughSeq', { throughSeq: page.throughSeq });
    return query.orderBy('e.seq', 'ASC').limit(page.first).getMany();
  }

  /** Each covenant's record as it stood when its current review began, from the events that say so. */
  async recordsAtReview(covenantIds: readonly string[]): Promise<RecordAtReview[]> {
    // Plain rows: a big council's page reads them for every covenant of its under review.
    const rows: Pick<AuditEventEntity, 'covenantId' | 'seq' | 'action' | 'details'>[] = await this.events.query(
      `SELECT covenant_id AS "covenantId", seq, action, details FROM audit_events
        WHERE covenant_id = ANY($1::uuid[]) AND action = ANY($2::text[])
        ORDER BY seq`,
      [[...covenantIds], [...RECORD_ACTIONS]],
    );
    return groupInOrder(rows, (row) => row.covenantId, covenantIds).map(recordAtReview);
  }

  /**
   * The covenant's latest seq and a digest of its events' row versions
   * (xmin): it changes with every event appended, and with any row written
   * behind the API's back, without reading what the rows hold.
   */
  async chainStamp(covenantId: string): Promise<string> {
    const [{ stamp }] = (await this.events.query(
      `SELECT coalesce(max(seq), 0) || ':' || md5(coalesce(string_agg(xmin::text, ',' ORDER BY seq), '')) AS stamp
         FROM audit_events WHERE covenant_id = $1`,
      [covenantId],
    )) as { stamp: string }[];
    return stamp;
  }

  /** Recomputes the chain end to end; each problem in words. */
  verifyChain(events: AuditEventEntity[]): string[] {
    const problems: string[] = [];
    let prevHash = GENESIS_HASH;
    events.forEach((event, index) => {
      const expectedSeq = index + 1;
      if (event.seq !== expectedSeq) {
        problems.push(`Audit event ${expectedSeq} is missing: the next event found is number ${event.seq}.`);
      }
      if (event.prevHash !== prevHash) {
        problems.push(`Audit event ${event.seq} does not link to the event before it: the chain was broken.`);
      }
      const recomputed = auditHash(event);
      if (recomputed !== event.hash) {
        problems.push(`Audit event ${event.seq} (${event.action}) was altered: its hash does not match its contents.`);
      }
      prevHash = event.hash;
    });
    return problems;
  }
}
