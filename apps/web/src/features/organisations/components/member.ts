import type { OrganisationQuery } from '../../../gql/graphql';

export type Organisation = NonNullable<OrganisationQuery['organisation']>;
export type Member = Organisation['members'][number];
