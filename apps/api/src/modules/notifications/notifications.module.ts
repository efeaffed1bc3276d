import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailerService } from './mailer.service';
import { NotificationEntity } from './notification.entity';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { OutboxService } from './outbox.service';
import { OutboxWorker } from './outbox.worker';

@Module({
  imports: [TypeOrmModule.forFeature([NotificationEntity])],
  providers: [MailerService, OutboxWorker, OutboxService, NotificationsService, NotificationsResolver],
  exports: [NotificationsService, OutboxService],
})
export class NotificationsModule {}
