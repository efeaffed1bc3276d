/**
 * The Community Power Commissioner's casework in the demo, made through the
 * platform's own services: a resident's escalation about the Victoria Hall's
 * sale awaiting the council's response, and the town council's escalation
 * about the covenant in force, answered by the hydro, with findings published.
 */
import type { INestApplicationContext } from '@nestjs/common';
import { londonDay } from '@covenant/domain';
import { DataSource } from 'typeorm';
import type { Viewer } from '../core/auth/viewer';
import { DEMO_COMMISSIONER } from '../modules/auth/demo-accounts';
import { EscalationsService } from '../modules/escalations/escalations.service';
import { OrganisationEntity } from '../modules/organisations/organisation.entity';
import { UserEntity } from '../modules/users/user.entity';

const daysAhead = (days: number) => londonDay(new Date(Date.now() + days * 86_400_000));

export async function loadDemoCasework(
  app: INestApplicationContext,
  covenantInForceId: string,
  hallId: string,
): Promise<void> {
  const dataSource = app.get(DataSource);
  const user = async (email: string): Promise<Viewer> => ({
    userId: (await dataSource.getRepository(UserEntity).findOneByOrFail({ email })).id,
    sessionId: 'demo',
    emailVerified: true,
  });
  const organisation = (slug: string) => dataSource.getRepository(OrganisationEntity).findOneByOrFail({ slug });
  const [commissioner, sam, tom, aled] = await Promise.all(
    [DEMO_COMMISSIONER, 'sam.resident@example.org', 'clerk@settle-tc.example', 'aled@settlehydro.example'].map(user),
  );
  const [hydro, council] = await Promise.all(['settle-community-hydro', 'north-yorkshire-council'].map(organisation));
  const escalations = app.get(EscalationsService);

  const hall = await escalations.escalate(
    sam,
    'ASSET',
    hallId,
    'The Victoria Hall’s owner has given notice of sale, but nothing has been said in the town about how a community group can bid. Please make sure the moratorium is kept and the Town Council hears in time.',
  );
  await escalations.requestResponse(commissioner, hall.id, council.id, daysAhead(21));

  const meetings = await escalations.escalate(
    tom,
    'COVENANT',
    covenantInForceId,
    'The covenant promises quarterly public meetings in the Victoria Hall, but the first one has not been announced and residents do not know when they can hear the parties report.',
  );
  await escalations.requestResponse(commissioner, meetings.id, hydro.id, daysAhead(14));
  await escalations.respond(
    aled,
    meetings.id,
    'The first meeting is on the second Tuesday of January at 7pm in the Victoria Hall; the notice is now on the covenant’s page and in the library.',
  );
  await escalations.conclude(
    commissioner,
    meetings.id,
    'The convenor has now set and published the first meeting. The parties should announce each quarterly meeting at least four weeks ahead, on the covenant’s page and in the town.',
    false,
  );
}
