import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DocumentsModule } from '../../collab/documents.module';
import { AuditModule } from '../audit/audit.module';
import { CovenantsModule } from '../covenants/covenants.module';
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
import { VersionEntity } from './version.entity';
import { VersionsService } from './versions.service';

@Module({
  imports: [TypeOrmModule.forFeature([VersionEntity, SignatureEntity]), CovenantsModule, DocumentsModule, AuditModule],
  controllers: [SealController],
  providers: [
    SealService,
    SigningService,
    VersionsService,
    VerificationService,
    CovenantSigningResolver,
    PartySignatureResolver,
    VersionResolver,
    SignatureResolver,
  ],
  exports: [VersionsService, VerificationService, SealService],
})
export class SigningModule {}
