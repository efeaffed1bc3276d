import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DocumentsModule } from '../../collab/documents.module';
import { AuditModule } from '../audit/audit.module';
import { ConsultationModule } from '../consultation/consultation.module';
import { NeighbourhoodsModule } from '../neighbourhoods/neighbourhoods.module';
import { UsersModule } from '../users/users.module';
import { CovenantsModule } from '../covenants/covenants.module';
import { SealKeyEntity } from './seal-key.entity';
import { SealController } from './seal.controller';
import { SealService } from './seal.service';
import { SignatureEntity } from './signature.entity';
import {
  CovenantSigningResolver,
  PartySignatureResolver,
  SignatureResolver,
  VersionResolver,
} from './signing.resolver';
import { SigningService } from './signing.service';
import { VerificationService } from './verification.service';
import { VersionPdfController } from './version-pdf.controller';
import { VersionPdfService } from './version-pdf.service';
import { VersionEntity } from './version.entity';
import { VersionPdfEntity } from './version-pdf.entity';
import { VersionsService } from './versions.service';
import { VersionLoaders } from './version.loaders';

import { CovenantTextResolver, SigningPermissionsResolver } from './covenant-signing.resolver';

@Module({
  imports: [
    TypeOrmModule.forFeature([VersionEntity, SignatureEntity, SealKeyEntity, VersionPdfEntity]),
    CovenantsModule,
    ConsultationModule,
    DocumentsModule,
    AuditModule,
    NeighbourhoodsModule,
    UsersModule,
  ],
  controllers: [SealController, VersionPdfController],
  providers: [
    CovenantTextResolver,
    SigningPermissionsResolver,
    VersionLoaders,
    SealService,
    SigningService,
    VersionsService,
    VerificationService,
    VersionPdfService,
    CovenantSigningResolver,
    PartySignatureResolver,
    VersionResolver,
    SignatureResolver,
  ],
  exports: [VersionsService, VerificationService, SealService],
})
export class SigningModule {}
