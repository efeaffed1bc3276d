/**
 * Notifications reach people twice: a record each recipient sees in the app,
 * written in the transaction of the change, and an e-mail sent once that
 * transaction has committed.
 */
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { EntityManager, In, IsNull, Repository } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../core/config/config';
import { LOGGER } from '../../core/logging/logger';
import { MembershipEntity } from '../organisations/membership.entity';
import { UserEntity } from '../users/user.entity';
import { MailerService } from './mailer.service';
import { NotificationEntity } from './notification.entity';

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
    private readonly mailer: MailerService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** One notification for each ADMIN of the organisation, inside the caller's transaction. */
  notifyAdmins(
    manager: EntityManager,
    organisationId: string,
    content: NotificationContent,
  ): Promise<NotificationEntity[]> {
    return this.notify(manager, { organisationId, role: 'ADMIN' }, content);
  }

  /** One notification for every member of the organisation, inside the caller's transaction. */
  notifyMembers(
    manager: EntityManager,
    organisationId: string,
    content: NotificationContent,
  ): Promise<NotificationEntity[]> {
    return this.notify(manager, { organisationId }, content);
  }

  /** One notification for each of these people, inside the caller's transaction. */
  notifyUsers(manager: EntityManager, userIds: readonly string[], content: NotificationContent) {
    return manager.save(userIds.map((userId) => manager.create(NotificationEntity, { ...content, userId })));
  }

  private async notify(
    manager: EntityManager,
    where: { organisationId: string; role?: 'ADMIN' },
    content: NotificationContent,
  ): Promise<NotificationEntity[]> {
    const members = await manager.find(MembershipEntity, { where });
    if (!members.length) return [];
    return manager.save(
      members.map((member) => manager.create(NotificationEntity, { ...content, userId: member.userId })),
    );
  }

  /** E-mails what was recorded; a failed e-mail is logged and the in-app notification still stands. */
  async deliver(notifications: NotificationEntity[]): Promise<void> {
    if (!notifications.length) return;
    const users = await this.notifications.manager.findBy(UserEntity, {
      id: In(notifications.map((n) => n.userId)),
    });
    const emailOf = new Map(users.map((user) => [user.id, user]));
    const base = this.config.publicUrl ?? `http://localhost:${this.config.port}`;
    for (const notification of notifications) {
      const user = emailOf.get(notification.userId);
      if (!user) continue;
      const link = notification.link ? `\n\n${base}${notification.link}` : '';
      try {
        await this.mailer.send({
          to: user.email,
          subject: notification.title,
          text: `Hello ${user.displayName},\n\n${notification.body}${link}\n\nCovenant platform`,
        });
        await this.notifications.update({ id: notification.id }, { emailedAt: new Date() });
      } catch (error) {
        this.logger.error({ err: error, notificationId: notification.id }, 'could not e-mail a notification');
      }
    }
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
