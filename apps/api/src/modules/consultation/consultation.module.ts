import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DocumentsModule } from '../../collab/documents.module';
import { CommentsModule } from '../comments/comments.module';
import { CovenantsModule } from '../covenants/covenants.module';
import { NeighbourhoodsModule } from '../neighbourhoods/neighbourhoods.module';
import { UsersModule } from '../users/users.module';
import { RateLimitsModule } from '../rate-limits/rate-limits.module';
import { AmendmentEntity } from './amendment.entity';
import { AmendmentSupportEntity } from './amendment-support.entity';
import { AmendmentsService } from './amendments.service';
import { ConsultationLimits } from './consultation-limits';
import { ConsultationReportController } from './consultation-report.controller';
import { ConsultationReportService } from './consultation-report.service';
import { ConsultationLoaders } from './consultation.loaders';
import { AmendmentsResolver, CovenantConsultationResolver, SectionResponsesResolver } from './consultation.resolver';
import { SectionResponseEntity } from './section-response.entity';
import { SectionResponsesService } from './section-responses.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([AmendmentEntity, AmendmentSupportEntity, SectionResponseEntity]),
    CovenantsModule,
    DocumentsModule,
    RateLimitsModule,
    CommentsModule,
    NeighbourhoodsModule,
    UsersModule,
  ],
  controllers: [ConsultationReportController],
  providers: [
    AmendmentsService,
    SectionResponsesService,
    ConsultationLimits,
    ConsultationReportService,
    ConsultationLoaders,
    AmendmentsResolver,
    SectionResponsesResolver,
    CovenantConsultationResolver,
  ],
  exports: [AmendmentsService, SectionResponsesService],
})
export class ConsultationModule {}
