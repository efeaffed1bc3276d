/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AddMemberInput = {
  /** an existing user's e-mail */
  email: string;
  organisationId: string | number;
  position?: string | null | undefined;
  role: MemberRole;
};

export type CreateNeighbourhoodInput = {
  areaCodes?: Array<string> | null | undefined;
  boundary?: string | null | undefined;
  description?: string | null | undefined;
  localAuthorityId?: string | number | null | undefined;
  name: string;
};

export type CreateOrganisationInput = {
  description?: string | null | undefined;
  kind: OrganisationKind;
  name: string;
  website?: string | null | undefined;
};

export type MemberRole =
  /** SIGNATORY + manages members, accepts invitations */
  | 'ADMIN'
  /** can co-draft covenants the organisation is party to */
  | 'MEMBER'
  /** MEMBER + may sign on the organisation’s behalf */
  | 'SIGNATORY';

export type OrganisationKind =
  | 'BUSINESS'
  | 'COMMUNITY_BUSINESS'
  | 'COMMUNITY_GROUP'
  | 'HOUSING_PROVIDER'
  | 'LOCAL_AUTHORITY'
  | 'OTHER'
  | 'PUBLIC_BODY'
  | 'VOLUNTARY_ORGANISATION';

export type RegisterInput = {
  displayName: string;
  email: string;
  password: string;
};

export type UpdateMembershipInput = {
  membershipId: string | number;
  /** Leave out to keep the position; an empty string clears it. */
  position?: string | null | undefined;
  /** Leave out to keep the role. */
  role?: MemberRole | null | undefined;
};

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { user: { id: string, displayName: string } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterMutation = { register: { user: { id: string, displayName: string } } };

export type NeighbourhoodsQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type NeighbourhoodsQuery = { neighbourhoods: Array<{ id: string, slug: string, name: string, description: string | null, areaCodes: Array<string>, localAuthority: { id: string, name: string } | null }> };

export type CreateNeighbourhoodMutationVariables = Exact<{
  input: CreateNeighbourhoodInput;
}>;


export type CreateNeighbourhoodMutation = { createNeighbourhood: { id: string, slug: string, name: string } };

export type LocalAuthoritiesQueryVariables = Exact<{ [key: string]: never; }>;


export type LocalAuthoritiesQuery = { organisations: Array<{ id: string, slug: string, name: string }> };

export type NeighbourhoodQueryVariables = Exact<{
  slug: string;
}>;


export type NeighbourhoodQuery = { neighbourhood: { id: string, slug: string, name: string, description: string | null, areaCodes: Array<string>, boundary: string | null, createdAt: string, localAuthority: { id: string, slug: string, name: string } | null } | null };

export type AddMemberMutationVariables = Exact<{
  input: AddMemberInput;
}>;


export type AddMemberMutation = { addMember: { id: string, role: MemberRole, position: string | null, user: { id: string, displayName: string } } };

export type CreateOrganisationMutationVariables = Exact<{
  input: CreateOrganisationInput;
}>;


export type CreateOrganisationMutation = { createOrganisation: { id: string, slug: string, name: string } };

export type OrganisationQueryVariables = Exact<{
  slug: string;
}>;


export type OrganisationQuery = { organisation: { id: string, slug: string, name: string, kind: OrganisationKind, description: string | null, website: string | null, createdAt: string, viewerRole: MemberRole | null, members: Array<{ id: string, role: MemberRole, position: string | null, user: { id: string, displayName: string, email: string | null } }> } | null };

export type RemoveMemberMutationVariables = Exact<{
  membershipId: string | number;
}>;


export type RemoveMemberMutation = { removeMember: boolean };

export type UpdateMembershipMutationVariables = Exact<{
  input: UpdateMembershipInput;
}>;


export type UpdateMembershipMutation = { updateMembership: { id: string, role: MemberRole, position: string | null } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { me: { id: string, displayName: string, email: string | null, memberships: Array<{ id: string, role: MemberRole, position: string | null, organisation: { id: string, slug: string, name: string, kind: OrganisationKind } }> } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const LoginDocument = new TypedDocumentString(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    user {
      id
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const RegisterDocument = new TypedDocumentString(`
    mutation Register($input: RegisterInput!) {
  register(input: $input) {
    user {
      id
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterMutation, RegisterMutationVariables>;
export const NeighbourhoodsDocument = new TypedDocumentString(`
    query Neighbourhoods($search: String, $first: Int) {
  neighbourhoods(search: $search, first: $first) {
    id
    slug
    name
    description
    areaCodes
    localAuthority {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<NeighbourhoodsQuery, NeighbourhoodsQueryVariables>;
export const CreateNeighbourhoodDocument = new TypedDocumentString(`
    mutation CreateNeighbourhood($input: CreateNeighbourhoodInput!) {
  createNeighbourhood(input: $input) {
    id
    slug
    name
  }
}
    `) as unknown as TypedDocumentString<CreateNeighbourhoodMutation, CreateNeighbourhoodMutationVariables>;
export const LocalAuthoritiesDocument = new TypedDocumentString(`
    query LocalAuthorities {
  organisations(kind: LOCAL_AUTHORITY, first: 100) {
    id
    slug
    name
  }
}
    `) as unknown as TypedDocumentString<LocalAuthoritiesQuery, LocalAuthoritiesQueryVariables>;
export const NeighbourhoodDocument = new TypedDocumentString(`
    query Neighbourhood($slug: String!) {
  neighbourhood(slug: $slug) {
    id
    slug
    name
    description
    areaCodes
    boundary
    createdAt
    localAuthority {
      id
      slug
      name
    }
  }
}
    `) as unknown as TypedDocumentString<NeighbourhoodQuery, NeighbourhoodQueryVariables>;
export const AddMemberDocument = new TypedDocumentString(`
    mutation AddMember($input: AddMemberInput!) {
  addMember(input: $input) {
    id
    role
    position
    user {
      id
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<AddMemberMutation, AddMemberMutationVariables>;
export const CreateOrganisationDocument = new TypedDocumentString(`
    mutation CreateOrganisation($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) {
    id
    slug
    name
  }
}
    `) as unknown as TypedDocumentString<CreateOrganisationMutation, CreateOrganisationMutationVariables>;
export const OrganisationDocument = new TypedDocumentString(`
    query Organisation($slug: String!) {
  organisation(slug: $slug) {
    id
    slug
    name
    kind
    description
    website
    createdAt
    viewerRole
    members {
      id
      role
      position
      user {
        id
        displayName
        email
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisationQuery, OrganisationQueryVariables>;
export const RemoveMemberDocument = new TypedDocumentString(`
    mutation RemoveMember($membershipId: ID!) {
  removeMember(membershipId: $membershipId)
}
    `) as unknown as TypedDocumentString<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const UpdateMembershipDocument = new TypedDocumentString(`
    mutation UpdateMembership($input: UpdateMembershipInput!) {
  updateMembership(input: $input) {
    id
    role
    position
  }
}
    `) as unknown as TypedDocumentString<UpdateMembershipMutation, UpdateMembershipMutationVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  me {
    id
    displayName
    email
    memberships {
      id
      role
      position
      organisation {
        id
        slug
        name
        kind
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;