/** This module's DataLoaders, made fresh for each GraphQL request. */
import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { LoaderRegistry } from '../../core/graphql/loaders';
import { pagedLoader, type PagedKey } from '../../core/graphql/paged-loader';
import type { CommentEntity } from './comment.entity';
import { CommentsService, type CommentPage } from './comments.service';

declare module '../../core/graphql/loaders' {
  interface Loaders {
    /** A page of each covenant's comments. */
    commentPage: DataLoader<PagedKey<CommentPage>, CommentEntity[], string>;
    /** Every comment of each covenant, for the record as it stood at a review. */
    allComments: DataLoader<string, CommentEntity[]>;
    openCommentCount: DataLoader<string, number>;
    commentCount: DataLoader<string, number>;
  }
}

@Injectable()
export class CommentLoaders {
  constructor(registry: LoaderRegistry, comments: CommentsService) {
    registry.register(() => ({
      commentPage: pagedLoader((ids, page: CommentPage) => comments.pagesOfCovenants(ids, page)),
      allComments: new DataLoader((ids) => comments.ofCovenants(ids)),
      openCommentCount: new DataLoader((ids) => comments.countsOfCovenants(ids, false)),
      commentCount: new DataLoader((ids) => comments.countsOfCovenants(ids, true)),
    }));
  }
}
