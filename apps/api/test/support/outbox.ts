/** Mail goes out after the commit that queues it, not before a mutation answers: tests wait for it. */
import { sql, type WithDatabase } from './sql';

/** Waits until every e-mail queued so far has been sent; fails naming those that were not. */
export async function outboxSent(api: WithDatabase, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const unsent = await sql<{ to_address: string; subject: string; last_error: string | null }>(
      api,
      'SELECT to_address, subject, last_error FROM outbox_emails WHERE sent_at IS NULL',
    );
    if (!unsent.length) return;
    if (Date.now() > deadline) throw new Error(`E-mails not sent: ${JSON.stringify(unsent)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
