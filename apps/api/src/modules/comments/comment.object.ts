import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { CommentEntity } from './comment.entity';

@ObjectType('CommentPermissions', { description: 'What the viewer may do with this comment now.' })
export class CommentPermissionsObject {
  @Field({ description: 'Mark it resolved (resolveComment).' })
  resolve!: boolean;
}

@ObjectType('Comment')
export class CommentObject {
  @Field(() => ID)
  id!: string;

  @Field()
  body!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The text the comment is attached to, as quoted when made; null for general comments.',
  })
  quote!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Yjs relative-position anchor (base64), for clients to place the comment.',
  })
  anchor!: string | null;

  @Field()
  resolved!: boolean;

  @Field(() => ID, { nullable: true })
  parentId!: string | null;

  @Field()
  createdAt!: Date;

  authorId!: string;
  covenantId!: string;

  /** `resolved` as the viewer is shown it: during a review, outsiders see it as it was when the review began. */
  static from(entity: CommentEntity, resolved = entity.resolvedAt !== null): CommentObject {
    const { id, body, quote, anchor, parentId, createdAt, authorId, covenantId } = entity;
    return Object.assign(new CommentObject(), {
      id,
      body,
      quote,
      anchor,
      parentId,
      createdAt,
      authorId,
      covenantId,
      resolved,
    });
  }
}
