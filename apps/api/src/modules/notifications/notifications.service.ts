/**
 * Notifications reach people twice: a record each recipient sees in the app,
 * and an e-mail queued in the outbox; both are written in the transaction of
 * the change, so both or neither happen.
 */
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, IsNull, Repository } from 'typeorm';
import { PublicUrl } from '../../core/web/public-url';
import { MembershipEntity } from '../organisations/membership.entity';
import { UserEntity } from '../users/user.entity';
import { NotificationEntity } from './notification.entity';
import { OutboxService } from './outbox.service';

export interface NotificationContent {
  kind: string;
  title: string;
  body: string;
  link: string | null;
  covenantId: string | null;
}

@Injectable()
export class NotificationsService {
  constructor(
    @InjectRepository(NotificationEntity) private readonly notifications: Repository<NotificationEntity>,
    private readonly outbox: OutboxService,
    private readonly publicUrl: PublicUrl,
  ) {}

  /** One notification for each ADMIN of the organisation, inside the caller's transaction. */
  notifyAdmins(manager: EntityManager, organisationId: string, content: NotificationContent): Promise<void> {
    return this.notifyMemberships(manager, { organisationId, role: 'ADMIN' }, content);
  }

  /** One notification for every member of the organisation, inside the caller's transaction. */
  notifyMembers(manager: EntityManager, organisationId: string, content: NotificationContent): Promise<void> {
    return this.notifyMemberships(manager, { organisationId }, content);
  }

  /** One notification for each of these people, inside the caller's transaction. */
  async notifyUsers(manager: EntityManager, userIds: readonly string[], content: NotificationContent): Promise<void> {
    if (userIds.length) await this.record(manager, await manager.findBy(UserEntity, { id: In([...userIds]) }), content);
  }

  private async notifyMemberships(
    manager: EntityManager,
    where: { organisationId: string; role?: 'ADMIN' },
    content: NotificationContent,
  ): Promise<void> {
    const members = await manager.find(MembershipEntity, { where, relations: { user: true } });
    await this.record(
      manager,
      members.map((member) => member.user!),
      content,
    );
  }

  /** A notification for each person, and its e-mail. */
  private async record(manager: EntityManager, users: UserEntity[], content: NotificationContent): Promise<void> {
    if (!users.length) return;
    const notifications = await manager.save(
      users.map((user) => manager.create(NotificationEntity, { ...content, userId: user.id })),
    );
    const link = content.link ? `\n\n${this.publicUrl.base()}${content.link}` : '';
    await this.outbox.enqueue(
      manager,
      ...users.map((user, i) => ({
        notificationId: notifications[i].id,
        to: user.email,
        subject: content.title,
        text: `Hello ${user.displayName},\n\n${content.body}${link}\n\nCovenant platform`,
      })),
    );
  }

  listFor(userId: string, options: { unreadOnly: boolean; first: number }): Promise<NotificationEntity[]> {
    return this.notifications.find({
      where: { userId, ...(options.unreadOnly ? { readAt: IsNull() } : {}) },
      order: { createdAt: 'DESC' },
      take: options.first,
    });
  }

  async markRead(userId: string, ids: string[] | null): Promise<number> {
    const where = { userId, readAt: IsNull(), ...(ids ? { id: In(ids) } : {}) };
    const result = await this.notifications.update(where, { readAt: new Date() });
    return result.affected ?? 0;
  }
}
