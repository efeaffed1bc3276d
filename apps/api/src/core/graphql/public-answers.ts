/**
 * A short-lived cache of the answers anonymous readers get: a public page
 * such as a covenant's accountability page is asked the same query by every
 * resident, and computing it is far dearer than keeping it for a second.
 *
 * Only queries from requests that present no credential are kept, never an
 * answer with errors, and never the verification (it must recompute every
 * time). Any mutation or covenant change on this process empties the cache at
 * once; other processes' copies age out within the time to live. An answer
 * past its time is still served to concurrent readers while one refreshes it.
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

interface Entry {
  /** The response body, serialised once. */
  body: string;
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
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly ttlMs: number) {}

  get enabled(): boolean {
    return this.ttlMs > 0;
  }

  /** The answer to serve now, if any; null asks the caller to compute it (the plugin then stores it). */
  lookup(key: string, now = Date.now()): string | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (now - entry.storedAt <= this.ttlMs) return entry.body;
    // A refresh that never came back (the request failed on the way) hands over to the next reader.
    if (entry.refreshingSince !== null && now - entry.refreshingSince <= this.ttlMs) return entry.body;
    entry.refreshingSince = now;
    return null;
  }

  store(key: string, body: string, now = Date.now()) {
    this.entries.delete(key);
    this.entries.set(key, { body, storedAt: now, refreshingSince: null });
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
  }

  /** After a failed refresh: the next reader computes it afresh. */
  forget(key: string) {
    this.entries.delete(key);
  }

  clear() {
    this.entries.clear();
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
          if (context.operation?.operation === 'mutation') {
            answers.clear();
            return;
          }
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
    res.type('application/json; charset=utf-8').send(kept);
  };
}
