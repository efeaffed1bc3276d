import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '../notifications/notifications.module';
import { ServiceRequestReminderEntity } from './service-request-reminder.entity';
import { ServiceRequestEntity } from './service-request.entity';
import { ServiceRequestRemindersService } from './service-request-reminders.service';
import { ServiceRequestLoaders } from './service-requests.loaders';
import { NeighbourhoodServiceRequestsResolver, ServiceRequestsResolver } from './service-requests.resolver';
import { ServiceRequestsService } from './service-requests.service';

@Module({
  imports: [TypeOrmModule.forFeature([ServiceRequestEntity, ServiceRequestReminderEntity]), NotificationsModule],
  providers: [
    ServiceRequestsService,
    ServiceRequestRemindersService,
    ServiceRequestLoaders,
    ServiceRequestsResolver,
    NeighbourhoodServiceRequestsResolver,
  ],
  exports: [ServiceRequestsService, ServiceRequestRemindersService],
})
export class ServiceRequestsModule {}
