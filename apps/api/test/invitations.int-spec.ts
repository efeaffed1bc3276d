/** Invitations reach people: in the app, and by real e-mail through a local SMTP server. */
import { outboxSent } from './support/outbox';
import { startSmtp } from './support/smtp';
import { startTestApp, type TestApp } from './support/test-app';
import { buildWorld, startCovenant, type World } from './support/covenant-world';

describe('Invitations', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let api: TestApp;
  let world: World;
  beforeAll(async () => {
    smtp = await startSmtp();
    api = await startTestApp({
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      PUBLIC_URL: 'https://covenants.example.org',
    });
    world = await buildWorld(api);
    // Each new account was sent its link to confirm its address; these tests read what follows.
    await outboxSent(api);
    smtp.mails.splice(0);
  }, 60_000);
  afterAll(async () => {
    await api.close();
    await smtp.close();
  });

  it('e-mails the invited organisation’s admins and lists the invitation on their home page', async () => {
    const covenant = await startCovenant(api, world, { title: 'Settle river and pool covenant' });
    await smtp.next(1);
    const [mail] = smtp.mails;
    expect(mail.to).toEqual([world.people.councilAdmin.email]);
    expect(mail.raw).toMatch(/Subject: Invitation: Settle river and pool covenant/);
    expect(mail.raw).toContain(`https://covenants.example.org/covenants/${covenant.slug}`);

    const home = await api.gql<{
      pendingInvitations: { role: string; covenant: { title: string }; organisation: { name: string } }[];
      notifications: { kind: string; title: string; link: string; read: boolean }[];
    }>(
      `{ pendingInvitations { role covenant { title } organisation { name } } notifications { kind title link read } }`,
      {},
      { token: world.people.councilAdmin.token },
    );
    expect(home.data!.pendingInvitations).toEqual([
      {
        role: 'COUNTERSIGNATORY',
        covenant: { title: 'Settle river and pool covenant' },
        organisation: { name: 'North Yorkshire Council' },
      },
    ]);
    expect(home.data!.notifications).toEqual([
      {
        kind: 'party.invited',
        title: 'Invitation: Settle river and pool covenant',
        link: `/covenants/${covenant.slug}`,
        read: false,
      },
    ]);
    const signatoryHome = await api.gql<{ pendingInvitations: unknown[] }>(
      `{ pendingInvitations { id } }`,
      {},
      { token: world.people.councilSignatory.token },
    );
    expect(signatoryHome.data!.pendingInvitations).toEqual([]);

    const marked = await api.gql<{ markNotificationsRead: number }>(
      `mutation { markNotificationsRead }`,
      {},
      { token: world.people.councilAdmin.token },
    );
    expect(marked.data!.markNotificationsRead).toBe(1);
    const unread = await api.gql<{ notifications: unknown[] }>(
      `{ notifications(unreadOnly: true) { id } }`,
      {},
      { token: world.people.councilAdmin.token },
    );
    expect(unread.data!.notifications).toEqual([]);
  });

  it('drops an answered invitation from the list', async () => {
    const covenant = await startCovenant(api, world);
    const council = covenant.parties.find((p) => p.role === 'COUNTERSIGNATORY')!;
    await api.gql(
      `mutation ($p: ID!) { respondToInvitation(partyId: $p, accept: false) { status } }`,
      { p: council.id },
      { token: world.people.councilAdmin.token },
    );
    const home = await api.gql<{ pendingInvitations: { covenant: { id: string } }[] }>(
      `{ pendingInvitations { covenant { id } } }`,
      {},
      { token: world.people.councilAdmin.token },
    );
    expect(home.data!.pendingInvitations.map((p) => p.covenant.id)).not.toContain(covenant.id);
  });
});
