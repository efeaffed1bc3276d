/**
 * A short-lived cache of the answers anonymous readers get: a public page
 * such as a covenant's accountability page is asked the same query by every
 * resident, and computing it is far dearer than keeping it for a second.
 *
 * Only queries from requests that present no credential are kept, never an
 * answer with errors, and never the verification (it keeps its own record of
 * what it computed). A change anonymous readers could see empties the cache
 * on this process at once: a covenant event (wired in create-app) or the
 * creation of an organisation or a neighbourhood (their services call
 * `clear`); a sign-in, a sign-out or a refused mutation changes nothing they
 * see and leaves it be. Other processes' copies age out within the time to
 * live. An answer past its time is still served to concurrent readers while
 * one refreshes it, but never once it is three times as old: by then it is
 * evicted, and the kept answers together stay within a memory budget.
 *
 * The GraphQL plugin stores answers as they leave Apollo; the middleware in
 * front of /graphql serves them as stored, before any parsing, validation or
 * serialising (which a kept query has already passed).
 */
import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { createHash } from 'node:crypto';
import { Kind } from 'graphql';
import type { AuthenticatedRequest } from '../auth/viewer';

/** Root fields whose answer must never come from the cache. */
const ALWAYS_FRESH = new Set(['verifyCovenant']);
const MAX_ENTRIES = 500;
const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;
/** However its refreshes went, no answer older than this many times the time to live is served. */
const MAX_AGE_IN_TTLS = 3;

interface Entry {
  /** The response body, serialised once. */
  body: string;
  bytes: number;
  storedAt: number;
  /** When a reader set out to refresh it; others keep getting this answer meanwhile. */
  refreshingSince: number | null;
}

export function answerKey(operationName: unknown, query: unknown, variables: unknown): string {
  return createHash('sha256')
    .update(`${String(operationName ?? '')}\n${String(query ?? '')}\n${JSON.stringify(variables ?? {})}`)
    .digest('hex');
}

export class PublicAnswers {
  /** In the order they were stored, oldest first: the expired ones are always at the front. */
  private readonly entries = new Map<string, Entry>();
  private bytesKept = 0;

  /** `maxBytes` bounds the kept answers together; one answer over an eighth of it is not kept. */
  constructor(
    private readonly ttlMs: number,
    private readonly maxBytes = DEFAULT_MAX_BYTES,
  ) {}

  get enabled(): boolean {
    return this.ttlMs > 0;
  }

  /** How many answers, and how many bytes of them, are kept now. */
  get kept(): { answers: number; bytes: number } {
    return { answers: this.entries.size, bytes: this.bytesKept };
  }

  /** The answer to serve now, if any; null asks the caller to compute it (the plugin then stores it). */
  lookup(key: string, now = Date.now()): string | null {
    this.evictExpired(now);
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (now - entry.storedAt <= this.ttlMs) return entry.body;
    // A refresh that never came back (the request failed on the way) hands over to the next reader.
    if (entry.refreshingSince !== null && now - entry.refreshingSince <= this.ttlMs) return entry.body;
    entry.refreshingSince = now;
    return null;
  }

  store(key: string, body: string, now = Date.now()) {
    this.forget(key);
    this.evictExpired(now);
    const bytes = Buffer.byteLength(body);
    if (bytes > this.maxBytes / 8) return;
    this.entries.set(key, { body, bytes, storedAt: now, refreshingSince: null });
    this.bytesKept += bytes;
    while (this.entries.size > MAX_ENTRIES || this.bytesKept > this.maxBytes) {
      this.forget(this.entries.keys().next().value!);
    }
  }

  /** After a failed refresh: the next reader computes it afresh. */
  forget(key: string) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytesKept -= entry.bytes;
  }

  clear() {
    this.entries.clear();
    this.bytesKept = 0;
  }

  private evictExpired(now: number) {
    for (const [key, entry] of this.entries) {
      if (now - entry.storedAt <= this.ttlMs * MAX_AGE_IN_TTLS) return;
      this.forget(key);
    }
  }
}

function anonymous(req: AuthenticatedRequest): boolean {
  return !req.auth?.token && !req.auth?.viewer;
}

/** Whether this operation's answer may be kept for anonymous readers. */
function cacheable(context: GraphQLRequestContext<{ req: AuthenticatedRequest }>): boolean {
  const { operation, contextValue } = context;
  if (!operation || operation.operation !== 'query' || !anonymous(contextValue.req)) return false;
  // A fragment at the root is read fresh rather than inspected.
  return operation.selectionSet.selections.every(
    (selection) => selection.kind === Kind.FIELD && !ALWAYS_FRESH.has(selection.name.value),
  );
}

export function publicAnswersPlugin(answers: PublicAnswers): ApolloServerPlugin<{ req: AuthenticatedRequest }> {
  return {
    async requestDidStart() {
      if (!answers.enabled) return;
      return {
        async willSendResponse(context) {
          const body = context.response.body;
          if (!cacheable(context) || body.kind !== 'single') return;
          const { operationName, query, variables } = context.request;
          const key = answerKey(operationName, query, variables);
          if (body.singleResult.errors || !body.singleResult.data) answers.forget(key);
          else answers.store(key, JSON.stringify({ data: body.singleResult.data }));
        },
      };
    },
  };
}

/** Serves a kept answer to an anonymous POST /graphql asking exactly that query. */
export function publicAnswersMiddleware(answers: PublicAnswers): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const body = req.body as { query?: unknown; variables?: unknown; operationName?: unknown } | undefined;
    if (
      !answers.enabled ||
      req.method !== 'POST' ||
      req.path !== '/graphql' ||
      !body ||
      typeof body.query !== 'string' ||
      !anonymous(req as AuthenticatedRequest)
    ) {
      return next();
    }
    const kept = answers.lookup(answerKey(body.operationName, body.query, body.variables));
    if (kept === null) return next();
    // Sent as kept: an answer to a POST is never revalidated, so Express's ETag (a hash of the whole body) is waste.
    res.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(kept),
    });
    res.end(kept);
  };
}
