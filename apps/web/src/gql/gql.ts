/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  query Neighbourhoods($search: String, $first: Int) {\n    neighbourhoods(search: $search, first: $first) {\n      id\n      slug\n      name\n      description\n      areaCodes\n      localAuthority {\n        id\n        name\n      }\n    }\n  }\n": typeof types.NeighbourhoodsDocument,
    "\n  mutation CreateNeighbourhood($input: CreateNeighbourhoodInput!) {\n    createNeighbourhood(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.CreateNeighbourhoodDocument,
    "\n  query LocalAuthorities {\n    organisations(kind: LOCAL_AUTHORITY, first: 100) {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.LocalAuthoritiesDocument,
    "\n  query Neighbourhood($slug: String!) {\n    neighbourhood(slug: $slug) {\n      id\n      slug\n      name\n      description\n      areaCodes\n      boundary\n      createdAt\n      localAuthority {\n        id\n        slug\n        name\n      }\n    }\n  }\n": typeof types.NeighbourhoodDocument,
    "\n  mutation AddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      id\n      role\n      position\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.AddMemberDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  query Organisation($slug: String!) {\n    organisation(slug: $slug) {\n      id\n      slug\n      name\n      kind\n      description\n      website\n      createdAt\n      viewerRole\n      members {\n        id\n        role\n        position\n        user {\n          id\n          displayName\n          email\n        }\n      }\n    }\n  }\n": typeof types.OrganisationDocument,
    "\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n": typeof types.RemoveMemberDocument,
    "\n  mutation UpdateMembership($input: UpdateMembershipInput!) {\n    updateMembership(input: $input) {\n      id\n      role\n      position\n    }\n  }\n": typeof types.UpdateMembershipDocument,
    "\n  query Viewer {\n    me {\n      id\n      displayName\n      email\n      memberships {\n        id\n        role\n        position\n        organisation {\n          id\n          slug\n          name\n          kind\n        }\n      }\n    }\n  }\n": typeof types.ViewerDocument,
};
const documents: Documents = {
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": types.RegisterDocument,
    "\n  query Neighbourhoods($search: String, $first: Int) {\n    neighbourhoods(search: $search, first: $first) {\n      id\n      slug\n      name\n      description\n      areaCodes\n      localAuthority {\n        id\n        name\n      }\n    }\n  }\n": types.NeighbourhoodsDocument,
    "\n  mutation CreateNeighbourhood($input: CreateNeighbourhoodInput!) {\n    createNeighbourhood(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n": types.CreateNeighbourhoodDocument,
    "\n  query LocalAuthorities {\n    organisations(kind: LOCAL_AUTHORITY, first: 100) {\n      id\n      slug\n      name\n    }\n  }\n": types.LocalAuthoritiesDocument,
    "\n  query Neighbourhood($slug: String!) {\n    neighbourhood(slug: $slug) {\n      id\n      slug\n      name\n      description\n      areaCodes\n      boundary\n      createdAt\n      localAuthority {\n        id\n        slug\n        name\n      }\n    }\n  }\n": types.NeighbourhoodDocument,
    "\n  mutation AddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      id\n      role\n      position\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": types.AddMemberDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  query Organisation($slug: String!) {\n    organisation(slug: $slug) {\n      id\n      slug\n      name\n      kind\n      description\n      website\n      createdAt\n      viewerRole\n      members {\n        id\n        role\n        position\n        user {\n          id\n          displayName\n          email\n        }\n      }\n    }\n  }\n": types.OrganisationDocument,
    "\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n": types.RemoveMemberDocument,
    "\n  mutation UpdateMembership($input: UpdateMembershipInput!) {\n    updateMembership(input: $input) {\n      id\n      role\n      position\n    }\n  }\n": types.UpdateMembershipDocument,
    "\n  query Viewer {\n    me {\n      id\n      displayName\n      email\n      memberships {\n        id\n        role\n        position\n        organisation {\n          id\n          slug\n          name\n          kind\n        }\n      }\n    }\n  }\n": types.ViewerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql').RegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Neighbourhoods($search: String, $first: Int) {\n    neighbourhoods(search: $search, first: $first) {\n      id\n      slug\n      name\n      description\n      areaCodes\n      localAuthority {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').NeighbourhoodsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateNeighbourhood($input: CreateNeighbourhoodInput!) {\n    createNeighbourhood(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n"): typeof import('./graphql').CreateNeighbourhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LocalAuthorities {\n    organisations(kind: LOCAL_AUTHORITY, first: 100) {\n      id\n      slug\n      name\n    }\n  }\n"): typeof import('./graphql').LocalAuthoritiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Neighbourhood($slug: String!) {\n    neighbourhood(slug: $slug) {\n      id\n      slug\n      name\n      description\n      areaCodes\n      boundary\n      createdAt\n      localAuthority {\n        id\n        slug\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').NeighbourhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      id\n      role\n      position\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql').AddMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n"): typeof import('./graphql').CreateOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisation($slug: String!) {\n    organisation(slug: $slug) {\n      id\n      slug\n      name\n      kind\n      description\n      website\n      createdAt\n      viewerRole\n      members {\n        id\n        role\n        position\n        user {\n          id\n          displayName\n          email\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n"): typeof import('./graphql').RemoveMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMembership($input: UpdateMembershipInput!) {\n    updateMembership(input: $input) {\n      id\n      role\n      position\n    }\n  }\n"): typeof import('./graphql').UpdateMembershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      displayName\n      email\n      memberships {\n        id\n        role\n        position\n        organisation {\n          id\n          slug\n          name\n          kind\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ViewerDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
