import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { PartyEntity } from '../src/modules/covenants/party.entity';
import { PartiesService } from '../src/modules/parties/parties.service';
import { findByIdsInOrder } from '../src/core/database/by-ids';
import { CovenantEntity } from '../src/modules/covenants/covenant.entity';
import { CovenantsService } from '../src/modules/covenants/covenants.service';
import { VersionEntity } from '../src/modules/signing/version.entity';
import { VersionsService } from '../src/modules/signing/versions.service';
import { openForSignature, readyToSign } from './support/signing';
import { codes, startTestApp, type TestApp } from './support/test-app';
import { buildWorld, forceStatus, fullCovenant, sql, startCovenant, type World } from './support/covenant-world';
import { createOrganisation } from './support/factories';

const COVENANT = `query ($slug: String!) {
  covenant(slug: $slug) {
    id title status visibility draftHtml supportCount
    neighbourhood { slug }
    parties { role status organisation { name } }
    viewerCan { edit comment invite sign countersign support transition blocked { target reason } }
    comments { id body parentId quote anchor resolved author { displayName } }
  }
}`;

interface CovenantView {
  covenant: {
    id: string;
    status: string;
    draftHtml: string;
    supportCount: number;
    parties: { role: string; status: string; organisation: { name: string } }[];
    viewerCan: {
      edit: boolean;
      comment: boolean;
      invite: boolean;
      support: boolean;
      transition: string[];
      blocked: { target: string; reason: string }[];
    };
    comments: {
      id: string;
      body: string;
      parentId: string | null;
      resolved: boolean;
      author: { displayName: string };
    }[];
  } | null;
}

describe('Covenants', () => {
  let api: TestApp;
  let world: World;
  beforeAll(async () => {
    api = await startTestApp();
    world = await buildWorld(api);
  }, 60_000);
  afterAll(() => api.close());

  it('starts a covenant from the template, with the convenor accepted and the council invited to countersign', async () => {
    const covenant = await startCovenant(api, world, { title: 'Settle covenant 2027' });
    const view = await api.gql<CovenantView>(
      COVENANT,
      { slug: covenant.slug },
      { token: world.people.hydroAdmin.token },
    );
    const c = view.data!.covenant!;
    expect(c.status).toBe('DRAFT');
    expect(c.parties.map((p) => [p.role, p.status, p.organisation.name])).toEqual([
      ['CONVENOR', 'ACCEPTED', 'Settle Community Hydro'],
      ['COUNTERSIGNATORY', 'INVITED', 'North Yorkshire Council'],
    ]);
    for (const heading of [
      'Our shared ambition',
      'How we will work together',
      'Community rights here',
      'Commitments',
      'Governance, review and renewal',
    ]) {
      expect(c.draftHtml).toContain(heading);
    }
    expect(c.viewerCan).toMatchObject({
      edit: true,
      invite: true,
      comment: true,
      // Opening for signature is held back, with why, until the council has accepted.
      transition: ['CONSULTATION', 'WITHDRAWN'],
      blocked: [
        {
          target: 'OPEN_FOR_SIGNATURE',
          reason: 'North Yorkshire Council has not yet accepted its invitation to countersign.',
        },
      ],
    });
    const empty = await startCovenant(api, world, { title: 'Blank page', fromTemplate: false });
    const blank = await api.gql<CovenantView>(COVENANT, { slug: empty.slug }, { token: world.people.hydroAdmin.token });
    expect(blank.data!.covenant!.draftHtml).toBe('');
  });

  it('reads a covenant’s parties in bulk with every field of each party and its organisation, as TypeORM reads one', async () => {
    const covenant = await fullCovenant(api, world);
    const [listed] = await api.app.get(PartiesService).ofCovenants([covenant.id]);
    expect(listed.map((party) => party.id)).toEqual(covenant.parties.map((party) => party.id));
    const repository = api.app.get(DataSource).getRepository(PartyEntity);
    const columns = (metadata: { columns: { propertyName: string }[] }) =>
      metadata.columns.map((column) => column.propertyName).sort();
    for (const party of listed) {
      const { organisation, ...fields } = party;
      expect(Object.keys(fields).sort()).toEqual(columns(repository.metadata));
      expect(Object.keys(organisation!).sort()).toEqual(
        columns(repository.manager.connection.getMetadata('OrganisationEntity')),
      );
      const read = await repository.findOneOrFail({ where: { id: party.id }, relations: { organisation: true } });
      expect({ ...fields, organisation: { ...organisation } }).toEqual({
        ...read,
        organisation: { ...read.organisation },
      });
    }
  });

  it('reads people, organisations, neighbourhoods, covenants and parties by id in bulk, in the order asked, as TypeORM reads each', async () => {
    const covenant = await fullCovenant(api, world);
    await sql(api, `UPDATE covenants SET starts_on = '2027-03-01', review_due_on = '2028-03-01' WHERE id = $1`, [
      covenant.id,
    ]);
    const dataSource = api.app.get(DataSource);
    const missing = '00000000-0000-4000-8000-000000000000';
    const cases: [string, string[]][] = [
      ['UserEntity', [world.people.poolAdmin.id, missing, world.people.hydroAdmin.id]],
      ['OrganisationEntity', [world.council.id, world.hydro.id, missing]],
      ['NeighbourhoodEntity', [missing, world.neighbourhood.id]],
      ['CovenantEntity', [covenant.id, missing]],
      ['PartyEntity', [...covenant.parties.map((party) => party.id).reverse(), missing]],
    ];
    for (const [entity, ids] of cases) {
      const repository = dataSource.getRepository<{ id: string }>(entity);
      const found = await findByIdsInOrder(repository, ids);
      expect(found.map((row) => row?.id ?? null)).toEqual(ids.map((id) => (id === missing ? null : id)));
      for (const row of found.filter((r) => r !== null)) {
        expect(Object.keys(row).sort()).toEqual(
          repository.metadata.columns
            .filter((c) => c.isSelect)
            .map((c) => c.propertyName)
            .sort(),
        );
        expect({ ...row }).toEqual({ ...(await repository.findOneByOrFail({ id: row.id })) });
      }
    }
  });

  it('reads a covenant by slug or id, and its versions, with every field, as TypeORM reads them', async () => {
    const covenant = await readyToSign(api, world);
    await forceStatus(api, covenant.id, 'CONSULTATION');
    await openForSignature(api, world, covenant.id);
    const dataSource = api.app.get(DataSource);
    const covenants = api.app.get(CovenantsService);
    const read = await dataSource.getRepository(CovenantEntity).findOneByOrFail({ id: covenant.id });
    expect({ ...(await covenants.findBySlug(covenant.slug.toUpperCase())) }).toEqual({ ...read });
    expect({ ...(await covenants.findById(covenant.id)) }).toEqual({ ...read });
    expect(await covenants.findBySlug('no-such-covenant')).toBeNull();
    const [versions] = await api.app.get(VersionsService).ofCovenants([covenant.id]);
    const stored = await dataSource.getRepository(VersionEntity).find({ where: { covenantId: covenant.id } });
    expect(versions.length).toBe(1);
    expect(versions.map((version) => ({ ...version }))).toEqual(stored.map((version) => ({ ...version })));
  });

  it('lets only the admin of a community organisation start one', async () => {
    const input = {
      neighbourhoodId: world.neighbourhood.id,
      convenorOrganisationId: world.council.id,
      title: 'Council-led covenant',
    };
    const council = await api.gql(
      `mutation ($input: CreateCovenantInput!) { createCovenant(input: $input) { id } }`,
      { input },
      { token: world.people.councilAdmin.token },
    );
    expect(codes(council)).toEqual(['FORBIDDEN']);
    const member = await api.gql(
      `mutation ($input: CreateCovenantInput!) { createCovenant(input: $input) { id } }`,
      { input: { ...input, convenorOrganisationId: world.hydro.id } },
      { token: world.people.hydroMember.token },
    );
    expect(codes(member)).toEqual(['FORBIDDEN']);
  });

  it('refuses a countersignatory that is not the neighbourhood’s council, and a second one', async () => {
    const covenant = await startCovenant(api, world);
    const other = await createOrganisation(api, world.people.resident, {
      name: 'Lancashire County Council',
      kind: 'LOCAL_AUTHORITY',
    });
    const invite = (organisationId: string) =>
      api.gql(
        `mutation ($c: ID!, $o: ID!) { inviteParty(covenantId: $c, organisationId: $o, role: COUNTERSIGNATORY) { id } }`,
        { c: covenant.id, o: organisationId },
        { token: world.people.hydroAdmin.token },
      );
    expect(codes(await invite(world.pool.id))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await invite(other.id))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await invite(world.council.id))).toEqual(['CONFLICT']);
  });

  it('takes a public covenant to consultation, where residents read, support once and comment', async () => {
    const covenant = await fullCovenant(api, world);
    const { hydroAdmin, resident } = world.people;
    const opened = await api.gql(
      `mutation ($c: ID!) { openConsultation(covenantId: $c) { status } }`,
      { c: covenant.id },
      { token: hydroAdmin.token },
    );
    expect(opened.data).toEqual({ openConsultation: { status: 'CONSULTATION' } });

    const anonymous = await api.gql<CovenantView>(COVENANT, { slug: covenant.slug });
    expect(anonymous.data!.covenant).toMatchObject({
      status: 'CONSULTATION',
      viewerCan: { comment: false, support: false, transition: [] },
    });
    expect(anonymous.data!.covenant!.draftHtml).toContain('Our shared ambition');

    for (let i = 0; i < 2; i++) {
      const supported = await api.gql<{ supportCovenant: { supportCount: number } }>(
        `mutation ($c: ID!) { supportCovenant(covenantId: $c) { supportCount } }`,
        { c: covenant.id },
        { token: resident.token },
      );
      expect(supported.data?.supportCovenant.supportCount).toBe(1);
    }
    const comment = await api.gql<{ addComment: { id: string } }>(
      `mutation ($input: CommentInput!) { addComment(input: $input) { id } }`,
      {
        input: {
          covenantId: covenant.id,
          body: 'Please keep the pool open on Sundays.',
          quote: 'Our shared ambition',
          anchor: 'AQID',
        },
      },
      { token: resident.token },
    );
    const reply = await api.gql<{ addComment: { id: string } }>(
      `mutation ($input: CommentInput!) { addComment(input: $input) { id } }`,
      { input: { covenantId: covenant.id, body: 'Agreed: from June.', parentId: comment.data!.addComment.id } },
      { token: hydroAdmin.token },
    );
    expect(reply.errors).toBeUndefined();
    const view = await api.gql<CovenantView>(COVENANT, { slug: covenant.slug });
    expect(view.data!.covenant!.comments.map((c) => [c.body, c.parentId, c.author.displayName])).toEqual([
      ['Please keep the pool open on Sundays.', null, 'Sam Okafor'],
      ['Agreed: from June.', comment.data!.addComment.id, 'Aled Pryce'],
    ]);

    const resolved = await api.gql(
      `mutation ($id: ID!) { resolveComment(commentId: $id) { resolved } }`,
      { id: comment.data!.addComment.id },
      { token: hydroAdmin.token },
    );
    expect(resolved.data).toEqual({ resolveComment: { resolved: true } });
    const open = await api.gql<CovenantView>(COVENANT, { slug: covenant.slug });
    expect(open.data!.covenant!.comments).toEqual([]);
    const all = await api.gql<{ covenant: { comments: { resolved: boolean }[] } }>(
      `query ($slug: String!) { covenant(slug: $slug) { comments(includeResolved: true) { resolved } } }`,
      { slug: covenant.slug },
    );
    expect(all.data!.covenant.comments).toHaveLength(2);

    const tooLong = await api.gql(
      `mutation ($input: CommentInput!) { addComment(input: $input) { id } }`,
      { input: { covenantId: covenant.id, body: 'x'.repeat(5001) } },
      { token: resident.token },
    );
    expect(codes(tooLong)).toEqual(['BAD_USER_INPUT']);
  });

  it('returns to draft with a reason, which the audit trail records; a reason is required', async () => {
    const covenant = await fullCovenant(api, world);
    const { hydroAdmin } = world.people;
    await api.gql(
      `mutation ($c: ID!) { openConsultation(covenantId: $c) { id } }`,
      { c: covenant.id },
      { token: hydroAdmin.token },
    );
    const noReason = await api.gql(
      `mutation ($c: ID!) { returnToDraft(covenantId: $c, reason: "  ") { id } }`,
      { c: covenant.id },
      { token: hydroAdmin.token },
    );
    expect(codes(noReason)).toEqual(['BAD_USER_INPUT']);
    const back = await api.gql(
      `mutation ($c: ID!) { returnToDraft(covenantId: $c, reason: "Residents asked for Sunday opening.") { status } }`,
      { c: covenant.id },
      { token: hydroAdmin.token },
    );
    expect(back.data).toEqual({ returnToDraft: { status: 'DRAFT' } });
    const audit = await api.gql<{ covenantAudit: { action: string; details: string }[] }>(
      `query ($c: ID!) { covenantAudit(covenantId: $c) { action details } }`,
      { c: covenant.id },
      { token: hydroAdmin.token },
    );
    const last = audit.data!.covenantAudit.at(-1)!;
    expect(last.action).toBe('status.changed');
    expect(JSON.parse(last.details)).toEqual({
      from: 'CONSULTATION',
      to: 'DRAFT',
      reason: 'Residents asked for Sunday opening.',
    });
    expect(audit.data!.covenantAudit.map((e) => e.action)).toEqual([
      'covenant.created',
      'party.invited',
      'party.invited',
      'party.accepted',
      'party.accepted',
      'party.invited',
      'status.changed',
      'status.changed',
    ]);
  });

  it('serves an audit chain that anyone can recompute from the API alone', async () => {
    const covenant = await fullCovenant(api, world);
    await api.gql(
      `mutation ($c: ID!) { openConsultation(covenantId: $c) { id } }`,
      { c: covenant.id },
      { token: world.people.hydroAdmin.token },
    );
    const response = await api.gql<{
      covenantAudit: {
        seq: number;
        at: string;
        actor: { id: string } | null;
        action: string;
        details: string;
        hash: string;
        prevHash: string;
      }[];
      verifyCovenant: { auditChainValid: boolean; problems: string[] };
    }>(
      `query ($c: ID!) { covenantAudit(covenantId: $c) { seq at actor { id } action details hash prevHash } verifyCovenant(covenantId: $c) { auditChainValid problems } }`,
      { c: covenant.id },
    );
    let prev = '0'.repeat(64);
    response.data!.covenantAudit.forEach((event, index) => {
      expect(event.seq).toBe(index + 1);
      expect(event.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(event.prevHash).toBe(prev);
      const input = [event.prevHash, event.seq, event.at, event.actor?.id ?? '', event.action, event.details].join(
        '\n',
      );
      expect(createHash('sha256').update(input, 'utf8').digest('hex')).toBe(event.hash);
      prev = event.hash;
    });
    expect(response.data!.verifyCovenant).toEqual({ auditChainValid: true, problems: [] });
  });

  it('refuses to change or delete audit rows in PostgreSQL, and reports a row altered behind its back', async () => {
    const covenant = await fullCovenant(api, world);
    await expect(
      sql(api, `UPDATE audit_events SET action = 'party.removed' WHERE covenant_id = $1 AND seq = 2`, [covenant.id]),
    ).rejects.toThrow(/cannot be changed/);
    await expect(sql(api, `DELETE FROM audit_events WHERE covenant_id = $1`, [covenant.id])).rejects.toThrow(
      /cannot be changed/,
    );
    await sql(api, `ALTER TABLE audit_events DISABLE TRIGGER audit_events_insert_only`);
    await sql(api, `UPDATE audit_events SET details = '{"tampered":true}' WHERE covenant_id = $1 AND seq = 2`, [
      covenant.id,
    ]);
    await sql(api, `ALTER TABLE audit_events ENABLE TRIGGER audit_events_insert_only`);
    const verify = await api.gql<{ verifyCovenant: { auditChainValid: boolean; problems: string[] } }>(
      `query ($c: ID!) { verifyCovenant(covenantId: $c) { auditChainValid problems } }`,
      { c: covenant.id },
      { token: world.people.hydroAdmin.token },
    );
    expect(verify.data!.verifyCovenant.auditChainValid).toBe(false);
    expect(verify.data!.verifyCovenant.problems).toEqual([expect.stringMatching(/Audit event 2 .* was altered/)]);
  });

  it('serialises conflicting transitions sent at the same moment: one wins, the other is CONFLICT', async () => {
    const covenant = await fullCovenant(api, world);
    const { hydroAdmin } = world.people;
    const [consult, withdraw] = await Promise.all([
      api.gql(
        `mutation ($c: ID!) { openConsultation(covenantId: $c) { status } }`,
        { c: covenant.id },
        { token: hydroAdmin.token },
      ),
      api.gql(
        `mutation ($c: ID!) { withdrawCovenant(covenantId: $c, reason: "Stop.") { status } }`,
        { c: covenant.id },
        { token: hydroAdmin.token },
      ),
    ]);
    const outcomes = [codes(consult)[0] ?? 'OK', codes(withdraw)[0] ?? 'OK'];
    // Withdrawing is allowed from consultation too, so both may succeed in turn; what must hold is the record.
    const [row] = await sql<{ status: string }>(api, 'SELECT status FROM covenants WHERE id = $1', [covenant.id]);
    const changes = await sql<{ details: string }>(
      api,
      `SELECT details FROM audit_events WHERE covenant_id = $1 AND action = 'status.changed' ORDER BY seq`,
      [covenant.id],
    );
    const moves = changes.map((c) => JSON.parse(c.details) as { from: string; to: string });
    expect(outcomes.filter((o) => o === 'OK')).toHaveLength(moves.length);
    expect(moves.at(-1)!.to).toBe(row.status);
    for (let i = 1; i < moves.length; i++) expect(moves[i].from).toBe(moves[i - 1].to);
    expect(outcomes.every((o) => o === 'OK' || o === 'CONFLICT')).toBe(true);
  });

  it('sends two opposite moves at once (open consultation twice): exactly one happens', async () => {
    const covenant = await fullCovenant(api, world);
    const call = () =>
      api.gql(
        `mutation ($c: ID!) { openConsultation(covenantId: $c) { status } }`,
        { c: covenant.id },
        { token: world.people.hydroAdmin.token },
      );
    const results = await Promise.all([call(), call(), call()]);
    expect(results.map((r) => codes(r)[0] ?? 'OK').sort()).toEqual(['CONFLICT', 'CONFLICT', 'OK']);
    const changes = await sql(api, `SELECT 1 FROM audit_events WHERE covenant_id = $1 AND action = 'status.changed'`, [
      covenant.id,
    ]);
    expect(changes).toHaveLength(1);
  });
});
