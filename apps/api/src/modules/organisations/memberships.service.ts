/** Who belongs to which organisation, in which role; only an organisation's ADMINs change it. */
import { Injectable } from '@nestjs/common';
import { groupInOrder } from '../../core/database/by-ids';
import { columnsOf, withRelation } from '../../core/database/plain-rows';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { organisationPolicy, type MemberRole } from '@covenant/domain';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { AccessChanges } from '../../core/auth/access-changes';
import type { Viewer } from '../../core/auth/viewer';
import { badInput, conflict, forbidden, notFound } from '../../core/errors/app-error';
import { isUniqueViolation } from '../../core/database/postgres-errors';
import { UnitOfWork } from '../../core/database/unit-of-work';
import { UsersService } from '../users/users.service';
import { UserEntity } from '../users/user.entity';
import { MembershipEntity } from './membership.entity';
import { AddMemberInput, UpdateMembershipInput } from './organisation.inputs';
import { OrganisationEntity } from './organisation.entity';

const LAST_ADMIN =
  'An organisation needs at least one admin. Make someone else an admin first, then change or remove this one.';

@Injectable()
export class MembershipsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(MembershipEntity) private readonly memberships: Repository<MembershipEntity>,
    private readonly users: UsersService,
    private readonly unitOfWork: UnitOfWork,
    private readonly accessChanges: AccessChanges,
  ) {}

  /**
   * Each person's memberships, oldest first, with their organisations. Read for every signed-in
   * request, so as plain rows (`columnsOf`).
   */
  async forUsers(userIds: readonly string[]): Promise<MembershipEntity[][]> {
    const rows: Record<string, unknown>[] = await this.memberships.query(
      `SELECT ${columnsOf(this.memberships.metadata, 'm', 'membership.')},
              ${columnsOf(this.dataSource.getMetadata(OrganisationEntity), 'o', 'organisation.')}
         FROM memberships m JOIN organisations o ON o.id = m.organisation_id
        WHERE m.user_id = ANY($1::uuid[])
        ORDER BY m.created_at, m.id`,
      [[...userIds]],
    );
    return groupInOrder(
      withRelation<MembershipEntity>(rows, 'membership.', 'organisation'),
      (membership) => membership.userId,
      userIds,
    );
  }

  /**
   * Admins first, then signatories, then members, each by name; with their users. A covenant's page
   * reads the members of every party, so as plain rows (`columnsOf`).
   */
  async forOrganisations(organisationIds: readonly string[]): Promise<MembershipEntity[][]> {
    const rows: Record<string, unknown>[] = await this.memberships.query(
      `SELECT ${columnsOf(this.memberships.metadata, 'm', 'membership.')},
              ${columnsOf(this.dataSource.getMetadata(UserEntity), 'u', 'user.')}
         FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE m.organisation_id = ANY($1::uuid[])
        ORDER BY CASE m.role WHEN 'ADMIN' THEN 0 WHEN 'SIGNATORY' THEN 1 ELSE 2 END, u.display_name, m.id`,
      [[...organisationIds]],
    );
    return groupInOrder(
      withRelation<MembershipEntity>(rows, 'membership.', 'user'),
      (membership) => membership.organisationId,
      organisationIds,
    );
  }

  async add(viewer: Viewer, input: AddMemberInput): Promise<MembershipEntity> {
    return this.unitOfWork.run(async (tx) => {
      const { manager } = tx;
      const organisation = await manager.findOneBy(OrganisationEntity, { id: input.organisationId });
      if (!organisation) throw notFound('That organisation does not exist.');
      await this.requireAdmin(manager, viewer, organisation.id);
      const user = await this.users.findByEmail(input.email);
      if (!user) {
        const message = 'Nobody has an account with that e-mail yet. Ask them to sign up, then add them.';
        throw badInput(message, { email: message });
      }
      try {
        const membership = await manager.save(
          manager.create(MembershipEntity, {
            userId: user.id,
            organisationId: organisation.id,
            role: input.role,
            position: input.position ?? null,
          }),
        );
        await this.accessChanges.announce(tx, { userId: user.id });
        return membership;
      } catch (error) {
        if (isUniqueViolation(error))
          throw conflict(`${user.displayName} is already a member of ${organisation.name}.`);
        throw error;
      }
    });
  }

  async update(viewer: Viewer, input: UpdateMembershipInput): Promise<MembershipEntity> {
    return this.unitOfWork.run(async (tx) => {
      const { manager } = tx;
      const membership = await this.lockForChange(manager, viewer, input.membershipId);
      if (input.role && input.role !== membership.role) {
        await this.requireAdminLeft(manager, membership, input.role);
        membership.role = input.role;
        await this.accessChanges.announce(tx, { userId: membership.userId });
      }
      if (input.position !== undefined) membership.position = input.position ?? null;
      return manager.save(membership);
    });
  }

  async remove(viewer: Viewer, membershipId: string): Promise<void> {
    await this.unitOfWork.run(async (tx) => {
      const { manager } = tx;
      const membership = await this.lockForChange(manager, viewer, membershipId);
      await this.requireAdminLeft(manager, membership, null);
      await manager.delete(MembershipEntity, { id: membership.id });
      await this.accessChanges.announce(tx, { userId: membership.userId });
    });
  }

  /**
   * Locks the organisation's memberships, so two admins demoting each other
   * at the same moment cannot leave it with none.
   */
  private async lockForChange(manager: EntityManager, viewer: Viewer, membershipId: string): Promise<MembershipEntity> {
    const target = await manager.findOneBy(MembershipEntity, { id: membershipId });
    if (!target) throw notFound('That membership does not exist.');
    const members = await manager
      .createQueryBuilder(MembershipEntity, 'm')
      .setLock('pessimistic_write')
      .where('m.organisation_id = :id', { id: target.organisationId })
      .getMany();
    const viewerRole = members.find((m) => m.userId === viewer.userId)?.role ?? null;
    if (!organisationPolicy.canManageMembers(viewerRole)) {
      throw forbidden('Only an admin of the organisation can change its members.');
    }
    const locked = members.find((m) => m.id === membershipId);
    if (!locked) throw notFound('That membership does not exist.');
    return locked;
  }

  private async requireAdminLeft(manager: EntityManager, membership: MembershipEntity, to: MemberRole | null) {
    const admins = await manager.countBy(MembershipEntity, {
      organisationId: membership.organisationId,
      role: 'ADMIN',
    });
    if (!organisationPolicy.keepsAnAdmin(admins, { from: membership.role, to })) throw conflict(LAST_ADMIN);
  }

  private async requireAdmin(manager: EntityManager, viewer: Viewer, organisationId: string) {
    const own = await manager.findOneBy(MembershipEntity, { organisationId, userId: viewer.userId });
    if (!organisationPolicy.canManageMembers(own?.role ?? null)) {
      throw forbidden('Only an admin of the organisation can add members.');
    }
  }
}
