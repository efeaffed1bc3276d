#!/usr/bin/env node
/**
 * The reference the accountability benches measure the product against: a
 * plain `node:http` handler with one `pg` pool that answers the web app's
 * Accountability query for a signed-in reader with the same JSON, built by
 * PostgreSQL in one statement (the session, the read rule and the whole
 * answer), prepared once on each connection as the product prepares its own.
 * No framework, no GraphQL execution: the floor of what this machine can do
 * for that answer.
 *
 *   node bench/raw-accountability.mjs <database url> <port>
 *
 * It prints "ready" once listening.
 */
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import pg from 'pg';

const [databaseUrl, port] = process.argv.slice(2);
// Planned as the product's connections plan (core/database/data-source.ts): no JIT compilation, no parallel
// workers, the prepared statement's generic plan kept, random reads costed as on solid-state storage.
const pool = new pg.Pool({
  connectionString: databaseUrl,
  max: 10,
  options:
    '-c jit=off -c max_parallel_workers_per_gather=0 -c plan_cache_mode=force_generic_plan -c random_page_cost=1.1',
});

/** `$1` the slug, `$2` the session token's hash (or null); the read rule as the product's `mayReadSql`. */
const ANSWER = `
WITH viewer AS (
  SELECT s.user_id FROM sessions s
   WHERE s.token_hash = $2 AND s.revoked_at IS NULL AND s.expires_at > now()
), covenant AS (
  SELECT c.* FROM covenants c
   WHERE c.slug = $1
     AND ((c.visibility = 'PUBLIC' AND c.status IN ('CONSULTATION', 'OPEN_FOR_SIGNATURE', 'IN_FORCE', 'UNDER_REVIEW', 'ENDED'))
       OR EXISTS (SELECT 1 FROM covenant_parties rp JOIN memberships rm ON rm.organisation_id = rp.organisation_id
                   WHERE rp.covenant_id = c.id AND rp.status IN ('INVITED', 'ACCEPTED')
                     AND rm.user_id = (SELECT user_id FROM viewer)))
)
SELECT json_build_object('data', json_build_object('covenant', (
  SELECT json_build_object(
    'id', c.id, 'slug', c.slug, 'title', c.title, 'status', c.status, 'visibility', c.visibility,
    'parties', (SELECT coalesce(json_agg(json_build_object(
        'id', p.id, 'role', p.role, 'status', p.status,
        'organisation', json_build_object('id', o.id, 'slug', o.slug, 'name', o.name))
        ORDER BY CASE p.role WHEN 'CONVENOR' THEN 0 WHEN 'PARTNER' THEN 1 ELSE 2 END, p.invited_at, p.id), '[]')
      FROM covenant_parties p JOIN organisations o ON o.id = p.organisation_id
      WHERE p.covenant_id = c.id),
    'commitments', (SELECT coalesce(json_agg(json_build_object(
        'id', m.id, 'title', m.title, 'description', m.description, 'measure', m.measure, 'right', m.right,
        'dueOn', m.due_on, 'progress', m.progress, 'percentComplete', m.percent_complete,
        'overdue', m.due_on IS NOT NULL AND m.due_on < (now() AT TIME ZONE 'Europe/London')::date
                   AND m.progress NOT IN ('DELIVERED', 'DROPPED'),
        'party', json_build_object('id', m.party_id),
        'asset', (SELECT json_build_object('id', ca.id, 'slug', ca.slug, 'name', ca.name)
                    FROM community_assets ca WHERE ca.id = m.asset_id),
        'budget', (SELECT json_build_object('id', pb.id, 'title', pb.title)
                     FROM participatory_budgets pb WHERE pb.id = m.budget_id),
        'updates', (SELECT coalesce(json_agg(json_build_object(
            'id', u.id, 'progress', u.progress, 'percentComplete', u.percent_complete, 'note', u.note,
            'evidenceUrl', u.evidence_url, 'createdAt', u.created_at,
            'author', json_build_object('id', a.id, 'displayName', a.display_name)) ORDER BY u.created_at, u.id), '[]')
          FROM commitment_updates u JOIN users a ON a.id = u.author_id WHERE u.commitment_id = m.id)
      ) ORDER BY m.created_at, m.id), '[]')
      FROM commitments m JOIN covenant_parties mp ON mp.id = m.party_id AND mp.status = 'ACCEPTED'
      WHERE m.covenant_id = c.id)
  ) FROM covenant c))) AS body`;

createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', async () => {
    try {
      const { variables } = JSON.parse(Buffer.concat(chunks).toString());
      const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
      const hash = token ? createHash('sha256').update(token).digest('hex') : null;
      const { rows } = await pool.query({ name: 'accountability', text: ANSWER, values: [variables.slug, hash] });
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(rows[0].body));
    } catch (error) {
      response.writeHead(500, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ errors: [{ message: String(error) }] }));
    }
  });
}).listen(Number(port), '127.0.0.1', () => console.log('ready'));
