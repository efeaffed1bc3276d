import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CovenantsModule } from '../modules/covenants/covenants.module';
import { CovenantDocumentEntity } from './covenant-document.entity';
import { CollabBus } from './collab-bus';
import { DocumentEdits } from './document-edits';
import { DocumentRegistry } from './document-registry';
import { DocumentStore } from './document-store';
import { DocumentUpdateEntity } from './document-update.entity';
import { DocumentsService } from './documents.service';
import { DocumentLoaders } from './document.loaders';

@Module({
  imports: [TypeOrmModule.forFeature([CovenantDocumentEntity, DocumentUpdateEntity]), CovenantsModule],
  providers: [CollabBus, DocumentRegistry, DocumentEdits, DocumentLoaders, DocumentStore, DocumentsService],
  exports: [DocumentRegistry, DocumentEdits, DocumentStore, DocumentsService],
})
export class DocumentsModule {}
