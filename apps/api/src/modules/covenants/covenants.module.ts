import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarDate } from '../../core/graphql/date.scalar';
import { AuditModule } from '../audit/audit.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { CovenantWork } from './covenant-work';
import { CovenantEntity } from './covenant.entity';
import { CovenantsResolver } from './covenants.resolver';
import { CovenantsService } from './covenants.service';
import { NeighbourhoodCovenantsResolver } from './neighbourhood-covenants.resolver';
import { SupportEntity } from './support.entity';

@Module({
  imports: [TypeOrmModule.forFeature([CovenantEntity, SupportEntity]), AuditModule, NotificationsModule],
  providers: [CalendarDate, CovenantWork, CovenantsService, CovenantsResolver, NeighbourhoodCovenantsResolver],
  exports: [CovenantWork, CovenantsService],
})
export class CovenantsModule {}
