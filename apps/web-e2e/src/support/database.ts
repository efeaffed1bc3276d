/**
 * Fixtures a story sets in a server's own database where the story is not
 * about them: an address proved as by its link, an organisation verified as
 * by a steward.
 */
import { Client } from 'pg';

const servers = new Map<string, string>();

/** Called by startServer and its stop: which database each running server uses. */
export function rememberDatabase(serverUrl: string, databaseUrl: string | null): void {
  if (databaseUrl) servers.set(serverUrl, databaseUrl);
  else servers.delete(serverUrl);
}

async function run(serverUrl: string, text: string, values: unknown[]): Promise<void> {
  const databaseUrl = servers.get(serverUrl);
  if (!databaseUrl) throw new Error(`No database is known for ${serverUrl}`);
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(text, values);
  } finally {
    await client.end();
  }
}

export function markEmailVerified(serverUrl: string, userId: string): Promise<void> {
  return run(serverUrl, 'UPDATE users SET email_verified_at = now() WHERE id = $1', [userId]);
}

export function markOrganisationVerified(serverUrl: string, organisationId: string, domain: string): Promise<void> {
  return run(
    serverUrl,
    `UPDATE organisations SET verification_status = 'VERIFIED', verified_domains = ARRAY[$2], verified_at = now(),
            verification_requested_domain = $2, verification_note = 'Checked against the official register.' WHERE id = $1`,
    [organisationId, domain],
  );
}

/** A nomination made `days` ago, as if the group had nominated then: the council may record a decision since. */
export function backdateNomination(serverUrl: string, slug: string, days: number): Promise<void> {
  return run(
    serverUrl,
    `UPDATE community_assets SET nominated_at = now() - make_interval(days => $2) WHERE slug = $1`,
    [slug, days],
  );
}

/** An office on the platform, as `npm run role -- grant <office> <email>` gives it. */
export function grantOffice(serverUrl: string, email: string, office: 'STEWARD' | 'COMMISSIONER'): Promise<void> {
  return run(
    serverUrl,
    `INSERT INTO platform_roles (user_id, role) SELECT id, $2 FROM users WHERE email = $1 ON CONFLICT DO NOTHING`,
    [email, office],
  );
}

/** A neighbourhood's boundary, as its page's form would store it. */
export function drawBoundary(serverUrl: string, slug: string, geojson: string): Promise<void> {
  return run(serverUrl, 'UPDATE neighbourhoods SET boundary = $2::jsonb WHERE slug = $1', [slug, geojson]);
}
