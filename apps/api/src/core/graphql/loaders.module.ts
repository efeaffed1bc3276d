import { Module } from '@nestjs/common';
import { OrganisationsModule } from '../../modules/organisations/organisations.module';
import { UsersModule } from '../../modules/users/users.module';
import { LoadersFactory } from './loaders';

@Module({
  imports: [UsersModule, OrganisationsModule],
  providers: [LoadersFactory],
  exports: [LoadersFactory],
})
export class LoadersModule {}
