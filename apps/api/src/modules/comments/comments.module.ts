import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CovenantsModule } from '../covenants/covenants.module';
import { CommentEntity } from './comment.entity';
import { CommentsResolver, CovenantCommentsResolver } from './comments.resolver';
import { CommentsService } from './comments.service';
import { CommentLoaders } from './comment.loaders';

@Module({
  imports: [TypeOrmModule.forFeature([CommentEntity]), CovenantsModule],
  providers: [CommentLoaders, CommentsService, CommentsResolver, CovenantCommentsResolver],
  exports: [CommentsService],
})
export class CommentsModule {}
