/** This module's DataLoaders, made fresh for each GraphQL request. */
import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { LoaderRegistry } from '../core/graphql/loaders';
import { DocumentsService } from './documents.service';

declare module '../core/graphql/loaders' {
  interface Loaders {
    draftHtml: DataLoader<string, string>;
  }
}

@Injectable()
export class DocumentLoaders {
  constructor(registry: LoaderRegistry, documents: DocumentsService) {
    registry.register(() => ({
      draftHtml: new DataLoader((ids) => documents.renderHtml(ids)),
    }));
  }
}
