import { RateLimitHitEntity } from '../../modules/auth/rate-limit-hit.entity';
import { SessionEntity } from '../../modules/auth/session.entity';
import { NeighbourhoodEntity } from '../../modules/neighbourhoods/neighbourhood.entity';
import { MembershipEntity } from '../../modules/organisations/membership.entity';
import { OrganisationEntity } from '../../modules/organisations/organisation.entity';
import { UserEntity } from '../../modules/users/user.entity';

/** Every entity, listed once for the app's data source and the migration CLI alike. */
export const ENTITIES = [
  UserEntity,
  SessionEntity,
  RateLimitHitEntity,
  OrganisationEntity,
  MembershipEntity,
  NeighbourhoodEntity,
];
