/** GET /metrics: Prometheus text, open in development and test, never public in production. */
import { freePort } from '@covenant/testing';
import { CollabClient, eventually } from './support/collab-client';
import { buildWorld, fullCovenant } from './support/covenant-world';
import { registerUser } from './support/factories';
import { productionEnv } from './support/production';
import { startTestApp, type TestApp } from './support/test-app';

const PRODUCTION = productionEnv();
const TOKEN = 'a-long-random-metrics-token';

async function scrape(url: string, token?: string) {
  const response = await fetch(`${url}/metrics`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return {
    status: response.status,
    body: await response.text(),
    type: response.headers.get('content-type'),
    nosniff: response.headers.get('x-content-type-options'),
  };
}

/** The value of one sample, e.g. sample(body, 'covenant_graphql_errors_total{code="NOT_FOUND"}'). */
function sample(body: string, series: string): number | undefined {
  const line = body.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('Metrics', () => {
  describe('in test, with no token', () => {
    let api: TestApp;
    beforeAll(async () => {
      api = await startTestApp();
    });
    afterAll(() => api.close());

    it('times HTTP requests and GraphQL operations, counts errors by code, and reports the pool', async () => {
      await fetch(`${api.url}/healthz`);
      await api.gql('query Neighbourhoods { neighbourhoods(first: 5) { id } }');
      await api.gql('mutation Who { login(email: "nobody@example.org", password: "not the right one") { token } }');
      await api.gql('{ nothingHere }');

      const { status, body, type } = await scrape(api.url);
      expect(status).toBe(200);
      expect(type).toMatch(/^text\/plain; version=0\.0\.4/);
      expect(
        sample(body, 'covenant_http_request_duration_seconds_count{method="GET",route="/healthz",status="200"}'),
      ).toBe(1);
      expect(
        sample(body, 'covenant_http_request_duration_seconds_count{method="POST",route="/graphql",status="200"}'),
      ).toBeGreaterThanOrEqual(2);
      expect(
        sample(body, 'covenant_graphql_operation_duration_seconds_count{operation="Neighbourhoods",type="query"}'),
      ).toBe(1);
      expect(sample(body, 'covenant_graphql_operation_duration_seconds_count{operation="Who",type="mutation"}')).toBe(
        1,
      );
      expect(sample(body, 'covenant_graphql_errors_total{code="UNAUTHENTICATED"}')).toBe(1);
      expect(sample(body, 'covenant_graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED"}')).toBe(1);
      expect(sample(body, 'covenant_db_pool_connections')).toBeGreaterThanOrEqual(1);
      expect(sample(body, 'covenant_db_pool_idle')).toBeGreaterThanOrEqual(0);
      expect(sample(body, 'covenant_db_pool_waiting')).toBe(0);
      expect(body).toContain('process_cpu_seconds_total');
    });

    it('labels routes by template and keeps operation names to a bounded set', async () => {
      const user = await registerUser(api);
      await fetch(`${api.url}/covenants/no-such-covenant/v/1.pdf`, {
        headers: { authorization: `Bearer ${user.token}` },
      });
      for (let n = 0; n < 210; n++) await api.gql(`query Made${n} { __typename }`);
      const { body } = await scrape(api.url);
      expect(
        sample(
          body,
          'covenant_http_request_duration_seconds_count{method="GET",route="/covenants/:slug/v/:file",status="404"}',
        ),
      ).toBe(1);
      const names = new Set(
        [...body.matchAll(/^covenant_graphql_operation_duration_seconds_count\{operation="([^"]+)"/gm)].map(
          (m) => m[1],
        ),
      );
      // At most 200 names clients chose, then the shared labels: (anonymous), (invalid) and (other).
      expect([...names].filter((name) => !name.startsWith('(')).length).toBeLessThanOrEqual(200);
      expect(names).toContain('(other)');
      expect(names).not.toContain('Made209');
    });

    it('counts real-time sockets, documents, acks, commits and relayed bytes as people co-draft', async () => {
      const world = await buildWorld(api);
      const covenant = await fullCovenant(api, world);
      const [aled, morag] = await Promise.all(
        [world.people.hydroAdmin, world.people.poolAdmin].map((person) => CollabClient.connect(api.url, person.token)),
      );
      await Promise.all([aled.join(covenant.id), morag.join(covenant.id)]);
      await eventually(() => aled.text().length > 0 && morag.text() === aled.text(), [aled, morag]);
      aled.paragraph().insert(0, 'Sunday swimming ');
      await eventually(() => morag.text().includes('Sunday swimming'), [morag]);
      expect((await aled.settled()).every((ack) => ack.ok)).toBe(true);
      const during = (await scrape(api.url)).body;
      expect(sample(during, 'covenant_collab_sockets_connected')).toBe(2);
      expect(sample(during, 'covenant_collab_documents_loaded')).toBe(1);
      expect(sample(during, 'covenant_collab_sync_acks_total{code="OK"}')).toBeGreaterThanOrEqual(1);
      expect(sample(during, 'covenant_collab_sync_ack_seconds_count{code="OK"}')).toBeGreaterThanOrEqual(1);
      expect(sample(during, 'covenant_collab_commit_group_size_sum')).toBeGreaterThanOrEqual(1);
      // As many timed commits as groups stored, each of them taking some time.
      expect(sample(during, 'covenant_collab_commit_seconds_count')).toBe(
        sample(during, 'covenant_collab_commit_group_size_count'),
      );
      expect(sample(during, 'covenant_collab_commit_seconds_sum')).toBeGreaterThan(0);
      expect(sample(during, 'covenant_collab_relayed_bytes_total')).toBeGreaterThan(0);
      aled.close();
      morag.close();
      const deadline = Date.now() + 10_000;
      let after = (await scrape(api.url)).body;
      while (sample(after, 'covenant_collab_documents_loaded') !== 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        after = (await scrape(api.url)).body;
      }
      expect(sample(after, 'covenant_collab_sockets_connected')).toBe(0);
      expect(sample(after, 'covenant_collab_documents_loaded')).toBe(0);
    });
  });

  it('is not served at all in production without a token or a port of its own', async () => {
    const api = await startTestApp(PRODUCTION);
    try {
      expect((await scrape(api.url)).status).toBe(404);
    } finally {
      await api.close();
    }
  });

  it('needs the bearer token when METRICS_TOKEN is set', async () => {
    const api = await startTestApp({ ...PRODUCTION, METRICS_TOKEN: TOKEN });
    try {
      const anonymous = await fetch(`${api.url}/metrics`);
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers.get('www-authenticate')).toBe('Bearer realm="metrics"');
      expect((await scrape(api.url, 'not-the-metrics-token')).status).toBe(401);
      const scraped = await scrape(api.url, TOKEN);
      expect(scraped.status).toBe(200);
      expect(scraped.body).toContain('# TYPE covenant_http_request_duration_seconds histogram');
    } finally {
      await api.close();
    }
  });

  it('is served only on METRICS_PORT when that is set', async () => {
    const port = await freePort();
    const api = await startTestApp({ ...PRODUCTION, METRICS_PORT: String(port), HOST: '127.0.0.1' });
    try {
      expect((await scrape(api.url)).status).toBe(404);
      const scraped = await scrape(`http://127.0.0.1:${port}`);
      expect(scraped.status).toBe(200);
      expect(scraped.nosniff).toBe('nosniff');
      expect(scraped.body).toContain('# TYPE covenant_graphql_operation_duration_seconds histogram');
      expect((await fetch(`http://127.0.0.1:${port}/graphql`)).status).toBe(404);
    } finally {
      await api.close();
    }
    // Closed with the app.
    await expect(fetch(`http://127.0.0.1:${port}/metrics`)).rejects.toThrow();
  });
});
