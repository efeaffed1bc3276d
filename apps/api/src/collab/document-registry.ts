/**
 * Covenant documents held in memory while anyone is connected. Loads of one
 * document share one promise. A client's update is stored first and applied
 * after: the updates of every document that arrive while a commit is under
 * way are committed together in the next statement, and only once that
 * commit succeeds does an update reach the document in memory, the other
 * editors and the other processes, so one that could not be stored leaves no
 * trace anywhere. The log is folded into the snapshot every few hundred
 * updates and when the last person leaves.
 */
import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { MetricsService } from '../core/metrics/metrics.service';
import { CollabBus } from './collab-bus';
import { DocumentStore, type AuthoredUpdate } from './document-store';
import { awarenessProtocol, type Awareness } from './document/protocols';
import { Y, type Doc } from './document/yjs';

export const MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;
const COMPACT_EVERY = 500;
/** Updates committed in one statement at most, so that one commit stays short. */
const MAX_BATCH = 1000;

/** What became of a submitted update. */
export type CommitOutcome =
  /** Committed, and part of the document everyone sees. */
  | 'stored'
  /** Committed, but it builds on changes the server never received, so it shows once they arrive. */
  | 'incomplete'
  /** Not stored: its author may not edit now (status, party, membership or session changed). */
  | 'refused'
  /** Not stored: the database did not answer. */
  | 'unavailable';

/** Origins of changes that no client sent to this process. */
export const FROM_OTHER_PROCESS = Symbol('from another process');
export const FROM_STORE = Symbol('from the store');
/** The origin of a change the server itself made to the text (e.g. an accepted amendment). */
export const FROM_SERVER = Symbol('made by the server');

interface Pending extends AuthoredUpdate {
  live: LiveDocument;
  origin: unknown;
  settle(outcome: CommitOutcome): void;
}

export interface LiveDocument {
  covenantId: string;
  doc: Doc;
  awareness: Awareness;
  /** Sockets that joined; the document is unloaded when the last one leaves. */
  members: Set<string>;
  /** Bytes stored so far (snapshot and log), to refuse growth past the limit without re-encoding. */
  size: number;
  /** Updates submitted and not yet settled. */
  waiting: number;
  sinceCompaction: number;
}

/** Told of every change that reaches a document in memory, with the socket (or other origin) it came from. */
export type ChangeListener = (live: LiveDocument, update: Uint8Array, origin: unknown) => void;

@Injectable()
export class DocumentRegistry implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(DocumentRegistry.name);
  private readonly live = new Map<string, Promise<LiveDocument | null>>();
  private readonly changeListeners = new Set<ChangeListener>();
  private readonly queue: Pending[] = [];
  private committing: Promise<void> | null = null;
  private storeDown = false;

  constructor(
    private readonly store: DocumentStore,
    private readonly bus: CollabBus,
    private readonly metrics: MetricsService,
  ) {}

  onModuleInit() {
    this.bus.onUpdates((covenantId, updates) => {
      // Loading or loaded here: apply once it is in memory (Yjs ignores what it already has).
      void this.live.get(covenantId)?.then((live) => {
        if (live) Y.transact(live.doc, () => updates.forEach((u) => Y.applyUpdate(live.doc, u)), FROM_OTHER_PROCESS);
      });
    });
    // Whatever other processes stored while the bus was down reaches this one's documents from the store.
    this.bus.onReconnect(() => void this.catchUp());
  }

  onChange(listener: ChangeListener): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /** The live document, loading it once however many ask at the same time; null when there is none. */
  open(covenantId: string): Promise<LiveDocument | null> {
    let entry = this.live.get(covenantId);
    if (!entry) {
      entry = this.load(covenantId);
      this.live.set(covenantId, entry);
      entry.then(
        (loaded) => {
          if (!loaded) this.live.delete(covenantId);
        },
        () => this.live.delete(covenantId),
      );
    }
    return entry;
  }

  /** The document if this process has it in memory. */
  peek(covenantId: string): Promise<LiveDocument | null> | undefined {
    return this.live.get(covenantId);
  }

  private async load(covenantId: string): Promise<LiveDocument | null> {
    // Followed before it is read: what another process commits meanwhile arrives, and is applied once it is loaded.
    await this.bus.follow(covenantId);
    let doc: Doc | null = null;
    try {
      doc = await this.store.load(covenantId);
    } finally {
      if (!doc) this.bus.unfollow(covenantId);
    }
    if (!doc) return null;
    const awareness = new awarenessProtocol.Awareness(doc);
    // The server itself is not a participant.
    awareness.setLocalState(null);
    const live: LiveDocument = {
      covenantId,
      doc,
      awareness,
      members: new Set(),
      size: Y.encodeStateAsUpdate(doc).byteLength,
      waiting: 0,
      sinceCompaction: 0,
    };
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      this.changeListeners.forEach((listener) => listener(live, update, origin));
    });
    this.metrics.documentsLoaded.inc();
    return live;
  }

  /**
   * Stores a client's update, then applies it here and sends it on. Updates
   * are committed in the order they were submitted.
   */
  submit(live: LiveDocument, update: AuthoredUpdate, origin: unknown): Promise<CommitOutcome> {
    live.waiting += 1;
    const outcome = new Promise<CommitOutcome>((settle) => this.queue.push({ ...update, live, origin, settle }));
    this.committing ??= this.commitLoop();
    return outcome;
  }

  private async commitLoop(): Promise<void> {
    try {
      // The messages read from the network in this turn of the event loop join the first statement.
      await new Promise((next) => setImmediate(next));
      while (this.queue.length) {
        const batch = this.queue.splice(0, MAX_BATCH);
        this.metrics.commitGroupSize.observe(batch.length);
        let stored: boolean[];
        const timer = this.metrics.commitLatency.startTimer();
        try {
          stored = await this.store.append(batch);
          if (this.storeDown) this.logger.log('the document store answers again');
          this.storeDown = false;
        } catch (error) {
          if (!this.storeDown) this.logger.error(`could not store updates: ${String(error)}`);
          this.storeDown = true;
          this.settle(batch, () => 'unavailable');
          continue;
        } finally {
          timer();
        }
        this.settle(batch, (pending, index) => {
          if (!stored[index]) return 'refused';
          pending.live.sinceCompaction += 1;
          return this.integrate(pending.live, pending.update, pending.origin);
        });
        this.publish(batch.filter((_, index) => stored[index]));
      }
    } finally {
      this.committing = null;
    }
  }

  private settle(batch: Pending[], outcome: (pending: Pending, index: number) => CommitOutcome) {
    batch.forEach((pending, index) => {
      pending.live.waiting -= 1;
      pending.settle(outcome(pending, index));
    });
    for (const live of new Set(batch.map((pending) => pending.live))) {
      if (live.sinceCompaction < COMPACT_EVERY) continue;
      live.sinceCompaction = 0;
      this.store
        .compact(live.covenantId)
        .catch((error: unknown) => this.logger.error(`compaction failed: ${String(error)}`));
    }
  }

  /** Committed updates to the other processes, one message per document. */
  private publish(committed: Pending[]) {
    const byCovenant = new Map<string, Uint8Array[]>();
    for (const pending of committed) {
      const updates = byCovenant.get(pending.covenantId);
      if (updates) updates.push(pending.update);
      else byCovenant.set(pending.covenantId, [pending.update]);
    }
    byCovenant.forEach((updates, covenantId) => this.bus.publish(covenantId, updates));
  }

  /** Applies a committed update; 'incomplete' when part of it waits for changes this process never received. */
  private integrate(live: LiveDocument, update: Uint8Array, origin: unknown): CommitOutcome {
    Y.applyUpdate(live.doc, update, origin);
    live.size += update.byteLength;
    if (!live.doc.store.pendingStructs) return 'stored';
    const waiting = Y.decodeUpdate(Y.diffUpdate(update, Y.encodeStateVector(live.doc)));
    return waiting.structs.length ? 'incomplete' : 'stored';
  }

  /**
   * A change the server committed to the store itself: it reaches the
   * document here (and so every socket in its room) and the other processes.
   */
  integrateCommitted(covenantId: string, update: Uint8Array): void {
    void this.live.get(covenantId)?.then((live) => {
      if (!live) return;
      Y.applyUpdate(live.doc, update, FROM_SERVER);
      live.size += update.byteLength;
    });
    this.bus.publish(covenantId, [update]);
  }

  /** Brings every document in memory up to date with the store. */
  async catchUp(): Promise<void> {
    const docs = (await Promise.all([...this.live.values()])).filter((live): live is LiveDocument => !!live);
    if (!docs.length) return;
    try {
      const states = await this.store.states(docs.map((live) => live.covenantId));
      docs.forEach((live, index) => {
        const pieces = states[index];
        if (pieces) Y.transact(live.doc, () => pieces.forEach((piece) => Y.applyUpdate(live.doc, piece)), FROM_STORE);
      });
    } catch (error) {
      this.logger.error(`could not catch up the documents: ${String(error)}`);
    }
  }

  async leave(covenantId: string, memberId: string): Promise<void> {
    const entry = this.live.get(covenantId);
    const live = entry ? await entry : null;
    if (!live) return;
    live.members.delete(memberId);
    if (live.members.size) return;
    this.live.delete(covenantId);
    this.bus.unfollow(covenantId);
    // Its updates still being committed are applied to it first.
    while (live.waiting && this.committing) await this.committing;
    live.awareness.destroy();
    live.doc.destroy();
    this.metrics.documentsLoaded.dec();
    await this.store
      .compact(covenantId)
      .catch((error: unknown) => this.logger.error(`compaction failed: ${String(error)}`));
  }

  async onModuleDestroy(): Promise<void> {
    await this.committing;
  }
}
