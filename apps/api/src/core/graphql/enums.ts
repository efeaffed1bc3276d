import { registerEnumType } from '@nestjs/graphql';
import { MEMBER_ROLES, ORGANISATION_KINDS, type MemberRole, type OrganisationKind } from '@covenant/domain';

function enumObject<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;
}

/** The domain's string unions as GraphQL enums, under the contract's names. */
export const OrganisationKindEnum = enumObject<OrganisationKind>(ORGANISATION_KINDS);
registerEnumType(OrganisationKindEnum, { name: 'OrganisationKind' });

export const MemberRoleEnum = enumObject<MemberRole>(MEMBER_ROLES);
registerEnumType(MemberRoleEnum, {
  name: 'MemberRole',
  valuesMap: {
    MEMBER: { description: 'can co-draft covenants the organisation is party to' },
    SIGNATORY: { description: 'MEMBER + may sign on the organisation’s behalf' },
    ADMIN: { description: 'SIGNATORY + manages members, accepts invitations' },
  },
});
