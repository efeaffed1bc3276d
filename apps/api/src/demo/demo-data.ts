/**
 * The demo neighbourhood loaded on first start: Settle, in North Yorkshire,
 * with the bodies a real covenant there would bring together. People and
 * codes are invented; the passwords are printed by the start command.
 */
import * as argon2 from 'argon2';
import type { MemberRole, OrganisationKind } from '@covenant/domain';
import type { PartyRole, PartyStatus } from '@covenant/domain';
import { DataSource, EntityManager } from 'typeorm';
import { CovenantDocumentEntity } from '../collab/covenant-document.entity';
import { BODY_FRAGMENT } from '@covenant/collab-protocol';
import { encodeAnchor, findWords, passageText, readSections, writeCovenantTemplate } from '../collab/document';
import { Y, type XmlFragment } from '../collab/document/yjs';
import { appendAuditEvent } from '../modules/audit/audit.service';
import { CommitmentEntity } from '../modules/commitments/commitment.entity';
import { CommentEntity } from '../modules/comments/comment.entity';
import { AmendmentEntity } from '../modules/consultation/amendment.entity';
import { AmendmentSupportEntity } from '../modules/consultation/amendment-support.entity';
import { SectionResponseEntity } from '../modules/consultation/section-response.entity';
import { CovenantEntity } from '../modules/covenants/covenant.entity';
import { SupportEntity } from '../modules/covenants/support.entity';
import { PartyEntity } from '../modules/covenants/party.entity';
import { NeighbourhoodEntity } from '../modules/neighbourhoods/neighbourhood.entity';
import { MembershipEntity } from '../modules/organisations/membership.entity';
import { OrganisationEntity } from '../modules/organisations/organisation.entity';
import { PlatformRoleEntity } from '../modules/identity/platform-role.entity';
import { VerificationEventEntity } from '../modules/identity/verification-event.entity';
import { UserEntity } from '../modules/users/user.entity';
import { DEMO_COMMISSIONER, DEMO_PASSWORD, DEMO_STEWARD, DEMO_USERS } from '../modules/auth/demo-accounts';

interface DemoOrganisation {
  /** Verified by the demo steward by this domain, the one its admin's address is on. */
  domain: string;
  slug: string;
  name: string;
  kind: OrganisationKind;
  description: string;
  website: string | null;
  members: { email: string; role: MemberRole; position: string }[];
}

const ORGANISATIONS: DemoOrganisation[] = [
  {
    domain: 'northyorks-council.example',
    slug: 'north-yorkshire-council',
    name: 'North Yorkshire Council',
    kind: 'LOCAL_AUTHORITY',
    description: 'The unitary council for North Yorkshire; countersigns covenants in its area.',
    website: 'https://www.northyorks.gov.uk',
    members: [
      { email: 'priya@northyorks-council.example', role: 'ADMIN', position: 'Stronger Communities Manager, Craven' },
    ],
  },
  {
    domain: 'settlehydro.example',
    slug: 'settle-community-hydro',
    name: 'Settle Community Hydro',
    kind: 'COMMUNITY_BUSINESS',
    description: 'A community-owned Archimedes screw on the Ribble; its surplus funds local projects.',
    website: null,
    members: [{ email: 'aled@settlehydro.example', role: 'ADMIN', position: 'Chair' }],
  },
  {
    domain: 'settlepool.example',
    slug: 'settle-pool-trust',
    name: 'Settle Pool Trust',
    kind: 'VOLUNTARY_ORGANISATION',
    description: 'Runs the town’s open-air swimming pool as a charitable trust.',
    website: null,
    members: [{ email: 'morag@settlepool.example', role: 'ADMIN', position: 'Secretary' }],
  },
  {
    domain: 'settle-tc.example',
    slug: 'settle-town-council',
    name: 'Settle Town Council',
    kind: 'LOCAL_AUTHORITY',
    description: 'The parish-level council for Settle.',
    website: null,
    members: [{ email: 'clerk@settle-tc.example', role: 'ADMIN', position: 'Town Clerk' }],
  },
  {
    domain: 'dalesriver-homes.example',
    slug: 'dales-river-homes',
    name: 'Dales River Homes',
    kind: 'HOUSING_PROVIDER',
    description: 'Housing association with 400 homes across Settle and Giggleswick.',
    website: null,
    members: [{ email: 'jess@dalesriver-homes.example', role: 'SIGNATORY', position: 'Neighbourhood Officer' }],
  },
];

const SETTLE_BOUNDARY = {
  type: 'Polygon',
  coordinates: [
    [
      [-2.2935, 54.0752],
      [-2.2801, 54.0795],
      [-2.2652, 54.0768],
      [-2.2611, 54.0671],
      [-2.2703, 54.0594],
      [-2.2862, 54.0587],
      [-2.2968, 54.0655],
      [-2.2935, 54.0752],
    ],
  ],
};

export async function hasData(dataSource: DataSource): Promise<boolean> {
  return (await dataSource.getRepository(UserEntity).count()) > 0;
}

/** Tables that outlive the data: every seal key stays published (a running process may seal with one). */
const KEPT_TABLES = new Set(['seal_keys']);

/** Empties every table and loads the demo again (npm run db:seed). */
export async function resetDemoData(dataSource: DataSource): Promise<void> {
  const tables = dataSource.entityMetadatas
    .filter((meta) => !KEPT_TABLES.has(meta.tableName))
    .map((meta) => `"${meta.tableName}"`)
    .join(', ');
  await dataSource.query(`TRUNCATE ${tables} RESTART IDENTITY CASCADE`);
  await loadDemoData(dataSource);
}

export async function loadDemoData(dataSource: DataSource): Promise<void> {
  const passwordHash = await argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id });
  await dataSource.transaction(async (manager) => {
    const users = new Map<string, UserEntity>();
    for (const user of DEMO_USERS) {
      users.set(
        user.email,
        await manager.save(
          manager.create(UserEntity, {
            email: user.email,
            displayName: user.displayName,
            passwordHash,
            emailVerifiedAt: new Date(),
          }),
        ),
      );
    }
    const steward = users.get(DEMO_STEWARD)!;
    await manager.insert(PlatformRoleEntity, [
      { userId: steward.id, role: 'STEWARD' },
      { userId: users.get(DEMO_COMMISSIONER)!.id, role: 'COMMISSIONER' },
    ]);
    const organisations = new Map<string, OrganisationEntity>();
    for (const { members, domain, ...fields } of ORGANISATIONS) {
      const admin = users.get(members.find((member) => member.role === 'ADMIN')?.email ?? members[0].email)!;
      const organisation = await manager.save(
        manager.create(OrganisationEntity, {
          ...fields,
          verificationStatus: 'VERIFIED',
          verifiedDomains: [domain],
          verifiedAt: new Date(),
          verificationNote: `Checked that ${domain} is the organisation's own domain.`,
          verificationRequestedDomain: domain,
          verificationRequestedAt: new Date(),
          verificationRequestedById: admin.id,
        }),
      );
      organisations.set(organisation.slug, organisation);
      await manager.insert(VerificationEventEntity, [
        { organisationId: organisation.id, kind: 'REQUESTED', actorId: admin.id, actorEmail: admin.email, domain },
        {
          organisationId: organisation.id,
          kind: 'APPROVED',
          actorId: steward.id,
          actorEmail: steward.email,
          domain,
          note: organisation.verificationNote,
        },
      ]);
      for (const member of members) {
        await manager.insert(MembershipEntity, {
          userId: users.get(member.email)!.id,
          organisationId: organisation.id,
          role: member.role,
          position: member.position,
        });
      }
    }
    const settle = await manager.save(
      manager.create(NeighbourhoodEntity, {
        slug: 'settle',
        name: 'Settle',
        description:
          'A market town in the Yorkshire Dales on the River Ribble: about 2,500 people, a Tuesday market, an ' +
          'open-air pool and a community hydro scheme.',
        localAuthorityId: organisations.get('north-yorkshire-council')!.id,
        areaCodes: ['E05014253', 'E01027823', 'E01027824'],
        boundary: SETTLE_BOUNDARY,
        createdById: users.get('aled@settlehydro.example')!.id,
      }),
    );
    await loadDemoCovenant(manager, settle, organisations, users);
  });
}

/**
 * A covenant already in public consultation, so a first visit shows the whole
 * story: parties who accepted, one invitation still open, a resident's
 * support and comment, and the audit trail of how it got there.
 */
async function loadDemoCovenant(
  manager: EntityManager,
  settle: NeighbourhoodEntity,
  organisations: Map<string, OrganisationEntity>,
  users: Map<string, UserEntity>,
): Promise<void> {
  const org = (slug: string) => organisations.get(slug)!;
  const user = (email: string) => users.get(email)!.id;
  const aled = user('aled@settlehydro.example');
  const title = 'Settle pool and river covenant';
  const covenant = await manager.save(
    manager.create(CovenantEntity, {
      slug: 'settle-pool-and-river-covenant',
      title,
      summary:
        'Reopen the swimming pool on Sundays by June, look after the riverside path between the weir and the ' +
        'bridge, and let residents shape how the hydro surplus is spent.',
      neighbourhoodId: settle.id,
      visibility: 'PUBLIC',
      status: 'CONSULTATION',
      createdById: aled,
    }),
  );
  const doc = new Y.Doc();
  writeCovenantTemplate(doc, { title, neighbourhoodName: settle.name });
  await manager.insert(CovenantDocumentEntity, {
    covenantId: covenant.id,
    state: Buffer.from(Y.encodeStateAsUpdate(doc)),
  });
  const body = doc.getXmlFragment(BODY_FRAGMENT);
  const audit = (actorId: string, action: string, details: Record<string, unknown>) =>
    appendAuditEvent(manager, covenant.id, actorId, action, details);
  const party = (slug: string, role: PartyRole, status: PartyStatus) =>
    manager.save(
      manager.create(PartyEntity, {
        covenantId: covenant.id,
        organisationId: org(slug).id,
        role,
        status,
        invitedById: aled,
        respondedAt: status === 'INVITED' ? null : new Date(),
      }),
    );
  const convenor = await party('settle-community-hydro', 'CONVENOR', 'ACCEPTED');
  await audit(aled, 'covenant.created', {
    title,
    neighbourhoodId: settle.id,
    visibility: 'PUBLIC',
    convenorPartyId: convenor.id,
    convenorOrganisationId: convenor.organisationId,
  });
  const council = await party('north-yorkshire-council', 'COUNTERSIGNATORY', 'ACCEPTED');
  await audit(aled, 'party.invited', {
    partyId: council.id,
    organisationId: council.organisationId,
    role: council.role,
  });
  const pool = await party('settle-pool-trust', 'PARTNER', 'ACCEPTED');
  await audit(aled, 'party.invited', { partyId: pool.id, organisationId: pool.organisationId, role: pool.role });
  await audit(user('morag@settlepool.example'), 'party.accepted', {
    partyId: pool.id,
    organisationId: pool.organisationId,
    role: pool.role,
  });
  await audit(user('priya@northyorks-council.example'), 'party.accepted', {
    partyId: council.id,
    organisationId: council.organisationId,
    role: council.role,
  });
  const commit = async (
    byEmail: string,
    of: PartyEntity,
    fields: Pick<CommitmentEntity, 'title' | 'description' | 'measure' | 'right' | 'dueOn'>,
  ) => {
    const commitment = await manager.save(
      manager.create(CommitmentEntity, {
        covenantId: covenant.id,
        partyId: of.id,
        createdById: user(byEmail),
        ...fields,
      }),
    );
    await audit(user(byEmail), 'commitment.added', {
      commitmentId: commitment.id,
      partyId: of.id,
      organisationId: of.organisationId,
      title: commitment.title,
    });
  };
  await commit('morag@settlepool.example', pool, {
    title: 'Reopen the swimming pool on Sundays by June',
    description: 'Sunday mornings 9 to 1 for families, with one lane kept for club swimmers.',
    measure: 'Sunday hours on the pool’s website; Sunday swims counted each month and reported here.',
    right: 'SHAPE_PUBLIC_SERVICES',
    dueOn: '2027-06-30',
  });
  await commit('aled@settlehydro.example', convenor, {
    title: 'Put a share of the hydro surplus into a residents’ fund',
    description: 'Residents vote each spring on how the fund is spent.',
    measure: 'The fund’s accounts and the vote results, published each year.',
    right: 'CONTROL_INVESTMENT',
    dueOn: '2027-04-30',
  });
  await commit('priya@northyorks-council.example', council, {
    title: 'Repair the riverside path between the weir and the bridge',
    description: null,
    measure: 'The path reopened, with the repairs signed off by the council’s highways team.',
    right: null,
    dueOn: '2027-09-30',
  });
  const homes = await party('dales-river-homes', 'PARTNER', 'INVITED');
  await audit(aled, 'party.invited', { partyId: homes.id, organisationId: homes.organisationId, role: homes.role });
  await audit(aled, 'status.changed', { from: 'DRAFT', to: 'CONSULTATION' });
  const sam = user('sam.resident@example.org');
  await manager.insert(SupportEntity, { covenantId: covenant.id, userId: sam });
  await audit(sam, 'support.added', { supportCount: 1 });
  const comment = await manager.save(
    manager.create(CommentEntity, {
      covenantId: covenant.id,
      authorId: sam,
      body: 'Sunday mornings would let families swim together before the market. Could the pool open at 9?',
      quote: null,
      anchor: null,
      parentId: null,
      resolvedAt: null,
    }),
  );
  await audit(sam, 'comment.added', { commentId: comment.id });
  await loadDemoConsultation(manager, covenant, body, audit, user);
}

/**
 * What residents have said so far: responses to two sections, and an
 * amendment with a supporter, still waiting for the convenor's decision.
 */
async function loadDemoConsultation(
  manager: EntityManager,
  covenant: CovenantEntity,
  body: XmlFragment,
  audit: (actorId: string, action: string, details: Record<string, unknown>) => Promise<unknown>,
  user: (email: string) => string,
): Promise<void> {
  const sam = user('sam.resident@example.org');
  const tom = user('clerk@settle-tc.example');
  const [ambition, together] = readSections(body);
  const responses = [
    {
      author: sam,
      section: ambition,
      position: 'AGREE',
      comment: 'The pool and the river path are what Settle is for.',
    },
    { author: tom, section: ambition, position: 'AGREE', comment: null },
    {
      author: sam,
      section: together,
      position: 'UNSURE',
      comment: 'Meetings on weekday mornings would shut out everyone who works.',
    },
  ] as const;
  for (const response of responses) {
    await manager.insert(SectionResponseEntity, {
      covenantId: covenant.id,
      sectionId: response.section.id,
      sectionTitle: response.section.title,
      authorId: response.author,
      position: response.position,
      comment: response.comment,
    });
    await audit(response.author, 'section.responded', { sectionId: response.section.id, position: response.position });
  }
  const passage = findWords(body, 'how the parties will meet and how often');
  if (!passage) throw new Error('The covenant template no longer says how the parties will meet.');
  const amendment = await manager.save(
    manager.create(AmendmentEntity, {
      covenantId: covenant.id,
      number: 1,
      authorId: sam,
      quote: passageText(passage),
      anchor: encodeAnchor(passage),
      proposedText: 'where and how often the parties will meet, with every meeting open to residents',
      reason: 'People should be able to come and listen, not only read the minutes afterwards.',
      status: 'PROPOSED',
    }),
  );
  await audit(sam, 'amendment.proposed', { amendmentId: amendment.id, number: amendment.number });
  await manager.insert(AmendmentSupportEntity, { amendmentId: amendment.id, userId: tom });
  await audit(tom, 'amendment.supported', { amendmentId: amendment.id, number: amendment.number, supportCount: 1 });
}
