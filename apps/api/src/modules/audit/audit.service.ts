/**
 * Each covenant's own tamper-evident record: every change appends an event in
 * the same transaction, hash-chained to the one before. Callers hold the
 * covenant's row lock, so sequence numbers never race.
 */
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { auditHashInput, GENESIS_HASH, type AuditLink } from '@covenant/domain';
import { createHash } from 'node:crypto';
import { EntityManager, Repository } from 'typeorm';
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

  list(covenantId: string): Promise<AuditEventEntity[]> {
    return this.events.find({ where: { covenantId }, order: { seq: 'ASC' } });
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
