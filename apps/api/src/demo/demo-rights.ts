/**
 * The community rights in the demo, made through the platform's own services:
 * a listed hall whose owner has given notice (its interim moratorium
 * running), a nomination for the council to decide, a request to the council
 * awaiting its answer, and a participatory budget in its vote on the
 * covenant in force; then the commissioner's casework on them.
 */
import type { INestApplicationContext } from '@nestjs/common';
import { londonDay, nominationDecisionDueOn } from '@covenant/domain';
import { DataSource } from 'typeorm';
import type { Viewer } from '../core/auth/viewer';
import { loadDemoCasework } from './demo-casework';
import { AssetEntity } from '../modules/assets/asset.entity';
import type { NominateAssetInput } from '../modules/assets/asset.inputs';
import { AssetsService } from '../modules/assets/assets.service';
import type { CastBallotArgs, CreateBudgetArgs, ProposeProjectArgs } from '../modules/budgets/budget.inputs';
import { BudgetsService } from '../modules/budgets/budgets.service';
import { PartyEntity } from '../modules/covenants/party.entity';
import { NeighbourhoodEntity } from '../modules/neighbourhoods/neighbourhood.entity';
import { OrganisationEntity } from '../modules/organisations/organisation.entity';
import type { ServiceRequestInput } from '../modules/service-requests/service-request.inputs';
import { ServiceRequestsService } from '../modules/service-requests/service-requests.service';
import { UserEntity } from '../modules/users/user.entity';

const daysAgo = (days: number) => londonDay(new Date(Date.now() - days * 86_400_000));

export async function loadDemoRights(app: INestApplicationContext, covenantInForceId: string): Promise<void> {
  const dataSource = app.get(DataSource);
  const user = async (email: string): Promise<Viewer> => ({
    userId: (await dataSource.getRepository(UserEntity).findOneByOrFail({ email })).id,
    sessionId: 'demo',
    emailVerified: true,
  });
  const organisation = (slug: string) => dataSource.getRepository(OrganisationEntity).findOneByOrFail({ slug });
  const [aled, morag, priya, sam, tom] = await Promise.all(
    [
      'aled@settlehydro.example',
      'morag@settlepool.example',
      'priya@northyorks-council.example',
      'sam.resident@example.org',
      'clerk@settle-tc.example',
    ].map(user),
  );
  const settle = await dataSource.getRepository(NeighbourhoodEntity).findOneByOrFail({ slug: 'settle' });
  const [hydro, pool, council] = await Promise.all(
    ['settle-community-hydro', 'settle-pool-trust', 'north-yorkshire-council'].map(organisation),
  );
  const assets = app.get(AssetsService);

  const hall = await assets.nominate(aled, {
    neighbourhoodId: settle.id,
    organisationId: hydro.id,
    name: 'Victoria Hall',
    description:
      'The oldest working music hall in England, home to the town meeting, the film club and the Tuesday lunch club.',
    address: 'Kirkgate, Settle BD24 9DZ',
    location: '{"type":"Point","coordinates":[-2.2766,54.0686]}',
    ownerName: 'Victoria Hall Holdings Ltd',
  } as NominateAssetInput);
  // Nominated in the spring: the council records its decision and, since, the owner's notice on the days they happened.
  await dataSource
    .getRepository(AssetEntity)
    .update(
      { id: hall.id },
      { nominatedAt: new Date(Date.now() - 200 * 86_400_000), decisionDueOn: nominationDecisionDueOn(daysAgo(200)) },
    );
  await assets.decide(
    priya,
    hall.id,
    true,
    'The hall furthers the social wellbeing of the town: the town meeting, the lunch club and the film club all meet there, and could go on doing so.',
    daysAgo(150),
  );
  await assets.recordDisposal(priya, hall.id, daysAgo(12));

  await assets.nominate(morag, {
    neighbourhoodId: settle.id,
    organisationId: pool.id,
    name: 'Settle open-air pool',
    description: 'The heated open-air pool by the Ribble, built by the town in 1937.',
    address: 'Lower Greenfoot, Settle BD24 9RB',
    ownerName: 'North Yorkshire Council',
  } as NominateAssetInput);

  await app.get(ServiceRequestsService).submit(morag, {
    neighbourhoodId: settle.id,
    requesterOrganisationId: pool.id,
    publicBodyOrganisationId: council.id,
    service: 'School swimming lessons',
    proposal:
      'Let the Pool Trust run the primary schools’ swimming lessons at the town’s own pool, instead of a coach trip to Skipton: the council’s budget for the coach would pay our instructors.',
  } as ServiceRequestInput);

  const budgets = app.get(BudgetsService);
  const hydroParty = await dataSource
    .getRepository(PartyEntity)
    .findOneByOrFail({ covenantId: covenantInForceId, organisationId: hydro.id });
  const budget = await budgets.create(aled, {
    covenantId: covenantInForceId,
    partyId: hydroParty.id,
    title: 'Riverside small grants',
    amount: 20_000,
  } as CreateBudgetArgs);
  const project = (viewer: Viewer, title: string, cost: number, description: string) =>
    budgets.proposeProject(viewer, { budgetId: budget.id, title, cost, description } as ProposeProjectArgs);
  const benches = await project(
    sam,
    'Benches along the riverside path',
    6_000,
    'Six oak benches between the weir and the bridge.',
  );
  const lights = await project(
    tom,
    'Solar lights under the bridge',
    9_000,
    'So the path is safe to walk after dark in winter.',
  );
  await project(morag, 'Swimming lessons for older people', 5_000, 'A season of morning lessons for over-65s.');
  await budgets.advance(aled, budget.id);
  await budgets.castBallot(sam, { budgetId: budget.id, projectIds: [benches.id, lights.id] } as CastBallotArgs);

  await loadDemoCasework(app, covenantInForceId, hall.id);
}
