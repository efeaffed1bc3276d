/** This module's DataLoaders, made fresh for each GraphQL request. */
import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { LoaderRegistry } from '../../core/graphql/loaders';
import { PartiesService, type OrganisationParty } from './parties.service';
import type { PartyEntity } from '../covenants/party.entity';

declare module '../../core/graphql/loaders' {
  interface Loaders {
    partiesOfCovenant: DataLoader<string, PartyEntity[]>;
    party: DataLoader<string, PartyEntity | null>;
    partiesOfOrganisation: DataLoader<string, OrganisationParty[]>;
  }
}

@Injectable()
export class PartyLoaders {
  constructor(registry: LoaderRegistry, parties: PartiesService) {
    registry.register((viewerId) => ({
      partiesOfCovenant: new DataLoader((ids) => parties.ofCovenants(ids)),
      party: new DataLoader((ids) => parties.findByIds(ids)),
      partiesOfOrganisation: new DataLoader((ids) => parties.ofOrganisations(viewerId, ids)),
    }));
  }
}
