import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CovenantsModule } from '../modules/covenants/covenants.module';
import { CovenantDocumentEntity } from './covenant-document.entity';
import { DocumentStore } from './document-store';
import { DocumentUpdateEntity } from './document-update.entity';
import { DocumentsService } from './documents.service';
import { DocumentLoaders } from './document.loaders';

@Module({
  imports: [TypeOrmModule.forFeature([CovenantDocumentEntity, DocumentUpdateEntity]), CovenantsModule],
  providers: [DocumentLoaders, DocumentStore, DocumentsService],
  exports: [DocumentStore, DocumentsService],
})
export class DocumentsModule {}
