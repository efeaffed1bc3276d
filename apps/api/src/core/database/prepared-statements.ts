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
/** How many texts the process counts before it starts counting afresh. */
const COUNTED = 10_000;
const seen = new Map<string, number>();
const names = new Map<string, string>();

function recurs(text: string): boolean {
  const times = (seen.get(text) ?? 0) + 1;
  if (seen.size >= COUNTED && times === 1) seen.clear();
  seen.set(text, times);
  return times > 1;
}

function nameOf(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `covenant_${createHash('sha1').update(text).digest('hex')}`;
    if (names.size >= COUNTED) names.clear();
    names.set(text, name);
  }
  return name;
}

type Send = (config: unknown, values?: unknown, callback?: unknown) => unknown;

/** pg's client, preparing the parameterised statements it is sent repeatedly (`Client` of the pool's options). */
export class PreparingClient extends Client {
  private readonly prepared = new Set<string>();

  constructor(config?: string | ClientConfig) {
    super(config);
    const send = this.query.bind(this) as Send;
    const query: Send = (config, values, callback) => {
      if (typeof config !== 'string' || !Array.isArray(values) || values.length === 0 || !recurs(config))
        return send(config, values, callback);
      const name = nameOf(config);
      if (!this.prepared.has(name)) {
        if (this.prepared.size >= PER_CONNECTION) return send(config, values, callback);
        this.prepared.add(name);
      }
      return send({ name, text: config, values }, callback);
    };
    this.query = query as Client['query'];
  }
}
