import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssetsModule } from '../assets/assets.module';
import { CovenantsModule } from '../covenants/covenants.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { PartiesModule } from '../parties/parties.module';
import { CommitmentUpdateEntity } from './commitment-update.entity';
import { CommitmentEntity } from './commitment.entity';
import {
  AssetCovenantsResolver,
  CommitmentsResolver,
  CovenantCommitmentsResolver,
  PartyCommitmentsResolver,
} from './commitments.resolver';
import { CommitmentsService } from './commitments.service';
import { OpenDataController } from './open-data.controller';
import { OpenDataService } from './open-data.service';
import { ReminderEntity } from './reminder.entity';
import { RemindersService } from './reminders.service';
import { CommitmentLoaders } from './commitment.loaders';

@Module({
  imports: [
    TypeOrmModule.forFeature([CommitmentEntity, CommitmentUpdateEntity, ReminderEntity]),
    AssetsModule,
    CovenantsModule,
    PartiesModule,
    OrganisationsModule,
    NotificationsModule,
  ],
  controllers: [OpenDataController],
  providers: [
    CommitmentLoaders,
    CommitmentsService,
    OpenDataService,
    RemindersService,
    CommitmentsResolver,
    CovenantCommitmentsResolver,
    PartyCommitmentsResolver,
    AssetCovenantsResolver,
  ],
  exports: [CommitmentsService, RemindersService],
})
export class CommitmentsModule {}
