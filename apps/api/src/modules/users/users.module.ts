import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UserEntity } from './user.entity';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';
import { UserLoaders } from './user.loaders';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity])],
  providers: [UserLoaders, UsersService, UsersResolver],
  exports: [UsersService],
})
export class UsersModule {}
