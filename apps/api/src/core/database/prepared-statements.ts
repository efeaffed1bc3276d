/**
 * PostgreSQL parses and plans an unnamed statement afresh every time, and on a
 * page's small statements that is most of the database's work. The app sends
 * the same statement texts over and over, so a pooled connection prepares a
 * text once it recurs (named by its hash) and from then on only binds and
 * executes it; PostgreSQL keeps the plan when it is as good as a fresh one.
 * Texts seen once (a list of ids of an unusual length) stay unnamed, and a
 * connection prepares at most `PER_CONNECTION`, so its memory stays bounded.
 */
import { createHash } from 'node:crypto';
import { Client, type ClientConfig } from 'pg';

const PER_CONNECTION = 256;
/** How many texts the process remembers before it starts afresh. */
const REMEMBERED = 10_000;
/** Each text seen: null after once, then the name it is prepared under. */
const texts = new Map<string, string | null>();

/** The name to prepare `text` under, or null the first time it is seen. */
function nameOf(text: string): string | null {
  const known = texts.get(text);
  if (known) return known;
  if (known === undefined) {
    if (texts.size >= REMEMBERED) texts.clear();
    texts.set(text, null);
    return null;
  }
  const name = `covenant_${createHash('sha1').update(text).digest('hex')}`;
  texts.set(text, name);
  return name;
}

/**
 * Parameterised texts, and single SELECTs without parameters (a first page, whose size the query builder writes into
 * the text). Other texts without parameters may hold several statements, which only the simple protocol runs.
 */
function preparable(text: string, values: unknown): boolean {
  if (Array.isArray(values) && values.length > 0) return true;
  return (values === undefined || Array.isArray(values)) && /^\s*SELECT\b/i.test(text) && !text.includes(';');
}

type Send = (config: unknown, values?: unknown, callback?: unknown) => unknown;

/** pg's client, preparing the statements it is sent repeatedly (`Client` of the pool's options). */
export class PreparingClient extends Client {
  private readonly prepared = new Set<string>();

  constructor(config?: string | ClientConfig) {
    super(config);
    const send = this.query.bind(this) as Send;
    const query: Send = (config, values, callback) => {
      const name = typeof config === 'string' && preparable(config, values) ? nameOf(config) : null;
      if (!name) return send(config, values, callback);
      if (!this.prepared.has(name)) {
        if (this.prepared.size >= PER_CONNECTION) return send(config, values, callback);
        this.prepared.add(name);
      }
      return send({ name, text: config, values }, callback);
    };
    this.query = query as Client['query'];
  }
}
