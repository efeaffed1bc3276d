import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../core/auth/current-viewer.decorator';
import type { Viewer } from '../../core/auth/viewer';
import type { GraphQLContext } from '../../core/graphql/loaders';
import { ParseIdPipe } from '../../core/validation/parse-id.pipe';
import { UserObject } from '../users/user.object';
import { CommentInput } from './comment.input';
import { CommentObject } from './comment.object';
import { CommentsService } from './comments.service';

@Resolver(() => CommentObject)
export class CommentsResolver {
  constructor(private readonly service: CommentsService) {}

  @Mutation(() => CommentObject)
  async addComment(@Args('input') input: CommentInput, @CurrentViewer() viewer: Viewer): Promise<CommentObject> {
    return CommentObject.from(await this.service.add(viewer, input));
  }

  @Mutation(() => CommentObject, { description: "Marks a comment resolved (its author or the convenor's ADMIN)." })
  async resolveComment(
    @Args('commentId', { type: () => ID }, ParseIdPipe) commentId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<CommentObject> {
    return CommentObject.from(await this.service.resolve(viewer, commentId));
  }

  @ResolveField(() => UserObject)
  async author(@Parent() comment: CommentObject, @Context() ctx: GraphQLContext): Promise<UserObject> {
    const user = await ctx.loaders.user.load(comment.authorId);
    if (!user) throw new Error(`comment ${comment.id} has no author`);
    return UserObject.from(user);
  }
}
