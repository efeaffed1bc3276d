import { Module } from '@nestjs/common';
import { AssetsModule } from '../assets/assets.module';
import { ServiceRequestsModule } from '../service-requests/service-requests.module';
import { RightsRemindersService } from './rights-reminders.service';

/** What the community rights share: their reminders job. */
@Module({
  imports: [AssetsModule, ServiceRequestsModule],
  providers: [RightsRemindersService],
})
export class RightsModule {}
