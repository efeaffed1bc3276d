import { codes, startTestApp, type TestApp } from './support/test-app';
import { DataSource } from 'typeorm';
import { MembershipEntity } from '../src/modules/organisations/membership.entity';
import { MembershipsService } from '../src/modules/organisations/memberships.service';
import { OrganisationEntity } from '../src/modules/organisations/organisation.entity';
import { UserEntity } from '../src/modules/users/user.entity';
import { addMember, createOrganisation, registerUser, type TestUser } from './support/factories';

const ORGANISATION = `query ($slug: String!) {
  organisation(slug: $slug) { id slug name kind description website viewerRole members { id role position user { id displayName email } } }
}`;
const ADD_MEMBER = `mutation ($input: AddMemberInput!) { addMember(input: $input) { id role position user { id displayName } organisation { id name } } }`;
const UPDATE = `mutation ($input: UpdateMembershipInput!) { updateMembership(input: $input) { id role position } }`;
const REMOVE = `mutation ($id: ID!) { removeMember(membershipId: $id) }`;

interface OrganisationView {
  organisation: {
    id: string;
    slug: string;
    viewerRole: string | null;
    members: { id: string; role: string; position: string | null; user: { id: string; email: string | null } }[];
  } | null;
}

describe('Organisations and members', () => {
  let api: TestApp;
  let aled: TestUser;
  let morag: TestUser;
  let sam: TestUser;
  beforeAll(async () => {
    api = await startTestApp();
    [aled, morag, sam] = await Promise.all([
      registerUser(api, { displayName: 'Aled Pryce' }),
      registerUser(api, { displayName: 'Morag Ellison' }),
      registerUser(api, { displayName: 'Sam Okafor' }),
    ]);
  });
  afterAll(() => api.close());

  it('creates an organisation with a slug from its name and makes the creator its ADMIN', async () => {
    const response = await api.gql<{ createOrganisation: { slug: string; kind: string; website: string } }>(
      `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { slug kind website } }`,
      {
        input: {
          name: 'Settle Community Hydro',
          kind: 'COMMUNITY_BUSINESS',
          description: 'An Archimedes screw on the Ribble.',
          website: 'https://settlehydro.example',
        },
      },
      { token: aled.token },
    );
    expect(response.data?.createOrganisation).toEqual({
      slug: 'settle-community-hydro',
      kind: 'COMMUNITY_BUSINESS',
      website: 'https://settlehydro.example',
    });
    const view = await api.gql<OrganisationView>(
      ORGANISATION,
      { slug: 'settle-community-hydro' },
      { token: aled.token },
    );
    expect(view.data?.organisation?.viewerRole).toBe('ADMIN');
    expect(view.data?.organisation?.members.map((m) => [m.user.id, m.role])).toEqual([[aled.id, 'ADMIN']]);
  });

  it('gives a second organisation of the same name its own slug', async () => {
    const first = await createOrganisation(api, aled, { name: 'Giggleswick Friends' });
    const second = await createOrganisation(api, morag, { name: 'Giggleswick Friends' });
    expect(first.slug).toBe('giggleswick-friends');
    expect(second.slug).toBe('giggleswick-friends-2');
  });

  it('refuses a bad name, kind or website with BAD_USER_INPUT', async () => {
    const mutation = `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`;
    const badWebsite = await api.gql(
      mutation,
      { input: { name: 'Pool Trust', kind: 'OTHER', website: 'javascript:alert(1)' } },
      { token: aled.token },
    );
    expect(codes(badWebsite)).toEqual(['BAD_USER_INPUT']);
    expect(badWebsite.errors?.[0].extensions?.fields?.website).toMatch(/https:\/\//);
    const shortName = await api.gql(mutation, { input: { name: ' x ', kind: 'OTHER' } }, { token: aled.token });
    expect(codes(shortName)).toEqual(['BAD_USER_INPUT']);
    const badKind = await api.gql(mutation, { input: { name: 'Pool Trust', kind: 'CHARITY' } }, { token: aled.token });
    expect(codes(badKind)).toEqual(['BAD_USER_INPUT']);
  });

  it('lets an ADMIN add a colleague as SIGNATORY with a position, by e-mail', async () => {
    const trust = await createOrganisation(api, morag, { name: 'Settle Pool Trust' });
    const response = await api.gql<{ addMember: { role: string; position: string; user: { id: string } } }>(
      ADD_MEMBER,
      { input: { organisationId: trust.id, email: sam.email.toUpperCase(), role: 'SIGNATORY', position: 'Treasurer' } },
      { token: morag.token },
    );
    expect(response.data?.addMember).toMatchObject({ role: 'SIGNATORY', position: 'Treasurer', user: { id: sam.id } });
    const samsView = await api.gql<{ me: { memberships: { role: string; organisation: { slug: string } }[] } }>(
      `{ me { memberships { role organisation { slug } } } }`,
      {},
      { token: sam.token },
    );
    expect(samsView.data?.me.memberships).toContainEqual({ role: 'SIGNATORY', organisation: { slug: trust.slug } });
  });

  it('refuses to add members for a non-ADMIN (FORBIDDEN), an unknown e-mail and a second membership', async () => {
    const trust = await createOrganisation(api, morag);
    await addMember(api, morag, trust, sam, 'SIGNATORY');
    const notAdmin = await api.gql(
      ADD_MEMBER,
      { input: { organisationId: trust.id, email: aled.email, role: 'MEMBER' } },
      { token: sam.token },
    );
    expect(codes(notAdmin)).toEqual(['FORBIDDEN']);
    const outsider = await api.gql(
      ADD_MEMBER,
      { input: { organisationId: trust.id, email: aled.email, role: 'MEMBER' } },
      { token: aled.token },
    );
    expect(codes(outsider)).toEqual(['FORBIDDEN']);
    const unknown = await api.gql(
      ADD_MEMBER,
      { input: { organisationId: trust.id, email: 'nobody@example.org', role: 'MEMBER' } },
      { token: morag.token },
    );
    expect(codes(unknown)).toEqual(['BAD_USER_INPUT']);
    expect(unknown.errors?.[0].extensions?.fields?.email).toMatch(/sign up/);
    const twice = await api.gql(
      ADD_MEMBER,
      { input: { organisationId: trust.id, email: sam.email, role: 'MEMBER' } },
      { token: morag.token },
    );
    expect(codes(twice)).toEqual(['CONFLICT']);
    const missing = await api.gql(
      ADD_MEMBER,
      { input: { organisationId: '00000000-0000-4000-8000-000000000000', email: sam.email, role: 'MEMBER' } },
      { token: morag.token },
    );
    expect(codes(missing)).toEqual(['NOT_FOUND']);
  });

  it('shows members to members only, and e-mails only to their owners', async () => {
    const trust = await createOrganisation(api, morag);
    await addMember(api, morag, trust, sam, 'MEMBER');
    const asMember = await api.gql<OrganisationView>(ORGANISATION, { slug: trust.slug }, { token: sam.token });
    const members = asMember.data!.organisation!.members;
    expect(members).toHaveLength(2);
    expect(members.find((m) => m.user.id === morag.id)?.user.email).toBeNull();
    expect(members.find((m) => m.user.id === sam.id)?.user.email).toBe(sam.email);
    const asOutsider = await api.gql<OrganisationView>(ORGANISATION, { slug: trust.slug }, { token: aled.token });
    expect(asOutsider.data?.organisation).toMatchObject({ id: trust.id, viewerRole: null, members: [] });
    const anonymous = await api.gql<OrganisationView>(ORGANISATION, { slug: trust.slug });
    expect(anonymous.data?.organisation).toMatchObject({ id: trust.id, members: [] });
  });

  it('changes a role and position, and never leaves an organisation without an ADMIN', async () => {
    const trust = await createOrganisation(api, morag);
    const samMembership = await addMember(api, morag, trust, sam, 'MEMBER');
    const view = await api.gql<OrganisationView>(ORGANISATION, { slug: trust.slug }, { token: morag.token });
    const moragMembership = view.data!.organisation!.members.find((m) => m.user.id === morag.id)!.id;

    const promoted = await api.gql<{ updateMembership: { role: string; position: string } }>(
      UPDATE,
      { input: { membershipId: samMembership, role: 'SIGNATORY', position: 'Treasurer' } },
      { token: morag.token },
    );
    expect(promoted.data?.updateMembership).toMatchObject({ role: 'SIGNATORY', position: 'Treasurer' });

    const demoteLast = await api.gql(
      UPDATE,
      { input: { membershipId: moragMembership, role: 'MEMBER' } },
      { token: morag.token },
    );
    expect(codes(demoteLast)).toEqual(['CONFLICT']);
    const removeLast = await api.gql(REMOVE, { id: moragMembership }, { token: morag.token });
    expect(codes(removeLast)).toEqual(['CONFLICT']);
    expect(removeLast.errors?.[0].message).toMatch(/at least one admin/);

    const bySignatory = await api.gql(REMOVE, { id: moragMembership }, { token: sam.token });
    expect(codes(bySignatory)).toEqual(['FORBIDDEN']);

    await api.gql(UPDATE, { input: { membershipId: samMembership, role: 'ADMIN' } }, { token: morag.token });
    const removeNow = await api.gql<{ removeMember: boolean }>(REMOVE, { id: moragMembership }, { token: sam.token });
    expect(removeNow.data?.removeMember).toBe(true);
    const after = await api.gql<OrganisationView>(ORGANISATION, { slug: trust.slug }, { token: sam.token });
    expect(after.data?.organisation?.members.map((m) => m.user.id)).toEqual([sam.id]);
  });

  it('refuses a malformed membership id with BAD_USER_INPUT and an unknown one with NOT_FOUND', async () => {
    expect(codes(await api.gql(REMOVE, { id: 'not-an-id' }, { token: morag.token }))).toEqual(['BAD_USER_INPUT']);
    expect(
      codes(await api.gql(REMOVE, { id: '00000000-0000-4000-8000-000000000000' }, { token: morag.token })),
    ).toEqual(['NOT_FOUND']);
  });

  it('lists and searches organisations, filtered by kind, for anyone', async () => {
    await createOrganisation(api, aled, { name: 'North Yorkshire Council', kind: 'LOCAL_AUTHORITY' });
    const councils = await api.gql<{ organisations: { name: string; kind: string }[] }>(
      `{ organisations(kind: LOCAL_AUTHORITY) { name kind } }`,
    );
    expect(councils.data?.organisations).toEqual([{ name: 'North Yorkshire Council', kind: 'LOCAL_AUTHORITY' }]);
    const search = await api.gql<{ organisations: { name: string }[] }>(`{ organisations(search: "hydro") { name } }`);
    expect(search.data?.organisations.map((o) => o.name)).toEqual(['Settle Community Hydro']);
    const tooMany = await api.gql(`{ organisations(first: 1000) { name } }`);
    expect(codes(tooMany)).toEqual(['BAD_USER_INPUT']);
    const missing = await api.gql<OrganisationView>(ORGANISATION, { slug: 'no-such-organisation' });
    expect(missing.data?.organisation).toBeNull();
    expect(missing.errors).toBeUndefined();
  });

  it('reads memberships in bulk with every field of each and of its organisation or person, as TypeORM reads one', async () => {
    const [first, second] = [
      await createOrganisation(api, sam, { name: 'Giggleswick Allotment Society' }),
      await createOrganisation(api, sam, { name: 'Langcliffe Village Hall' }),
    ];
    await addMember(api, sam, first, morag, 'SIGNATORY');
    await addMember(api, sam, second, morag, 'MEMBER');
    const service = api.app.get(MembershipsService);
    const repository = api.app.get(DataSource).getRepository(MembershipEntity);
    const columns = (metadata: { columns: { propertyName: string }[] }) =>
      metadata.columns.map((column) => column.propertyName).sort();
    const same = async (membership: MembershipEntity, relation: 'organisation' | 'user') => {
      const { [relation]: joined, ...fields } = membership;
      expect(Object.keys(fields).sort()).toEqual(columns(repository.metadata));
      expect(Object.keys(joined!).sort()).toEqual(
        columns(repository.manager.connection.getMetadata(relation === 'user' ? UserEntity : OrganisationEntity)),
      );
      const read = await repository.findOneOrFail({ where: { id: membership.id }, relations: { [relation]: true } });
      expect({ ...fields, [relation]: { ...joined } }).toEqual({ ...read, [relation]: { ...read[relation] } });
    };

    const [ofSam, ofMorag] = await service.forUsers([sam.id, morag.id]);
    expect(ofSam.map((m) => m.organisationId)).toEqual(expect.arrayContaining([first.id, second.id]));
    expect(ofMorag.filter((m) => [first.id, second.id].includes(m.organisationId)).map((m) => m.role)).toEqual([
      'SIGNATORY',
      'MEMBER',
    ]);
    for (const membership of [...ofSam, ...ofMorag]) await same(membership, 'organisation');

    const [ofFirst, ofSecond] = await service.forOrganisations([first.id, second.id]);
    expect(ofFirst.map((m) => [m.userId, m.role])).toEqual([
      [sam.id, 'ADMIN'],
      [morag.id, 'SIGNATORY'],
    ]);
    expect(ofSecond.map((m) => [m.userId, m.role])).toEqual([
      [sam.id, 'ADMIN'],
      [morag.id, 'MEMBER'],
    ]);
    for (const membership of [...ofFirst, ...ofSecond]) await same(membership, 'user');
  });
});
