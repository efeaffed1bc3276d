/**
 * E-mail through the outbox: a change queues its mails in its own
 * transaction and answers without waiting for the mail server; the worker
 * sends them, keeps and retries those the server does not take, and sends
 * each once however many processes run it.
 */
import { createServer, type Socket } from 'node:net';
import { freePort } from '@covenant/testing';
import { MAX_ATTEMPTS, OutboxWorker, retryDelayMs } from '../src/modules/notifications/outbox.worker';
import { createOrganisation, registerUser, type TestUser } from './support/factories';
import { startSmtp } from './support/smtp';
import { sql } from './support/sql';
import { codes, startTestApp, type GraphQLClient, type TestApp } from './support/test-app';

const REQUEST = `mutation ($o: ID!) { requestOrganisationVerification(organisationId: $o, domain: "craven.example") { id } }`;
const ENV = { PUBLIC_URL: 'https://covenants.example.org', OUTBOX_EVERY_SECONDS: '0' };

interface Queued {
  to_address: string;
  subject: string;
  body: string;
  attempts: number;
  next_attempt_at: Date;
  sent_at: Date | null;
  last_error: string | null;
  user_id: string;
  emailed_at: Date | null;
}

describe('Outbox', () => {
  let smtpPort: number;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let api: TestApp;
  let worker: OutboxWorker;
  let stewards: TestUser[];
  let admin: TestUser;

  /** An organisation asks to be verified: every steward is told, in the app and by e-mail. Its name. */
  async function askToBeVerified(client: GraphQLClient = api): Promise<string> {
    const organisation = await createOrganisation(client, admin);
    const asked = await client.gql(REQUEST, { o: organisation.id }, { token: admin.token });
    expect(asked.errors).toBeUndefined();
    return organisation.name;
  }

  /** The mails queued about an organisation, with the notifications they repeat, by recipient. */
  const mailsAbout = (name: string) =>
    sql<Queued>(
      api,
      `SELECT o.to_address, o.subject, o.body, o.attempts, o.next_attempt_at, o.sent_at, o.last_error,
              n.user_id, n.emailed_at
         FROM outbox_emails o JOIN notifications n ON n.id = o.notification_id
        WHERE o.subject = $1 ORDER BY o.to_address`,
      [`To review: ${name} asks to be verified by craven.example`],
    );
  const receivedAbout = (name: string) => smtp.mails.filter((mail) => mail.raw.includes(name));
  const recipientsOf = (name: string) =>
    receivedAbout(name)
      .flatMap((mail) => mail.to)
      .sort();

  beforeAll(async () => {
    smtp = await startSmtp();
    smtpPort = smtp.port;
    // Nothing is sent unless a test runs the worker.
    api = await startTestApp({ ...ENV, SMTP_URL: `smtp://127.0.0.1:${smtpPort}` });
    worker = api.app.get(OutboxWorker);
    stewards = [
      await registerUser(api, { email: 'ada@stewards.example', displayName: 'Ada Moss' }),
      await registerUser(api, { email: 'rowan@stewards.example', displayName: 'Rowan Ellery' }),
    ];
    await sql(api, `INSERT INTO platform_roles (user_id, role) SELECT unnest($1::uuid[]), 'STEWARD'`, [
      stewards.map((steward) => steward.id),
    ]);
    admin = await registerUser(api, { email: 'clerk@craven.example', displayName: 'Tom Haworth' });
    // The links the new accounts were sent to confirm their addresses.
    expect(await worker.run()).toBe(3);
  }, 60_000);
  afterAll(async () => {
    await api.close();
    await smtp.close();
  });

  it('queues a change’s mails beside its notifications, unsent, and the worker sends each once, marking both', async () => {
    const name = await askToBeVerified();
    const queued = await mailsAbout(name);
    expect(queued).toEqual(
      stewards.map((steward) => ({
        to_address: steward.email,
        subject: `To review: ${name} asks to be verified by craven.example`,
        body:
          `Hello ${steward.displayName},\n\nTom Haworth (clerk@craven.example), an admin of ${name}, asks for it to be verified by craven.example.` +
          `\n\nhttps://covenants.example.org/stewards\n\nCovenant platform`,
        attempts: 0,
        next_attempt_at: expect.any(Date),
        sent_at: null,
        last_error: null,
        user_id: steward.id,
        emailed_at: null,
      })),
    );
    expect(receivedAbout(name)).toEqual([]);

    expect(await worker.run()).toBe(2);
    expect(recipientsOf(name)).toEqual(stewards.map((steward) => steward.email));
    expect(receivedAbout(name)[0].raw).toContain('https://covenants.example.org/stewards');
    for (const row of await mailsAbout(name)) {
      expect(row).toMatchObject({ attempts: 0, sent_at: expect.any(Date), emailed_at: expect.any(Date) });
    }
    expect(await worker.run()).toBe(0);
    expect(receivedAbout(name)).toHaveLength(2);
  });

  it('keeps a mail the server does not take, tries it again later and later, and sends it once the server is back', async () => {
    await smtp.close();
    const name = await askToBeVerified();
    const start = new Date();
    const attemptsAt = async (at: number) => {
      expect(await worker.run(new Date(start.getTime() + at))).toBe(0);
      return mailsAbout(name);
    };

    for (const row of await attemptsAt(0)) {
      expect(row).toMatchObject({ attempts: 1, sent_at: null, emailed_at: null });
      expect(row.last_error).toMatch(/ECONNREFUSED/);
      expect(row.next_attempt_at).toEqual(new Date(start.getTime() + 30_000));
    }
    // Not due yet: not tried.
    expect((await attemptsAt(29_000)).map((row) => row.attempts)).toEqual([1, 1]);
    // Due: tried, and the wait doubles.
    for (const row of await attemptsAt(30_000)) {
      expect(row).toMatchObject({ attempts: 2, next_attempt_at: new Date(start.getTime() + 90_000) });
    }

    smtp = await startSmtp(smtpPort);
    expect(await worker.run(new Date(start.getTime() + 90_000))).toBe(2);
    expect(recipientsOf(name)).toEqual(stewards.map((steward) => steward.email));
    for (const row of await mailsAbout(name)) {
      expect(row).toMatchObject({ attempts: 2, sent_at: expect.any(Date), emailed_at: expect.any(Date) });
    }
  });

  it(`gives up after ${MAX_ATTEMPTS} failures, leaving the mail with its error`, async () => {
    await smtp.close();
    const name = await askToBeVerified();
    let at = Date.now();
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      expect(await worker.run(new Date(at))).toBe(0);
      at += retryDelayMs(attempt);
    }
    expect(retryDelayMs(MAX_ATTEMPTS)).toBe(60 * 60_000);
    smtp = await startSmtp(smtpPort);
    expect(await worker.run(new Date(at + 24 * 60 * 60_000))).toBe(0);
    expect(receivedAbout(name)).toEqual([]);
    for (const row of await mailsAbout(name)) {
      expect(row).toMatchObject({ attempts: MAX_ATTEMPTS, sent_at: null, emailed_at: null });
      expect(row.last_error).toMatch(/ECONNREFUSED/);
    }
  });

  it('deletes a sent mail once it is a week old, and keeps mail not yet sent however old', async () => {
    const sentName = await askToBeVerified();
    expect(await worker.run()).toBe(2);
    await smtp.close();
    const unsentName = await askToBeVerified();
    const start = Date.now();
    const days = (count: number) => new Date(start + count * 24 * 60 * 60_000);
    try {
      expect(await worker.run(days(0))).toBe(0);
      expect(await worker.run(days(6))).toBe(0);
      expect((await mailsAbout(sentName)).map((row) => row.sent_at)).toEqual([expect.any(Date), expect.any(Date)]);

      expect(await worker.run(days(7.01))).toBe(0);
      expect(await mailsAbout(sentName)).toEqual([]);
      // The in-app notifications they repeated stay, marked as e-mailed.
      const notified = await sql<{ emailed_at: Date | null }>(
        api,
        'SELECT emailed_at FROM notifications WHERE title LIKE $1',
        [`%${sentName}%`],
      );
      expect(notified.map((row) => row.emailed_at)).toEqual([expect.any(Date), expect.any(Date)]);
      expect((await mailsAbout(unsentName)).map((row) => [row.sent_at, row.attempts])).toEqual([
        [null, 3],
        [null, 3],
      ]);
    } finally {
      smtp = await startSmtp(smtpPort);
    }
  });

  it('leaves no mail behind when the change is rolled back', async () => {
    const organisation = await createOrganisation(api, admin);
    // A check that fails at commit, once the change has queued its mails, so the whole transaction rolls back.
    await sql(
      api,
      `CREATE FUNCTION refuse_outbox() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$`,
    );
    await sql(
      api,
      `CREATE CONSTRAINT TRIGGER refuse_outbox AFTER INSERT ON outbox_emails
       DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refuse_outbox()`,
    );
    try {
      const refused = await api.gql(REQUEST, { o: organisation.id }, { token: admin.token });
      expect(codes(refused)).toEqual(['INTERNAL_SERVER_ERROR']);
    } finally {
      await sql(api, 'DROP TRIGGER refuse_outbox ON outbox_emails');
      await sql(api, 'DROP FUNCTION refuse_outbox()');
    }
    expect(await mailsAbout(organisation.name)).toEqual([]);
    const [{ notifications }] = await sql<{ notifications: string }>(
      api,
      'SELECT count(*) AS notifications FROM notifications WHERE title LIKE $1',
      [`%${organisation.name}%`],
    );
    expect(Number(notifications)).toBe(0);
    const [{ verification_status }] = await sql<{ verification_status: string }>(
      api,
      'SELECT verification_status FROM organisations WHERE id = $1',
      [organisation.id],
    );
    expect(verification_status).toBe('UNVERIFIED');
    expect(await worker.run()).toBe(0);
    expect(receivedAbout(organisation.name)).toEqual([]);
  });

  it('sends each mail once when two processes send at the same time', async () => {
    const other = await startTestApp({ ...ENV, SMTP_URL: `smtp://127.0.0.1:${smtpPort}` }, { database: api.db });
    try {
      const names = [await askToBeVerified(), await askToBeVerified(), await askToBeVerified()];
      const workers = [worker, other.app.get(OutboxWorker)];
      const sent = await Promise.all([...workers, ...workers].map((each) => each.run()));
      expect(sent.reduce((sum, count) => sum + count, 0)).toBe(6);
      const received = names.flatMap((name) => receivedAbout(name).map((mail) => `${name} → ${mail.to.join()}`));
      expect(received.sort()).toEqual(
        names.flatMap((name) => stewards.map((steward) => `${name} → ${steward.email}`)).sort(),
      );
    } finally {
      await other.close();
    }
  });

  it('starts sending right after the commit, while the change has answered without waiting for the mail server', async () => {
    // A mail server that takes connections and never says a word.
    const held: Socket[] = [];
    let connected: () => void = () => undefined;
    const connection = new Promise<void>((resolve) => (connected = resolve));
    const silent = createServer((socket) => {
      held.push(socket);
      connected();
    });
    const silentPort = await freePort();
    await new Promise<void>((resolve) => silent.listen(silentPort, '127.0.0.1', resolve));
    // Sends on its own: at start (nothing is due then), and after each commit that queues mail; the hourly
    // look is too far off to matter here.
    const live = await startTestApp(
      { ...ENV, SMTP_URL: `smtp://127.0.0.1:${silentPort}`, OUTBOX_EVERY_SECONDS: '3600' },
      { database: api.db },
    );
    try {
      const name = await askToBeVerified(live);
      await connection;
      expect((await mailsAbout(name)).map((row) => row.sent_at)).toEqual([null, null]);
    } finally {
      // Turned away at last, and refused from now on: the worker ends its round, and the app can stop.
      silent.close();
      held.forEach((socket) => socket.end('421 Closing\r\n'));
      await live.close();
    }
  });
});
