/** DataLoaders made fresh for every request, so each relation is fetched once per request in one query. */
import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { Request, Response } from 'express';
import { MembershipsService } from '../../modules/organisations/memberships.service';
import { OrganisationsService } from '../../modules/organisations/organisations.service';
import type { MembershipEntity } from '../../modules/organisations/membership.entity';
import type { OrganisationEntity } from '../../modules/organisations/organisation.entity';
import { UsersService } from '../../modules/users/users.service';
import type { UserEntity } from '../../modules/users/user.entity';

export interface Loaders {
  user: DataLoader<string, UserEntity | null>;
  organisation: DataLoader<string, OrganisationEntity | null>;
  membershipsOfUser: DataLoader<string, MembershipEntity[]>;
  membershipsOfOrganisation: DataLoader<string, MembershipEntity[]>;
}

export interface GraphQLContext {
  req: Request;
  res: Response;
  loaders: Loaders;
}

@Injectable()
export class LoadersFactory {
  constructor(
    private readonly users: UsersService,
    private readonly organisations: OrganisationsService,
    private readonly memberships: MembershipsService,
  ) {}

  create(): Loaders {
    return {
      user: new DataLoader((ids) => this.users.findByIds(ids)),
      organisation: new DataLoader((ids) => this.organisations.findByIds(ids)),
      membershipsOfUser: new DataLoader((ids) => this.memberships.forUsers(ids)),
      membershipsOfOrganisation: new DataLoader((ids) => this.memberships.forOrganisations(ids)),
    };
  }
}
