/**
 * The demo's second covenant, taken all the way through the platform's own
 * services as its parties would: drafted, frozen, signed, countersigned and
 * sealed, with progress reported since. So a first visit can open a signed
 * PDF, the verification page and an accountability page with real figures.
 */
import { BODY_FRAGMENT } from '@covenant/collab-protocol';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CovenantDocumentEntity } from '../collab/covenant-document.entity';
import { heading, paragraph } from '../collab/document';
import { Y } from '../collab/document/yjs';
import type { Viewer } from '../core/auth/viewer';
import type { CommitmentInput, CommitmentUpdateInput } from '../modules/commitments/commitment.inputs';
import { CommitmentsService } from '../modules/commitments/commitments.service';
import { CovenantsService } from '../modules/covenants/covenants.service';
import type { CreateCovenantInput } from '../modules/covenants/create-covenant.input';
import { OrganisationEntity } from '../modules/organisations/organisation.entity';
import { NeighbourhoodEntity } from '../modules/neighbourhoods/neighbourhood.entity';
import { PartiesService } from '../modules/parties/parties.service';
import type { SignInput } from '../modules/signing/sign.input';
import { SigningService } from '../modules/signing/signing.service';
import { VersionsService } from '../modules/signing/versions.service';
import { UserEntity } from '../modules/users/user.entity';

const TITLE = 'Market place and riverside covenant';

const TEXT: [level: 0 | 1 | 2, words: string][] = [
  [1, TITLE],
  [2, 'Our shared ambition'],
  [
    0,
    'Residents told us at three market-day meetings that the riverside path floods every winter, that the market place is a car park six days a week, and that young people have nowhere to go after the pool closes. This covenant is how we will change that together.',
  ],
  [2, 'How we will work together'],
  [
    0,
    'The parties meet every quarter in the Victoria Hall, in public. Each party reports on its commitments before the meeting, and the minutes and reports are published on this page within a week.',
  ],
  [2, 'Commitments'],
  [
    0,
    'Each party’s commitments are listed in full with this covenant, with their due dates and how residents will know.',
  ],
  [2, 'Governance, review and renewal'],
  [0, 'The covenant is reviewed every year at the annual town meeting; any party may ask for a review sooner.'],
];

/** The covenant's id, for what the demo builds on it. */
export async function loadDemoCovenantInForce(app: INestApplicationContext): Promise<string> {
  const dataSource = app.get(DataSource);
  const user = async (email: string): Promise<Viewer> => ({
    userId: (await dataSource.getRepository(UserEntity).findOneByOrFail({ email })).id,
    sessionId: 'demo',
    emailVerified: true,
  });
  const organisation = async (slug: string) => dataSource.getRepository(OrganisationEntity).findOneByOrFail({ slug });
  const [aled, morag, priya] = await Promise.all(
    ['aled@settlehydro.example', 'morag@settlepool.example', 'priya@northyorks-council.example'].map(user),
  );
  const settle = await dataSource.getRepository(NeighbourhoodEntity).findOneByOrFail({ slug: 'settle' });
  const [hydro, pool] = await Promise.all(['settle-community-hydro', 'settle-pool-trust'].map(organisation));

  const covenants = app.get(CovenantsService);
  const parties = app.get(PartiesService);
  const commitments = app.get(CommitmentsService);
  const signing = app.get(SigningService);

  const covenant = await covenants.create(aled, {
    neighbourhoodId: settle.id,
    convenorOrganisationId: hydro.id,
    title: TITLE,
    summary:
      'A market place for people on Saturdays, a riverside path that stays open all winter, and later pool hours.',
    visibility: 'PUBLIC',
    fromTemplate: false,
  } as CreateCovenantInput);
  // Written before anyone can join the document, as a first draft typed in one sitting.
  const doc = new Y.Doc();
  doc.getXmlFragment(BODY_FRAGMENT).insert(
    0,
    TEXT.map(([level, words]) => (level ? heading(level, words) : paragraph(words))),
  );
  await dataSource
    .getRepository(CovenantDocumentEntity)
    .update({ covenantId: covenant.id }, { state: Buffer.from(Y.encodeStateAsUpdate(doc)) });
  doc.destroy();

  const [council] = await parties.ofCovenants([covenant.id]).then(([all]) => all.filter((p) => p.role !== 'CONVENOR'));
  await parties.respond(priya, council.id, true);
  const poolParty = await parties.invite(aled, covenant.id, pool.id, 'PARTNER');
  await parties.respond(morag, poolParty.id, true);
  const hydroParty = (await parties.ofCovenants([covenant.id]))[0].find((p) => p.role === 'CONVENOR')!;

  const promise = (viewer: Viewer, fields: Omit<CommitmentInput, 'covenantId'>) =>
    commitments.add(viewer, { covenantId: covenant.id, ...fields } as CommitmentInput);
  const lateOpening = await promise(morag, {
    partyId: poolParty.id,
    title: 'Open the pool until 9pm on Fridays from June to September',
    measure: 'Friday evening sessions held and swimmers counted, published monthly.',
    right: 'SHAPE_PUBLIC_SERVICES',
    dueOn: '2027-06-04',
  });
  const path = await promise(aled, {
    partyId: hydroParty.id,
    title: 'Fund the raised riverside path between the weir and the bridge',
    description: '£18,000 from the hydro’s surplus, matched by the council.',
    measure: 'The path open through the winter; days closed by flooding counted.',
    right: 'CONTROL_INVESTMENT',
    dueOn: '2027-03-31',
  });
  await promise(priya, {
    partyId: council.id,
    title: 'Close the market place to cars on Saturdays for a trial year',
    measure: 'A traffic order in force, and a survey of traders and residents at six months.',
    right: 'SHAPE_PUBLIC_SERVICES',
    dueOn: '2027-09-30',
  });

  await signing.openForSignature(aled, covenant.id);
  const [[version]] = await app.get(VersionsService).ofCovenants([covenant.id]);
  const sign = (signerName: string, signerPosition: string, mandate: string | null) =>
    ({
      covenantId: covenant.id,
      contentHash: version.contentHash,
      signerName,
      signerPosition,
      mandate,
      confirmAuthority: true,
    }) as SignInput;
  await signing.sign(aled, sign('Aled Pryce', 'Chair', 'Board resolution 2026/11'), 'sign');
  await signing.sign(morag, sign('Morag Ellison', 'Secretary', 'Trustees’ meeting, 12 November 2026'), 'sign');
  await signing.sign(
    priya,
    sign('Priya Raman', 'Stronger Communities Manager, Craven', 'Delegated decision SC/2026/48'),
    'countersign',
  );

  const report = (viewer: Viewer, fields: Omit<CommitmentUpdateInput, 'evidenceUrl'> & { evidenceUrl?: string }) =>
    commitments.reportProgress(viewer, { evidenceUrl: null, ...fields } as CommitmentUpdateInput);
  await report(aled, {
    commitmentId: path.id,
    progress: 'ON_TRACK',
    percentComplete: 40,
    note: 'Surveyors have walked the route; the council’s half of the funding is agreed.',
    evidenceUrl: 'https://settlehydro.example/news/riverside-path',
  });
  await report(morag, {
    commitmentId: lateOpening.id,
    progress: 'AT_RISK',
    percentComplete: 20,
    note: 'We have one of the two extra lifeguards we need; recruiting again in January.',
  });
  return covenant.id;
}
