/** Who is party to a covenant: invitations, answers and departures. */
import { Injectable } from '@nestjs/common';
import { findByIdsInOrder, groupInOrder } from '../../core/database/by-ids';
import { columnsOf, withRelation } from '../../core/database/plain-rows';
import { InjectRepository } from '@nestjs/typeorm';
import { mayReadSql, mayReadWorkingDraftSql, type PartyRole } from '@covenant/domain';
import { Repository } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { badInput, notVisibleError } from '../../core/errors/app-error';
import { policyParty } from '../covenants/covenant-access';
import { CovenantEntity } from '../covenants/covenant.entity';
import { CovenantWork } from '../covenants/covenant-work';
import { NeighbourhoodEntity } from '../neighbourhoods/neighbourhood.entity';
import { MembershipEntity } from '../organisations/membership.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { invitationNotice } from '../covenants/invitation-notice';
import { PartyEntity } from '../covenants/party.entity';

/** An organisation's party, read with its covenant and whether the viewer may read that covenant's working draft. */
export interface OrganisationParty {
  party: PartyEntity & { covenant: CovenantEntity };
  workingDraft: boolean;
}

@Injectable()
export class PartiesService {
  constructor(
    @InjectRepository(PartyEntity) private readonly parties: Repository<PartyEntity>,
    private readonly work: CovenantWork,
  ) {}

  /**
   * Convenor first, then partners in the order invited, the countersigning
   * council last: the order they sign in. Each with its organisation, which
   * the policy needs (is a public body verified?).
   */
  async ofCovenants(covenantIds: readonly string[]): Promise<PartyEntity[][]> {
    // Plain rows (`columnsOf`): an organisation's page reads the parties of every covenant it is party to.
    const rows: Record<string, unknown>[] = await this.parties.query(
      `SELECT ${columnsOf(this.parties.metadata, 'p', 'party.')},
              ${columnsOf(this.parties.manager.connection.getMetadata(OrganisationEntity), 'o', 'organisation.')}
         FROM covenant_parties p JOIN organisations o ON o.id = p.organisation_id
        WHERE p.covenant_id = ANY($1::uuid[])
        ORDER BY CASE p.role WHEN 'CONVENOR' THEN 0 WHEN 'PARTNER' THEN 1 ELSE 2 END, p.invited_at, p.id`,
      [[...covenantIds]],
    );
    return groupInOrder(
      withRelation<PartyEntity>(rows, 'party.', 'organisation'),
      (party) => party.covenantId,
      covenantIds,
    );
  }

  findByIds(ids: readonly string[]): Promise<(PartyEntity | null)[]> {
    return findByIdsInOrder(this.parties, ids);
  }

  /**
   * Each organisation's parties in covenants `viewerId` may read (the read rule is part of the query), newest first,
   * each with its covenant and whether the viewer may read that covenant's working draft: a council's page lists
   * every covenant it countersigns, and neither their rows nor their parties need reading again to show them.
   */
  async ofOrganisations(viewerId: string | null, organisationIds: readonly string[]): Promise<OrganisationParty[][]> {
    const viewer = viewerId === null ? null : '$2';
    const rows: Record<string, unknown>[] = await this.parties.query(
      `SELECT ${columnsOf(this.parties.metadata, 'p', 'party.')},
              ${columnsOf(this.parties.manager.connection.getMetadata(CovenantEntity), 'c', 'covenant.')},
              ${mayReadWorkingDraftSql('c', viewer, 'row')} AS "workingDraft"
         FROM covenant_parties p JOIN covenants c ON c.id = p.covenant_id
        WHERE p.organisation_id = ANY($1::uuid[]) AND ${mayReadSql('c', viewer, 'row')}
        ORDER BY p.invited_at DESC, p.id`,
      viewerId === null ? [[...organisationIds]] : [[...organisationIds], viewerId],
    );
    const parties = withRelation<PartyEntity & { covenant: CovenantEntity }>(rows, 'party.', 'covenant');
    return groupInOrder(
      parties.map((party, index) => ({ party, workingDraft: rows[index].workingDraft === true })),
      (found) => found.party.organisationId,
      organisationIds,
    );
  }

  /** Invitations waiting for an answer from organisations the user is an ADMIN of. */
  pendingFor(userId: string): Promise<PartyEntity[]> {
    return this.parties
      .createQueryBuilder('p')
      .innerJoin(MembershipEntity, 'm', 'm.organisation_id = p.organisation_id')
      .where('m.user_id = :userId AND m.role = :admin AND p.status = :invited', {
        userId,
        admin: 'ADMIN',
        invited: 'INVITED',
      })
      .orderBy('p.invited_at', 'DESC')
      .getMany();
  }

  async invite(viewer: Viewer, covenantId: string, organisationId: string, role: PartyRole): Promise<PartyEntity> {
    return this.work.change(covenantId, viewer, async (change) => {
      const { manager, covenant, parties } = change;
      const organisation = await manager.findOneBy(OrganisationEntity, { id: organisationId });
      if (!organisation) {
        change.require('read');
        throw badInput('That organisation does not exist.', { organisationId: 'Choose an organisation.' });
      }
      const neighbourhood = await manager.findOneByOrFail(NeighbourhoodEntity, { id: covenant.neighbourhoodId });
      change.require('invite', { invitation: { organisation, role, neighbourhood } });
      const party = await manager.save(
        manager.create(PartyEntity, {
          covenantId,
          organisationId,
          role,
          status: 'INVITED',
          invitedById: viewer.userId,
        }),
      );
      await change.audit('party.invited', { partyId: party.id, organisationId, role });
      change.emit('party.changed', { partyId: party.id, status: party.status });
      const convenorParty = parties.find((p) => p.role === 'CONVENOR');
      const convenor = convenorParty
        ? await manager.findOneByOrFail(OrganisationEntity, { id: convenorParty.organisationId })
        : organisation;
      await change.notifyAdmins(organisationId, invitationNotice(covenant, neighbourhood, convenor, role));
      return party;
    });
  }

  async respond(viewer: Viewer, partyId: string, accept: boolean): Promise<PartyEntity> {
    const party = await this.parties.findOneBy({ id: partyId });
    if (!party) throw notVisibleError('party');
    return this.work.change(party.covenantId, viewer, async (change) => {
      const target = change.parties.find((p) => p.id === partyId)!;
      change.require('respondToInvitation', { targetParty: policyParty(target) });
      target.status = accept ? 'ACCEPTED' : 'DECLINED';
      target.respondedAt = new Date();
      const saved = await change.manager.save(target);
      change.emit('party.changed', { partyId, status: target.status });
      await change.audit(accept ? 'party.accepted' : 'party.declined', {
        partyId,
        organisationId: target.organisationId,
        role: target.role,
      });
      return saved;
    });
  }

  async remove(viewer: Viewer, partyId: string): Promise<PartyEntity> {
    const party = await this.parties.findOneBy({ id: partyId });
    if (!party) throw notVisibleError('party');
    return this.work.change(party.covenantId, viewer, async (change) => {
      const target = change.parties.find((p) => p.id === partyId)!;
      change.require('removeParty', { targetParty: policyParty(target) });
      const leaving = change.facts.viewer.parties.some((p) => p.partyId === partyId);
      target.status = 'REMOVED';
      target.respondedAt = target.respondedAt ?? new Date();
      const saved = await change.manager.save(target);
      change.emit('party.changed', { partyId, status: target.status });
      await change.audit('party.removed', {
        partyId,
        organisationId: target.organisationId,
        role: target.role,
        ...(leaving ? { left: true } : {}),
      });
      return saved;
    });
  }
}
