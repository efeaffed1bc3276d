/**
 * Sliding-window limits counted in PostgreSQL, so every API process counts
 * the same attempts. Counting and recording are one statement per attempt:
 * a burst of concurrent attempts queues on each key's row, and no more than
 * the limit get through, however many arrive at once.
 */
import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import { DataSource, type EntityManager } from 'typeorm';
import { LOGGER } from '../../core/logging/logger';

export interface RateLimitKey {
  bucket: string;
  key: string;
}

export type Attempt = { allowed: true } | { allowed: false; refused: RateLimitKey[]; retryAfterMs: number };

/** How long until a refused attempt may be made again, in words: "a minute", "12 minutes". */
export function inMinutes(attempt: Extract<Attempt, { allowed: false }>): string {
  const minutes = Math.max(1, Math.ceil(attempt.retryAfterMs / 60_000));
  return minutes === 1 ? 'a minute' : `${minutes} minutes`;
}

/** Keys longer than this are stored as their hash, so no caller's input can outgrow the row's index. */
const MAX_STORED_KEY = 200;
const SWEEP_EVERY_MS = 60 * 60 * 1000;

function stored({ bucket, key }: RateLimitKey): RateLimitKey {
  return {
    bucket,
    key: key.length > MAX_STORED_KEY ? `sha256:${createHash('sha256').update(key).digest('hex')}` : key,
  };
}

const same = (a: RateLimitKey, b: RateLimitKey) => a.bucket === b.bucket && a.key === b.key;

/**
 * Appends now to each key's hits if it has fewer than $4 in the window, in one
 * statement: ON CONFLICT DO UPDATE locks the row and judges its latest
 * version, so two attempts never both see the last free place. A key whose
 * window is full is left as it is and not returned.
 */
const TAKE = `
  INSERT INTO rate_limits AS r (bucket, key, hits, expires_at)
  SELECT k.bucket, k.key, ARRAY[now()], now() + $3::interval
    FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS k(bucket, key, n)
   ORDER BY k.n
  ON CONFLICT (bucket, key) DO UPDATE
     SET hits = ARRAY(SELECT h FROM unnest(r.hits) AS h WHERE h > now() - $3::interval ORDER BY h) || now(),
         expires_at = now() + $3::interval
   WHERE (SELECT count(*) FROM unnest(r.hits) AS h WHERE h > now() - $3::interval) < $4
  RETURNING bucket, key`;

/** When the earliest hit in the window of the fullest key leaves it. */
const RETRY_AFTER = `
  SELECT ceil(extract(epoch FROM max(first) + $3::interval - now()) * 1000)::float8 AS ms
    FROM (SELECT (SELECT min(h) FROM unnest(r.hits) AS h WHERE h > now() - $3::interval) AS first
            FROM rate_limits r
            JOIN unnest($1::text[], $2::text[]) AS k(bucket, key) USING (bucket, key)) AS windows`;

/** Drops the latest hit: an attempt that turned out not to count. */
const GIVE_BACK = `
  UPDATE rate_limits r SET hits = r.hits[1:cardinality(r.hits) - 1]
    FROM unnest($1::text[], $2::text[]) AS k(bucket, key)
   WHERE r.bucket = k.bucket AND r.key = k.key`;

@Injectable()
export class RateLimitsService implements OnApplicationBootstrap, OnModuleDestroy {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap() {
    this.timer = setInterval(() => {
      this.sweep().catch((error: unknown) => this.logger.error({ err: error }, 'rate limit sweep failed'));
    }, SWEEP_EVERY_MS);
    this.timer.unref();
  }

  onModuleDestroy() {
    if (this.timer) clearInterval(this.timer);
  }

  /**
   * Counts one attempt against every key, or against none: when any key has
   * had `limit` attempts in the last `windowMs`, nothing is counted and the
   * answer says how long until a place frees up. `manager` puts the count in
   * the caller's transaction, so a change that rolls back does not count.
   */
  async take(
    keys: RateLimitKey[],
    limit: number,
    windowMs: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Attempt> {
    // One order for everyone, so two attempts sharing keys lock them in the same order and never deadlock.
    const wanted = keys
      .map(stored)
      .filter((key, index, all) => all.findIndex((other) => same(other, key)) === index)
      .sort((a, b) => a.bucket.localeCompare(b.bucket) || a.key.localeCompare(b.key));
    const window = `${windowMs} milliseconds`;
    const taken = (await manager.query(TAKE, [...columns(wanted), window, limit])) as RateLimitKey[];
    if (taken.length === wanted.length) return { allowed: true };
    if (taken.length) await manager.query(GIVE_BACK, columns(taken));
    const refused = wanted.filter((key) => !taken.some((other) => same(other, key)));
    const [{ ms }] = (await manager.query(RETRY_AFTER, [...columns(refused), window])) as { ms: number | null }[];
    return { allowed: false, refused, retryAfterMs: Math.max(ms ?? 0, 0) };
  }

  /** Takes back one attempt from each key: it did not count after all (a sign-in that succeeded). */
  async giveBack(keys: RateLimitKey[]): Promise<void> {
    await this.dataSource.query(GIVE_BACK, columns(keys.map(stored)));
  }

  async clear(key: RateLimitKey): Promise<void> {
    const { bucket, key: storedKey } = stored(key);
    await this.dataSource.query('DELETE FROM rate_limits WHERE bucket = $1 AND key = $2', [bucket, storedKey]);
  }

  /** Deletes the rows whose window has passed; the number deleted. */
  async sweep(): Promise<number> {
    const [, deleted] = (await this.dataSource.query('DELETE FROM rate_limits WHERE expires_at < now()')) as [
      unknown,
      number,
    ];
    return deleted;
  }
}

function columns(keys: RateLimitKey[]): [string[], string[]] {
  return [keys.map((key) => key.bucket), keys.map((key) => key.key)];
}
