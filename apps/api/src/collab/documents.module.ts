import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CovenantDocumentEntity } from './covenant-document.entity';
import { DocumentsService } from './documents.service';

@Module({
  imports: [TypeOrmModule.forFeature([CovenantDocumentEntity])],
  providers: [DocumentsService],
  exports: [DocumentsService],
})
export class DocumentsModule {}
