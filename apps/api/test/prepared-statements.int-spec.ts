/**
 * The app's connections prepare the statements they are sent again and again,
 * so PostgreSQL plans a page's statements once rather than on every request;
 * they answer exactly as unprepared statements do, stay bounded, survive
 * errors, and plan without parallel workers or JIT compilation.
 */
import { randomBytes } from 'node:crypto';
import { Pool, type PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '@covenant/testing';
import { dataSourceOptions } from '../src/core/database/data-source';
import { PreparingClient } from '../src/core/database/prepared-statements';

/** Texts no other test sends: the process remembers which texts it has seen. */
const unique = () => randomBytes(6).toString('hex');

async function preparedTexts(client: PoolClient): Promise<string[]> {
  const { rows } = await client.query<{ statement: string }>('SELECT statement FROM pg_prepared_statements');
  return rows.map((row) => row.statement);
}

describe('Prepared statements', () => {
  let db: TestDatabase;
  let pool: Pool;
  let client: PoolClient;

  beforeAll(async () => {
    db = await createTestDatabase();
    pool = new Pool({ connectionString: db.url, max: 2, Client: PreparingClient });
    client = await pool.connect();
  });

  afterAll(async () => {
    client.release();
    await pool.end();
    await db.drop();
  });

  it('prepares a statement once it recurs, and answers as an unprepared one', async () => {
    const text = `SELECT $1::int + 1 AS n, '${unique()}' AS tag`;
    const answers = [];
    for (const value of [1, 2, 3]) answers.push((await client.query(text, [value])).rows[0].n);
    expect(answers).toEqual([2, 3, 4]);
    expect((await preparedTexts(client)).filter((statement) => statement === text)).toHaveLength(1);
  });

  it('prepares a recurring SELECT without parameters, and leaves texts of several statements to the simple protocol', async () => {
    const select = `SELECT 41 + 1 AS n, '${unique()}' AS tag LIMIT 50`;
    for (let i = 0; i < 3; i++) expect((await client.query(select)).rows[0].n).toBe(42);
    expect(await preparedTexts(client)).toContain(select);
    const table = `several_${unique()}`;
    const several = `SELECT 1; CREATE TEMP TABLE IF NOT EXISTS ${table} (n int); SELECT 2 AS n`;
    for (let i = 0; i < 3; i++)
      expect(((await client.query(several)) as unknown as { rows: { n: number }[] }[])[2].rows).toEqual([{ n: 2 }]);
    expect((await preparedTexts(client)).filter((statement) => statement.includes(table))).toEqual([]);
  });

  it('leaves a statement sent once unprepared', async () => {
    const text = `SELECT $1::text AS once, '${unique()}' AS tag`;
    expect((await client.query(text, ['here'])).rows[0].once).toBe('here');
    expect(await preparedTexts(client)).not.toContain(text);
  });

  it('prepares at most 256 statements on a connection, and answers every one beyond them', async () => {
    const other = await pool.connect();
    try {
      const tag = unique();
      const texts = Array.from({ length: 300 }, (_, i) => `SELECT $1::int * ${i} AS n, '${tag}' AS tag`);
      for (const text of texts) await other.query(text, [1]);
      const answers = [];
      for (const text of texts) answers.push((await other.query(text, [2])).rows[0].n);
      expect(answers).toEqual(texts.map((_, i) => 2 * i));
      const prepared = await preparedTexts(other);
      expect(prepared.length).toBeLessThanOrEqual(256);
      expect(prepared.filter((statement) => statement.endsWith(`'${tag}' AS tag`)).length).toBeGreaterThan(200);
    } finally {
      other.release();
    }
  });

  it('survives a statement that does not parse and one that fails as it runs', async () => {
    const broken = `SELECT $1::int FROM no_such_table_${unique()}`;
    for (let i = 0; i < 3; i++) await expect(client.query(broken, [1])).rejects.toThrow(/does not exist/);
    const divide = `SELECT 10 / $1::int AS n, '${unique()}' AS tag`;
    expect((await client.query(divide, [2])).rows[0].n).toBe(5);
    await expect(client.query(divide, [0])).rejects.toThrow(/division by zero/);
    expect((await client.query(divide, [5])).rows[0].n).toBe(2);
    expect((await client.query('SELECT 1 AS ok')).rows[0].ok).toBe(1);
  });

  it("gives the app's connections plans without parallel workers or JIT compilation, planned once per statement", async () => {
    const dataSource = await new DataSource(dataSourceOptions(db.url)).initialize();
    try {
      const [parallel] = await dataSource.query('SHOW max_parallel_workers_per_gather');
      const [jit] = await dataSource.query('SHOW jit');
      const [randomReads] = await dataSource.query('SHOW random_page_cost');
      expect([parallel.max_parallel_workers_per_gather, jit.jit, randomReads.random_page_cost]).toEqual([
        '0',
        'off',
        '1.1',
      ]);
      // A rare value bound (here, none of the rows) does not have PostgreSQL plan the statement again.
      const runner = dataSource.createQueryRunner();
      try {
        const text = `SELECT count(*)::int AS n FROM generate_series(1, 1000) g WHERE g = $1 AND '${unique()}' <> ''`;
        const counts = [];
        for (const value of [5, 0, 7, 0, 0, 0, 0, 9]) counts.push((await runner.query(text, [value]))[0].n);
        expect(counts).toEqual([1, 0, 1, 0, 0, 0, 0, 1]);
        const [plans] = await runner.query(
          'SELECT generic_plans::int AS generic_plans, custom_plans::int AS custom_plans FROM pg_prepared_statements WHERE statement = $1',
          [text],
        );
        expect(plans.custom_plans).toBe(0);
        expect(plans.generic_plans).toBeGreaterThanOrEqual(6);
      } finally {
        await runner.release();
      }
    } finally {
      await dataSource.destroy();
    }
  });
});
