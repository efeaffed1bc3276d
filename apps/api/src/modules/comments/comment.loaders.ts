/** This module's DataLoaders, made fresh for each GraphQL request. */
import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { LoaderRegistry } from '../../core/graphql/loaders';
import type { CommentEntity } from './comment.entity';
import { CommentsService } from './comments.service';

declare module '../../core/graphql/loaders' {
  interface Loaders {
    openComments: DataLoader<string, CommentEntity[]>;
    allComments: DataLoader<string, CommentEntity[]>;
  }
}

@Injectable()
export class CommentLoaders {
  constructor(registry: LoaderRegistry, comments: CommentsService) {
    registry.register(() => ({
      openComments: new DataLoader((ids) => comments.ofCovenants(ids, false)),
      allComments: new DataLoader((ids) => comments.ofCovenants(ids, true)),
    }));
  }
}
