/**
 * Disputed delivery: a resident or another party challenges a DELIVERED
 * report, with a reason and evidence, and the reporting party answers. Both
 * are covenant changes (the covenant's lock, its audit trail, its events).
 */
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { PAGE_PATHS, pagePath, type ActionContext } from '@covenant/domain';
import { In, Repository, type EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { groupInOrder } from '../../core/database/by-ids';
import { notVisibleError } from '../../core/errors/app-error';
import { CommitmentUpdateEntity } from '../commitments/commitment-update.entity';
import { CommitmentEntity } from '../commitments/commitment.entity';
import type { CovenantChange } from '../covenants/covenant-work';
import { CovenantWork } from '../covenants/covenant-work';
import { DeliveryDisputeEntity } from './delivery-dispute.entity';

@Injectable()
export class DisputesService {
  constructor(
    @InjectRepository(DeliveryDisputeEntity) private readonly disputes: Repository<DeliveryDisputeEntity>,
    @InjectRepository(CommitmentEntity) private readonly commitments: Repository<CommitmentEntity>,
    private readonly work: CovenantWork,
  ) {}

  /** Each commitment's disputes, oldest first. */
  async ofCommitments(commitmentIds: readonly string[]): Promise<DeliveryDisputeEntity[][]> {
    const rows = await this.disputes.find({
      where: { commitmentId: In([...commitmentIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return groupInOrder(rows, (row) => row.commitmentId, commitmentIds);
  }

  /** The commitment's disputes as they are inside the caller's transaction. */
  inTransaction(manager: EntityManager, commitmentId: string): Promise<DeliveryDisputeEntity[]> {
    return manager.find(DeliveryDisputeEntity, { where: { commitmentId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async dispute(
    viewer: Viewer,
    commitmentId: string,
    reason: string,
    evidenceUrl: string | null,
  ): Promise<DeliveryDisputeEntity> {
    const existing = await this.commitments.findOneBy({ id: commitmentId });
    if (!existing) throw notVisibleError('commitment');
    return this.work.change(existing.covenantId, viewer, async (change) => {
      change.require('read');
      const commitment = await this.current(change.manager, commitmentId);
      const party = change.parties.find((p) => p.id === commitment.partyId)!;
      const partyName = party.organisation!.name;
      const disputes = await this.inTransaction(change.manager, commitment.id);
      const delivery: NonNullable<ActionContext['delivery']> = {
        partyId: party.id,
        partyName,
        delivered: commitment.progress === 'DELIVERED',
        viewerHasOpenDispute: disputes.some((d) => d.raisedById === viewer.userId && d.answer === null),
      };
      change.require('disputeDelivery', { delivery });
      const report = await change.manager.findOneOrFail(CommitmentUpdateEntity, {
        where: { commitmentId: commitment.id },
        order: { createdAt: 'DESC', id: 'DESC' },
      });
      const dispute = await change.manager.save(
        change.manager.create(DeliveryDisputeEntity, {
          commitmentId: commitment.id,
          reportId: report.id,
          raisedById: viewer.userId,
          reason,
          evidenceUrl,
        }),
      );
      await change.audit('delivery.disputed', {
        commitmentId: commitment.id,
        disputeId: dispute.id,
        organisationId: party.organisationId,
        title: commitment.title,
      });
      await change.notifyAdmins(party.organisationId, {
        kind: 'delivery.disputed',
        title: `Delivery disputed: ${commitment.title}`,
        body: `Someone disputes that ${partyName} delivered "${commitment.title}" as reported: ${reason} Answer on the accountability page; a dispute left unanswered for 28 days can be escalated to the Community Power Commissioner.`,
        link: this.link(change, commitment.id),
        covenantId: change.covenant.id,
      });
      change.emit('commitment.changed', { commitmentId: commitment.id });
      return dispute;
    });
  }

  async answer(viewer: Viewer, disputeId: string, answer: string): Promise<DeliveryDisputeEntity> {
    const found = await this.disputes.findOneBy({ id: disputeId });
    if (!found) throw notVisibleError('dispute');
    const commitment = await this.commitments.findOneBy({ id: found.commitmentId });
    if (!commitment) throw notVisibleError('dispute');
    return this.work.change(commitment.covenantId, viewer, async (change) => {
      change.require('read');
      const dispute = await change.manager.findOneBy(DeliveryDisputeEntity, { id: disputeId });
      if (!dispute) throw notVisibleError('dispute');
      const party = change.parties.find((p) => p.id === commitment.partyId)!;
      change.require('answerDispute', {
        dispute: { partyId: party.id, partyName: party.organisation!.name, answered: dispute.answer !== null },
      });
      Object.assign(dispute, { answer, answeredById: viewer.userId, answeredAt: new Date() });
      const saved = await change.manager.save(dispute);
      await change.audit('dispute.answered', {
        commitmentId: commitment.id,
        disputeId: dispute.id,
        organisationId: party.organisationId,
        title: commitment.title,
      });
      await change.notifyUsers([dispute.raisedById], {
        kind: 'dispute.answered',
        title: `${party.organisation!.name} answered your dispute: ${commitment.title}`,
        body: `${party.organisation!.name} answered your dispute of its report that "${commitment.title}" was delivered: ${answer} If this does not settle it, you can escalate it to the Community Power Commissioner.`,
        link: this.link(change, commitment.id),
        covenantId: change.covenant.id,
      });
      change.emit('commitment.changed', { commitmentId: commitment.id });
      return saved;
    });
  }

  private link(change: CovenantChange, commitmentId: string): string {
    return `${pagePath(PAGE_PATHS.accountability, { slug: change.covenant.slug })}#commitment-${commitmentId}`;
  }

  private async current(manager: EntityManager, commitmentId: string): Promise<CommitmentEntity> {
    const commitment = await manager.findOneBy(CommitmentEntity, { id: commitmentId });
    if (!commitment) throw notVisibleError('commitment');
    return commitment;
  }
}
