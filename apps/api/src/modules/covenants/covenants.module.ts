import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarDate } from '../../core/graphql/date.scalar';
import { AuditModule } from '../audit/audit.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { CovenantAccessService } from './covenant-access.service';
import { CovenantAuditResolver } from './covenant-audit.resolver';
import { CovenantEvents } from './covenant-events';
import { CovenantLifecycle } from './covenant-lifecycle';
import { CovenantWork } from './covenant-work';
import { CovenantEntity } from './covenant.entity';
import { CovenantsResolver } from './covenants.resolver';
import { CovenantsService } from './covenants.service';
import { NeighbourhoodCovenantsResolver } from './neighbourhood-covenants.resolver';
import { SupportEntity } from './support.entity';
import { CovenantLoaders } from './covenant.loaders';

@Module({
  imports: [TypeOrmModule.forFeature([CovenantEntity, SupportEntity]), NotificationsModule, AuditModule],
  providers: [
    CovenantLoaders,
    CalendarDate,
    CovenantAccessService,
    CovenantEvents,
    CovenantLifecycle,
    CovenantWork,
    CovenantsService,
    CovenantsResolver,
    CovenantAuditResolver,
    NeighbourhoodCovenantsResolver,
  ],
  exports: [CovenantAccessService, CovenantEvents, CovenantLifecycle, CovenantWork, CovenantsService],
})
export class CovenantsModule {}
