/**
 * A covenant's row held locked from a connection of the test's own, so that
 * requests which need the row queue behind it in an order the test chooses:
 * each is sent, then seen waiting on the lock in PostgreSQL, before the next.
 * Releasing the lock lets them through in the order they queued.
 */
import { Client } from 'pg';
import type { WithDatabase } from './sql';

/** A backend of the app's database waiting for a lock, with the statement it runs. */
interface Waiter {
  pid: number;
  query: string;
}

export interface HeldRowLock {
  /** Waits until `count` backends whose statement matches `statement` are waiting for a lock. */
  waitForWaiting(count: number, statement: RegExp, timeoutMs?: number): Promise<void>;
  release(): Promise<void>;
}

/** The statement that takes a covenant's row lock for a change (CovenantWork: a signature, a freeze …). */
export const COVENANT_CHANGE = /FROM "covenants" "c".* FOR UPDATE/s;
/** The statement that stores a document update, share-locking the covenant's row as it checks the right to edit. */
export const DOCUMENT_APPEND = /INSERT INTO covenant_document_updates/;

export async function holdCovenantRow(api: WithDatabase, covenantId: string): Promise<HeldRowLock> {
  const client = new Client({ connectionString: api.db.url });
  await client.connect();
  await client.query('BEGIN');
  const locked = await client.query('SELECT id FROM covenants WHERE id = $1 FOR UPDATE', [covenantId]);
  if (locked.rowCount !== 1) {
    await client.end();
    throw new Error(`no covenant ${covenantId} to lock`);
  }
  let released = false;

  async function waiting(): Promise<Waiter[]> {
    // Inside a transaction the activity view is read once and then kept: drop that copy to see the present.
    await client.query('SELECT pg_stat_clear_snapshot()');
    const { rows } = await client.query<Waiter>(
      `SELECT pid, query FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() AND wait_event_type = 'Lock'`,
    );
    return rows;
  }

  return {
    async waitForWaiting(count, statement, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const all = await waiting();
        if (all.filter((waiter) => statement.test(waiter.query)).length >= count) return;
        if (Date.now() > deadline) {
          throw new Error(
            `expected ${count} statement(s) matching ${statement} waiting for the lock; waiting now: ${JSON.stringify(all)}`,
          );
        }
        // Polls a condition PostgreSQL reports; nothing depends on how long this pause is.
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    async release() {
      if (released) return;
      released = true;
      try {
        await client.query('COMMIT');
      } finally {
        await client.end();
      }
    },
  };
}
