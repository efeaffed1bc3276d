/** This module's DataLoaders, made fresh for each GraphQL request. */
import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { LoaderRegistry } from '../../core/graphql/loaders';
import type { UserEntity } from './user.entity';
import { UsersService } from './users.service';

declare module '../../core/graphql/loaders' {
  interface Loaders {
    user: DataLoader<string, UserEntity | null>;
  }
}

@Injectable()
export class UserLoaders {
  constructor(registry: LoaderRegistry, users: UsersService) {
    registry.register(() => ({
      user: new DataLoader((ids) => users.findByIds(ids)),
    }));
  }
}
