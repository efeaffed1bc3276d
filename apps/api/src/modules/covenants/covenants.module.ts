import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarDate } from '../../core/graphql/date.scalar';
import { NotificationsModule } from '../notifications/notifications.module';
import { CovenantAccessService } from './covenant-access.service';
import { CovenantEvents } from './covenant-events';
import { CovenantWork } from './covenant-work';
import { CovenantEntity } from './covenant.entity';
import { CovenantsResolver } from './covenants.resolver';
import { CovenantsService } from './covenants.service';
import { NeighbourhoodCovenantsResolver } from './neighbourhood-covenants.resolver';
import { SupportEntity } from './support.entity';

import { CovenantLoaders } from './covenant.loaders';

@Module({
  imports: [TypeOrmModule.forFeature([CovenantEntity, SupportEntity]), NotificationsModule],
  providers: [
    CovenantLoaders,
    CalendarDate,
    CovenantAccessService,
    CovenantEvents,
    CovenantWork,
    CovenantsService,
    CovenantsResolver,
    NeighbourhoodCovenantsResolver,
  ],
  exports: [CovenantAccessService, CovenantEvents, CovenantWork, CovenantsService],
})
export class CovenantsModule {}
