import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { commentPermissions } from '@covenant/domain';
import { CurrentViewer, OptionalViewer } from '../../core/auth/current-viewer.decorator';
import type { Viewer } from '../../core/auth/viewer';
import type { GraphQLContext } from '../../core/graphql/loaders';
import { ParseIdPipe } from '../../core/validation/parse-id.pipe';
import { UserObject } from '../users/user.object';
import { CommentInput } from './comment.input';
import { factsOf, shownRecord } from '../covenants/covenant-access';
import { CovenantObject } from '../covenants/covenant.object';
import { CommentObject, CommentPermissionsObject } from './comment.object';
import { commentsAtReview, CommentsService, openThreads } from './comments.service';

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

  @ResolveField(() => CommentPermissionsObject, { description: 'What the viewer may do with this comment now.' })
  async viewerCan(
    @Parent() comment: CommentObject,
    @OptionalViewer() viewer: Viewer | null,
    @Context() ctx: GraphQLContext,
  ): Promise<CommentPermissionsObject> {
    const facts = await factsOf(ctx, viewer, comment.covenantId);
    const authorIsViewer = !!viewer && comment.authorId === viewer.userId;
    return Object.assign(
      new CommentPermissionsObject(),
      commentPermissions(facts.covenant, facts.viewer, { authorIsViewer }),
    );
  }

  @ResolveField(() => UserObject)
  async author(@Parent() comment: CommentObject, @Context() ctx: GraphQLContext): Promise<UserObject> {
    const user = await ctx.loaders.user.load(comment.authorId);
    if (!user) throw new Error(`comment ${comment.id} has no author`);
    return UserObject.from(user);
  }
}

/** Covenant.comments: during a review, outsiders see them as they stood when it began. */
@Resolver(() => CovenantObject)
export class CovenantCommentsResolver {
  @ResolveField(() => [CommentObject])
  async comments(
    @Parent() covenant: CovenantObject,
    @Args('includeResolved', { type: () => Boolean, nullable: true, defaultValue: false })
    includeResolved: boolean | null,
    @OptionalViewer() viewer: Viewer | null,
    @Context() ctx: GraphQLContext,
  ): Promise<CommentObject[]> {
    const record = await shownRecord(ctx, viewer, covenant);
    if (!record) {
      const loader = includeResolved ? ctx.loaders.allComments : ctx.loaders.openComments;
      return (await loader.load(covenant.id)).map((comment) => CommentObject.from(comment));
    }
    const shown = commentsAtReview(await ctx.loaders.allComments.load(covenant.id), record).map(
      ({ comment, resolved }) => CommentObject.from(comment, resolved),
    );
    return includeResolved ? shown : openThreads(shown, (comment) => comment.resolved);
  }
}
