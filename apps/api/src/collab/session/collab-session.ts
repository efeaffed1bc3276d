/**
 * One socket's standing in the real-time namespace: who it is, how its
 * messages' data travels, the covenants it joined with its role in each, the awareness client ids it announced,
 * its message budgets, and the queue that keeps its messages in the order
 * they arrived.
 */
import type { CollabRole, WireEncoding } from '@covenant/collab-protocol';
import type { Viewer } from '../../core/auth/viewer';
import type { Presence } from './awareness-filter';
import { TokenBucket } from './token-bucket';

export interface JoinedCovenant {
  role: CollabRole;
  /** Why this socket may not edit, in the policy's words ('' for an editor). */
  refusal: string;
  /** Sync step 2s a viewer may still send: one answers each step 1 the server sent it. */
  step2Allowance: number;
  /** Bytes of the largest document state sent to it, which it may still be reading. */
  sentState: number;
}

/** A person typing sends a few updates a second; these let bursts through and refuse floods. */
const SYNC_BURST = 120;
const SYNC_PER_SECOND = 40;
const SYNC_BYTES_BURST = 2 * 1024 * 1024;
const SYNC_BYTES_PER_SECOND = 512 * 1024;
const AWARENESS_BURST = 60;
const AWARENESS_PER_SECOND = 30;
/** Updates accepted but not yet acknowledged, at most. */
export const MAX_IN_FLIGHT = 100;

export class CollabSession {
  readonly joined = new Map<string, JoinedCovenant>();
  /** Awareness client ids this socket announced, by covenant. */
  readonly awarenessClients = new Map<string, Set<number>>();
  readonly syncMessages = new TokenBucket(SYNC_BURST, SYNC_PER_SECOND);
  readonly syncBytes = new TokenBucket(SYNC_BYTES_BURST, SYNC_BYTES_PER_SECOND);
  readonly awarenessMessages = new TokenBucket(AWARENESS_BURST, AWARENESS_PER_SECOND);
  inFlight = 0;
  expiry: NodeJS.Timeout | null = null;
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    readonly viewer: Viewer | null,
    /** The signed-in person as others see them in the document. */
    readonly presence: Presence | null,
    /** How `data` travels to this socket (realtime.md, "Wire encoding"). */
    readonly encoding: WireEncoding = 'binary',
  ) {}

  /** Runs `step` after every step queued before it on this socket, so a slow one is never overtaken. */
  serial<T>(step: () => Promise<T>): Promise<T> {
    const run = this.tail.then(step, step);
    this.tail = run.catch(() => undefined);
    return run;
  }
}
