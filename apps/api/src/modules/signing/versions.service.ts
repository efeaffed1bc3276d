/** Reading frozen versions and their signatures, and what a lifecycle move does to them. */
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Transition } from '@covenant/domain';
import { In, Repository } from 'typeorm';
import { findByIdsInOrder, groupInOrder } from '../../core/database/by-ids';
import { columnsOf } from '../../core/database/plain-rows';
import type { Tx } from '../../core/database/unit-of-work';
import { CovenantLifecycle } from '../covenants/covenant-lifecycle';
import { SignatureEntity } from './signature.entity';
import { VersionEntity } from './version.entity';

@Injectable()
export class VersionsService {
  constructor(
    @InjectRepository(VersionEntity) private readonly versions: Repository<VersionEntity>,
    @InjectRepository(SignatureEntity) private readonly signatures: Repository<SignatureEntity>,
    lifecycle: CovenantLifecycle,
  ) {
    lifecycle.onMoved((tx, covenantId, transition) => this.settle(tx, covenantId, transition));
  }

  /** Each covenant's versions, oldest first. */
  async ofCovenants(covenantIds: readonly string[]): Promise<VersionEntity[][]> {
    // Plain rows (`columnsOf`): every covenant page reads them.
    const rows: VersionEntity[] = await this.versions.query(
      `SELECT ${columnsOf(this.versions.metadata, 'v')} FROM covenant_versions v
        WHERE v.covenant_id = ANY($1::uuid[]) ORDER BY v.number`,
      [[...covenantIds]],
    );
    return groupInOrder(rows, (row) => row.covenantId, covenantIds);
  }

  /** Each version's signatures in the order they were made. */
  async signaturesOf(versionIds: readonly string[]): Promise<SignatureEntity[][]> {
    const rows = await this.signatures.find({
      where: { versionId: In([...versionIds]) },
      order: { signedAt: 'ASC', id: 'ASC' },
    });
    return groupInOrder(rows, (row) => row.versionId, versionIds);
  }

  findByIds(ids: readonly string[]): Promise<(VersionEntity | null)[]> {
    return findByIdsInOrder(this.versions, ids);
  }

  findByNumber(covenantId: string, number: number): Promise<VersionEntity | null> {
    return this.versions.findOneBy({ covenantId, number });
  }

  /**
   * A digest of the row versions (PostgreSQL's xmin) of the covenant's
   * versions and signatures: it changes whenever one of those rows is written,
   * through the API or behind its back, without reading what they hold.
   */
  async rowsStamp(covenantId: string): Promise<string> {
    const [{ stamp }] = (await this.versions.query(
      `SELECT md5(coalesce(string_agg(v.xmin::text || ':' || coalesce(s.xmins, ''), ',' ORDER BY v.id), '')) AS stamp
         FROM covenant_versions v
         LEFT JOIN LATERAL (SELECT string_agg(xmin::text, ',' ORDER BY id) AS xmins
                              FROM signatures WHERE version_id = v.id) s ON true
        WHERE v.covenant_id = $1`,
      [covenantId],
    )) as { stamp: string }[];
    return stamp;
  }

  /**
   * Settles the versions when the covenant moves, in the caller's transaction:
   * sending an open version back or withdrawing it supersedes it and its
   * signatures (they are kept, marked as such); ending the covenant ends the
   * version in force. Returns what changed, for the audit trail.
   */
  async settle({ manager }: Tx, covenantId: string, transition: Transition): Promise<Record<string, unknown>> {
    if (transition === 'returnToDraft' || transition === 'withdrawCovenant') {
      const open = await manager.findOneBy(VersionEntity, { covenantId, status: 'OPEN' });
      if (!open) return {};
      await manager.update(VersionEntity, { id: open.id }, { status: 'SUPERSEDED' });
      const superseded = await manager.update(
        SignatureEntity,
        { versionId: open.id, status: 'VALID' },
        { status: 'SUPERSEDED' },
      );
      return { supersededVersion: open.number, supersededSignatures: superseded.affected ?? 0 };
    }
    if (transition === 'endCovenant') {
      const inForce = await manager.findOneBy(VersionEntity, { covenantId, status: 'IN_FORCE' });
      if (!inForce) return {};
      await manager.update(VersionEntity, { id: inForce.id }, { status: 'ENDED' });
      return { endedVersion: inForce.number };
    }
    return {};
  }
}
