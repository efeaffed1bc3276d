import { Module } from '@nestjs/common';
import { DocumentsModule } from '../../collab/documents.module';
import { AuditModule } from '../../modules/audit/audit.module';
import { CommitmentsModule } from '../../modules/commitments/commitments.module';
import { CommentsModule } from '../../modules/comments/comments.module';
import { CovenantsModule } from '../../modules/covenants/covenants.module';
import { NeighbourhoodsModule } from '../../modules/neighbourhoods/neighbourhoods.module';
import { OrganisationsModule } from '../../modules/organisations/organisations.module';
import { PartiesModule } from '../../modules/parties/parties.module';
import { SigningModule } from '../../modules/signing/signing.module';
import { UsersModule } from '../../modules/users/users.module';
import { LoadersFactory } from './loaders';

@Module({
  imports: [
    UsersModule,
    OrganisationsModule,
    NeighbourhoodsModule,
    CovenantsModule,
    PartiesModule,
    CommitmentsModule,
    CommentsModule,
    DocumentsModule,
    SigningModule,
    AuditModule,
  ],
  providers: [LoadersFactory],
  exports: [LoadersFactory],
})
export class LoadersModule {}
