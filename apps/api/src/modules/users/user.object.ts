import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { UserEntity } from './user.entity';

@ObjectType('User')
export class UserObject {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;

  /** Resolved by the users resolver: only the user themself sees it. */
  privateEmail!: string;

  privateEmailVerified!: boolean;

  /** Set when the user is handed to themself before their session exists (register, login). */
  revealPrivate = false;

  static from(
    entity: Pick<UserEntity, 'id' | 'displayName' | 'email'> & { emailVerifiedAt: Date | string | null },
    options: { revealPrivate?: boolean } = {},
  ): UserObject {
    return Object.assign(new UserObject(), {
      id: entity.id,
      displayName: entity.displayName,
      privateEmail: entity.email,
      privateEmailVerified: entity.emailVerifiedAt !== null,
      revealPrivate: options.revealPrivate ?? false,
    });
  }
}
