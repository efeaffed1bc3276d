import { Args, Context, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { commentPermissions, type RecordAtReview } from '@covenant/domain';
import { CurrentViewer, OptionalViewer, viewerOf } from '../../core/auth/current-viewer.decorator';
import type { Viewer } from '../../core/auth/viewer';
import type { GraphQLContext } from '../../core/graphql/loaders';
import { pageSize, unknownCursor } from '../../core/validation/page-size';
import { optionalId, ParseIdPipe } from '../../core/validation/parse-id.pipe';
import type { CommentEntity } from './comment.entity';
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
  async viewerCan(comment: CommentObject, _args: unknown, ctx: GraphQLContext): Promise<CommentPermissionsObject> {
    const viewer = viewerOf(ctx);
    const facts = await factsOf(ctx, viewer, comment.covenantId);
    const authorIsViewer = !!viewer && comment.authorId === viewer.userId;
    return Object.assign(
      new CommentPermissionsObject(),
      commentPermissions(facts.covenant, facts.viewer, { authorIsViewer }),
    );
  }

  @ResolveField(() => UserObject)
  async author(comment: CommentObject, _args: unknown, ctx: GraphQLContext): Promise<UserObject> {
    const user = await ctx.loaders.user.load(comment.authorId);
    if (!user) throw new Error(`comment ${comment.id} has no author`);
    return UserObject.from(user);
  }
}

/** Covenant.comments and their count: during a review, outsiders see them as they stood when it began. */
@Resolver(() => CovenantObject)
export class CovenantCommentsResolver {
  @ResolveField(() => [CommentObject], {
    description: 'Oldest first, then by id; `after` is the id of the last comment of the previous page.',
  })
  async comments(
    @Parent() covenant: CovenantObject,
    @Args('includeResolved', { type: () => Boolean, nullable: true, defaultValue: false })
    includeResolved: boolean | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 100 }) first: number | null,
    @Args('after', { type: () => ID, nullable: true }) after: string | null,
    @OptionalViewer() viewer: Viewer | null,
    @Context() ctx: GraphQLContext,
  ): Promise<CommentObject[]> {
    const page = {
      includeResolved: includeResolved ?? false,
      first: pageSize(first, 100),
      after: optionalId(after),
    };
    const record = await shownRecord(ctx, viewer, covenant);
    if (!record) {
      const rows = await ctx.loaders.commentPage.load({ parentId: covenant.id, args: page });
      return rows.map((comment) => CommentObject.from(comment));
    }
    const all = await ctx.loaders.allComments.load(covenant.id);
    const shown = shownAtReview(all, record, page.includeResolved);
    // `all` is in the list's order, so a comment's place in it is its place in the order.
    const place = new Map(all.map((comment, i) => [comment.id, i]));
    const start = page.after === null ? -1 : place.get(page.after);
    if (start === undefined) throw unknownCursor();
    return shown.filter((comment) => place.get(comment.id)! > start).slice(0, page.first);
  }

  @ResolveField(() => Int, { description: 'How many comments `comments` lists over all its pages.' })
  async commentCount(
    @Parent() covenant: CovenantObject,
    @Args('includeResolved', { type: () => Boolean, nullable: true, defaultValue: false })
    includeResolved: boolean | null,
    @OptionalViewer() viewer: Viewer | null,
    @Context() ctx: GraphQLContext,
  ): Promise<number> {
    const record = await shownRecord(ctx, viewer, covenant);
    if (record) return shownAtReview(await ctx.loaders.allComments.load(covenant.id), record, !!includeResolved).length;
    return (includeResolved ? ctx.loaders.commentCount : ctx.loaders.openCommentCount).load(covenant.id);
  }
}

function shownAtReview(all: CommentEntity[], record: RecordAtReview, includeResolved: boolean): CommentObject[] {
  const shown = commentsAtReview(all, record).map(({ comment, resolved }) => CommentObject.from(comment, resolved));
  return includeResolved ? shown : openThreads(shown, (comment) => comment.resolved);
}
