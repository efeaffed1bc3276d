/** Reminders about commitments in force: once per occasion, from one process at a time, in the app and by e-mail. */
import { londonDay } from '@covenant/domain';
import { RemindersService } from '../src/modules/commitments/reminders.service';
import { startApiProcess } from './support/api-process';
import { buildWorld, forceStatus, fullCovenant, sql, type TestCovenant, type World } from './support/covenant-world';
import { outboxSent } from './support/outbox';
import { startSmtp } from './support/smtp';
import { startTestApp, type TestApp } from './support/test-app';

const ADD = `mutation ($input: CommitmentInput!) { addCommitment(input: $input) { id } }`;

describe('Commitment reminders', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let api: TestApp;
  let world: World;

  beforeAll(async () => {
    smtp = await startSmtp();
    api = await startTestApp({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}` });
    world = await buildWorld(api);
  }, 60_000);
  afterAll(async () => {
    await api.close();
    await smtp.close();
  });

  /** A covenant in force since `startsOn`, with the pool trust's commitments as given. */
  async function inForce(startsOn: string, commitments: { title: string; dueOn: string | null }[]) {
    const covenant: TestCovenant = await fullCovenant(api, world);
    const pool = covenant.parties.find((p) => p.organisation.id === world.pool.id)!.id;
    const ids: string[] = [];
    for (const commitment of commitments) {
      const response = await api.gql<{ addCommitment: { id: string } }>(
        ADD,
        { input: { covenantId: covenant.id, partyId: pool, ...commitment } },
        { token: world.people.poolAdmin.token },
      );
      ids.push(response.data!.addCommitment.id);
    }
    await forceStatus(api, covenant.id, 'IN_FORCE');
    await sql(api, 'UPDATE covenants SET starts_on = $2 WHERE id = $1', [covenant.id, startsOn]);
    return { covenant, ids };
  }

  const notificationsOf = (userId: string, covenantId: string) =>
    sql<{ kind: string; title: string; link: string }>(
      api,
      `SELECT kind, title, link FROM notifications
        WHERE user_id = $1 AND covenant_id = $2 AND kind LIKE 'commitment.%' ORDER BY title`,
      [userId, covenantId],
    );

  it('tells every member of the party once per occasion: due soon, overdue, and quiet for 90 days', async () => {
    const { covenant, ids } = await inForce('2027-03-01', [
      { title: 'Sunday swims', dueOn: '2027-06-30' },
      { title: 'Repaint the changing rooms', dueOn: '2027-05-01' },
      { title: 'Swimming lessons for every Year 4', dueOn: null },
    ]);
    // Reports on the first two keep them from being quiet.
    await sql(
      api,
      `INSERT INTO commitment_updates (commitment_id, author_id, progress, percent_complete, note, created_at)
       SELECT id, $2, 'ON_TRACK', 50, 'Going well', '2027-06-01T09:00:00Z' FROM commitments WHERE id = ANY($1)`,
      [ids.slice(0, 2), world.people.poolAdmin.id],
    );
    const reminders = api.app.get(RemindersService);
    const now = new Date('2027-06-20T10:00:00Z');

    const together = await Promise.all([reminders.run(now), reminders.run(now)]);
    expect(together.sort()).toEqual([0, 3]);
    expect(await reminders.run(now)).toBe(0);
    expect(await reminders.run(new Date('2027-06-21T10:00:00Z'))).toBe(0);

    for (const member of [world.people.poolAdmin, world.people.poolSignatory, world.people.poolMember]) {
      const received = await notificationsOf(member.id, covenant.id);
      expect(received).toEqual([
        {
          kind: 'commitment.due_soon',
          title: 'Due by 30 June 2027: Sunday swims',
          link: `/covenants/${covenant.slug}/accountability`,
        },
        {
          kind: 'commitment.no_progress',
          title: 'No progress reported for 90 days: Swimming lessons for every Year 4',
          link: `/covenants/${covenant.slug}/accountability`,
        },
        {
          kind: 'commitment.overdue',
          title: 'Overdue: Repaint the changing rooms',
          link: `/covenants/${covenant.slug}/accountability`,
        },
      ]);
    }
    expect(await notificationsOf(world.people.hydroAdmin.id, covenant.id)).toEqual([]);

    await outboxSent(api);
    const toMorag = smtp.mails.filter((mail) => mail.to.includes(world.people.poolAdmin.email));
    expect(toMorag.map((mail) => mail.raw).join('\n')).toContain('Due by 30 June 2027: Sunday swims');

    // Later: a delivered commitment is left alone; the swims are now overdue, and quiet since their report.
    await sql(api, "UPDATE commitments SET progress = 'DELIVERED', percent_complete = 100 WHERE id = $1", [ids[1]]);
    expect(await reminders.run(new Date('2027-09-01T10:00:00Z'))).toBe(2);
    const later = await notificationsOf(world.people.poolMember.id, covenant.id);
    expect(later.filter((n) => n.kind === 'commitment.overdue').map((n) => n.title)).toEqual([
      'Overdue: Repaint the changing rooms',
      'Overdue: Sunday swims',
    ]);
    expect(later.filter((n) => n.kind === 'commitment.no_progress').map((n) => n.title)).toEqual([
      'No progress reported for 90 days: Sunday swims',
      'No progress reported for 90 days: Swimming lessons for every Year 4',
    ]);
  });

  it('sends each reminder once when two API processes start together', async () => {
    const soon = londonDay(new Date(Date.now() + 5 * 24 * 3600 * 1000));
    const { covenant, ids } = await inForce(londonDay(new Date()), [
      { title: 'Lifeguard rota for the summer', dueOn: soon },
    ]);
    const env = { DATABASE_URL: api.db.url, REMINDERS_EVERY_MINUTES: '60' };
    const processes = await Promise.all([startApiProcess(env), startApiProcess(env)]);
    try {
      while (!(await sql(api, 'SELECT 1 FROM commitment_reminders WHERE commitment_id = $1', [ids[0]])).length) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } finally {
      // Stopping waits for a run in progress, so the counts below are final.
      await Promise.all(processes.map((p) => p.stop()));
    }
    const [{ count }] = await sql<{ count: string }>(
      api,
      "SELECT count(*) FROM notifications WHERE covenant_id = $1 AND kind = 'commitment.due_soon'",
      [covenant.id],
    );
    expect(Number(count)).toBe(3);
  }, 120_000);
});
