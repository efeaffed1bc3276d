import { Injectable } from '@nestjs/common';
import { findByIdsInOrder } from '../../core/database/by-ids';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { conflict } from '../../core/errors/app-error';
import { isUniqueViolation } from '../../core/database/postgres-errors';
import { UserEntity } from './user.entity';

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

@Injectable()
export class UsersService {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ id });
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ email: normaliseEmail(email) });
  }

  /** Creates a user in the caller's transaction; an e-mail already in use is a CONFLICT. */
  async create(
    manager: EntityManager,
    input: { email: string; displayName: string; passwordHash: string },
  ): Promise<UserEntity> {
    try {
      return await manager.save(
        manager.create(UserEntity, {
          ...input,
          email: normaliseEmail(input.email),
          displayName: input.displayName.trim(),
        }),
      );
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict('An account with this e-mail already exists. Sign in instead.');
      throw error;
    }
  }

  /** A new address, not yet proved: the old proof was of the old address. CONFLICT when another account has it. */
  async changeEmail(manager: EntityManager, user: UserEntity, email: string): Promise<UserEntity> {
    try {
      await manager.update(UserEntity, { id: user.id }, { email: normaliseEmail(email), emailVerifiedAt: null });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict('Another account already uses this e-mail address.');
      throw error;
    }
    return manager.findOneByOrFail(UserEntity, { id: user.id });
  }

  findByIds(ids: readonly string[]): Promise<(UserEntity | null)[]> {
    return findByIdsInOrder(this.users, ids);
  }
}
