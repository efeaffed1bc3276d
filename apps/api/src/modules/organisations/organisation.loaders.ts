/** This module's DataLoaders, made fresh for each GraphQL request. */
import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { LoaderRegistry } from '../../core/graphql/loaders';
import type { MembershipEntity } from './membership.entity';
import { MembershipsService } from './memberships.service';
import type { OrganisationEntity } from './organisation.entity';
import { OrganisationsService } from './organisations.service';

declare module '../../core/graphql/loaders' {
  interface Loaders {
    organisation: DataLoader<string, OrganisationEntity | null>;
    membershipsOfUser: DataLoader<string, MembershipEntity[]>;
    membershipsOfOrganisation: DataLoader<string, MembershipEntity[]>;
  }
}

@Injectable()
export class OrganisationLoaders {
  constructor(registry: LoaderRegistry, organisations: OrganisationsService, memberships: MembershipsService) {
    registry.register(() => ({
      organisation: new DataLoader((ids) => organisations.findByIds(ids)),
      membershipsOfUser: new DataLoader((ids) => memberships.forUsers(ids)),
      membershipsOfOrganisation: new DataLoader((ids) => memberships.forOrganisations(ids)),
    }));
  }
}
