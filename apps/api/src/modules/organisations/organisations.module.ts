import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UsersModule } from '../users/users.module';
import { MembershipEntity } from './membership.entity';
import { MembershipsResolver, UserMembershipsResolver } from './memberships.resolver';
import { MembershipsService } from './memberships.service';
import { OrganisationEntity } from './organisation.entity';
import { OrganisationsResolver } from './organisations.resolver';
import { OrganisationsService } from './organisations.service';
import { OrganisationLoaders } from './organisation.loaders';

@Module({
  imports: [TypeOrmModule.forFeature([OrganisationEntity, MembershipEntity]), UsersModule],
  providers: [
    OrganisationLoaders,
    OrganisationsService,
    MembershipsService,
    OrganisationsResolver,
    MembershipsResolver,
    UserMembershipsResolver,
  ],
  exports: [OrganisationsService, MembershipsService],
})
export class OrganisationsModule {}
