/** Comments on a covenant's text: threads by parentId, resolved by their author or the convenor. */
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { RecordAtReview } from '@covenant/domain';
import { In, Repository } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { groupInOrder } from '../../core/database/by-ids';
import { createdAtOf } from '../../core/database/keyset';
import { badInput, notVisibleError } from '../../core/errors/app-error';
import { CovenantWork } from '../covenants/covenant-work';
import { CommentInput } from './comment.input';
import { CommentEntity } from './comment.entity';

export interface CommentPage {
  includeResolved: boolean;
  first: number;
  after: string | null;
}

/** `openThreads` in SQL, on a comments row `x`. */
const OPEN_SQL = `x.resolved_at IS NULL AND NOT EXISTS (
  SELECT 1 FROM comments rc WHERE rc.id = x.parent_id AND rc.resolved_at IS NOT NULL)`;

/** The comments still open: neither resolved nor replying to one that is. */
export function openThreads<T extends { id: string; parentId: string | null }>(
  comments: T[],
  isResolved: (comment: T) => boolean,
): T[] {
  const resolved = new Set(comments.filter(isResolved).map((comment) => comment.id));
  return comments.filter(
    (comment) => !resolved.has(comment.id) && !(comment.parentId && resolved.has(comment.parentId)),
  );
}

/** The comments as they stood when the review began, each resolved or not as it then was. */
export function commentsAtReview(
  comments: CommentEntity[],
  record: RecordAtReview,
): { comment: CommentEntity; resolved: boolean }[] {
  return comments
    .filter((comment) => record.commentIds.has(comment.id))
    .map((comment) => ({ comment, resolved: record.resolvedCommentIds.has(comment.id) }));
}

@Injectable()
export class CommentsService {
  constructor(
    @InjectRepository(CommentEntity) private readonly comments: Repository<CommentEntity>,
    private readonly work: CovenantWork,
  ) {}

  /** Every comment of each covenant, resolved ones too, oldest first. */
  async ofCovenants(covenantIds: readonly string[]): Promise<CommentEntity[][]> {
    const rows = await this.comments.find({
      where: { covenantId: In([...covenantIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return groupInOrder(rows, (row) => row.covenantId, covenantIds);
  }

  /**
   * A page of each covenant's comments in one statement, oldest first, then by
   * id, after the comment `after` (which must be on one of them); unless
   * resolved ones are wanted, a resolved comment hides its replies too.
   */
  async pagesOfCovenants(covenantIds: readonly string[], page: CommentPage): Promise<CommentEntity[][]> {
    const params: Record<string, unknown> = { ids: [...covenantIds], first: page.first };
    let keyset = '';
    if (page.after) {
      const afterAt = await createdAtOf(this.comments, page.after, covenantIds);
      keyset = 'AND (x.created_at > :afterAt OR (x.created_at = :afterAt AND x.id > :after))';
      Object.assign(params, { afterAt, after: page.after });
    }
    const rows = await this.comments
      .createQueryBuilder('c')
      .where(
        `c.id IN (SELECT l.id FROM unnest(CAST(:ids AS uuid[])) k(id) CROSS JOIN LATERAL (
          SELECT x.id FROM comments x WHERE x.covenant_id = k.id ${page.includeResolved ? '' : `AND ${OPEN_SQL}`} ${keyset}
          ORDER BY x.created_at, x.id LIMIT :first) l)`,
        params,
      )
      .orderBy('c.created_at', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .getMany();
    return groupInOrder(rows, (row) => row.covenantId, covenantIds);
  }

  /** How many comments each covenant has (open ones only unless resolved ones are wanted). */
  async countsOfCovenants(covenantIds: readonly string[], includeResolved: boolean): Promise<number[]> {
    const rows = await this.comments
      .createQueryBuilder('x')
      .select('x.covenant_id', 'covenantId')
      .addSelect('COUNT(*)::int', 'count')
      .where('x.covenant_id IN (:...ids)', { ids: [...covenantIds] })
      .andWhere(includeResolved ? 'true' : OPEN_SQL)
      .groupBy('x.covenant_id')
      .getRawMany<{ covenantId: string; count: number }>();
    const counts = new Map(rows.map((row) => [row.covenantId, row.count]));
    return covenantIds.map((id) => counts.get(id) ?? 0);
  }

  async add(viewer: Viewer, input: CommentInput): Promise<CommentEntity> {
    return this.work.change(input.covenantId, viewer, async (change) => {
      change.require('comment');
      if (input.parentId) {
        const parent = await change.manager.findOneBy(CommentEntity, {
          id: input.parentId,
          covenantId: input.covenantId,
        });
        if (!parent)
          throw badInput('You can only reply to a comment on the same covenant.', { parentId: 'Not found.' });
      }
      const comment = await change.manager.save(
        change.manager.create(CommentEntity, {
          covenantId: input.covenantId,
          authorId: viewer.userId,
          body: input.body,
          quote: input.quote ?? null,
          anchor: input.anchor ?? null,
          parentId: input.parentId ?? null,
          resolvedAt: null,
        }),
      );
      change.emit('comment.changed', { commentId: comment.id });
      await change.audit('comment.added', {
        commentId: comment.id,
        ...(comment.parentId ? { parentId: comment.parentId } : {}),
      });
      return comment;
    });
  }

  /** Resolving twice is harmless: the second time changes nothing. */
  async resolve(viewer: Viewer, commentId: string): Promise<CommentEntity> {
    const comment = await this.comments.findOneBy({ id: commentId });
    if (!comment) throw notVisibleError('comment');
    return this.work.change(comment.covenantId, viewer, async (change) => {
      change.require('resolveComment', { commentAuthorIsViewer: comment.authorId === viewer.userId });
      const current = await change.manager.findOneByOrFail(CommentEntity, { id: commentId });
      if (current.resolvedAt) return current;
      current.resolvedAt = new Date();
      current.resolvedById = viewer.userId;
      const saved = await change.manager.save(current);
      await change.audit('comment.resolved', { commentId });
      change.emit('comment.changed', { commentId });
      return saved;
    });
  }
}
