/**
 * Covenant documents held in memory while anyone is connected. Loads of one
 * document share one promise; client updates are applied at once and
 * committed in groups (one INSERT for whatever arrived while the previous
 * commit was in flight), and each update's promise resolves only once it is
 * durable. The log is folded into the snapshot every few hundred updates and
 * when the last person leaves.
 */
import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { CollabBus } from './collab-bus';
import { DocumentStore } from './document-store';
import { awarenessProtocol, type Awareness } from './document/protocols';
import { Y, type Doc } from './document/yjs';

export const MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;
const COMPACT_EVERY = 500;

interface Pending {
  update: Uint8Array;
  resolve(): void;
  reject(error: unknown): void;
}

export interface LiveDocument {
  covenantId: string;
  doc: Doc;
  awareness: Awareness;
  /** Sockets that joined; the document is unloaded when the last one leaves. */
  members: Set<string>;
  /** Bytes stored so far (snapshot and log), to refuse growth past the limit without re-encoding. */
  size: number;
  queue: Pending[];
  committing: Promise<void> | null;
  sinceCompaction: number;
  /** The covenant's status, re-read at most every STATUS_TTL_MS (sooner when this process changes it). */
  status: { value: string; readAt: number } | null;
}

/** The text was frozen (opened for signature, or closed) while the update was on its way to the store. */
export class EditRefusedError extends Error {
  constructor() {
    super('The covenant’s text was frozen before this edit could be saved, so it was not kept.');
    this.name = 'EditRefusedError';
  }
}

/** Another process's status change reaches this one's edit check within this time. */
const STATUS_TTL_MS = 1000;

@Injectable()
export class DocumentRegistry implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(DocumentRegistry.name);
  private readonly live = new Map<string, Promise<LiveDocument | null>>();

  constructor(
    private readonly store: DocumentStore,
    private readonly bus: CollabBus,
  ) {}

  onModuleInit() {
    this.bus.onUpdate((covenantId, update) => {
      // Loading or loaded here: apply once it is in memory (Yjs ignores what it already has).
      this.live.get(covenantId)?.then((live) => live && Y.applyUpdate(live.doc, update, this.bus));
    });
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
    const doc = await this.store.load(covenantId);
    if (!doc) return null;
    const awareness = new awarenessProtocol.Awareness(doc);
    // The server itself is not a participant.
    awareness.setLocalState(null);
    return {
      covenantId,
      doc,
      awareness,
      members: new Set(),
      size: Y.encodeStateAsUpdate(doc).byteLength,
      queue: [],
      committing: null,
      sinceCompaction: 0,
      status: null,
    };
  }

  /** The covenant's current status, cached briefly so a stream of keystrokes costs no query each. */
  async status(live: LiveDocument): Promise<string> {
    if (!live.status || Date.now() - live.status.readAt > STATUS_TTL_MS) {
      live.status = { value: await this.store.covenantStatus(live.covenantId), readAt: Date.now() };
    }
    return live.status.value;
  }

  forgetStatus(covenantId: string) {
    this.live.get(covenantId)?.then((live) => live && (live.status = null));
  }

  /** Applies a client's update now (others see it at once) and resolves once it is committed. */
  applyAndCommit(live: LiveDocument, update: Uint8Array, origin: unknown): Promise<void> {
    Y.applyUpdate(live.doc, update, origin);
    this.bus.publish(live.covenantId, update);
    live.size += update.byteLength;
    const durable = new Promise<void>((resolve, reject) => live.queue.push({ update, resolve, reject }));
    if (!live.committing) live.committing = this.commitLoop(live);
    return durable;
  }

  private async commitLoop(live: LiveDocument): Promise<void> {
    try {
      while (live.queue.length) {
        const batch = live.queue.splice(0);
        try {
          const stored = await this.store.append(
            live.covenantId,
            batch.map((pending) => pending.update),
          );
          if (!stored) {
            batch.forEach((pending) => pending.reject(new EditRefusedError()));
            this.discard(live);
            continue;
          }
          batch.forEach((pending) => pending.resolve());
          live.sinceCompaction += batch.length;
        } catch (error) {
          batch.forEach((pending) => pending.reject(error));
        }
      }
    } finally {
      live.committing = null;
    }
    if (live.sinceCompaction >= COMPACT_EVERY) {
      live.sinceCompaction = 0;
      this.store
        .compact(live.covenantId)
        .catch((error: unknown) => this.logger.error(`compaction failed: ${String(error)}`));
    }
  }

  /**
   * Forgets a document that holds an update the store refused: whoever joins
   * next gets the text as stored.
   */
  private discard(live: LiveDocument) {
    this.live.get(live.covenantId)?.then((current) => {
      if (current !== live) return;
      this.live.delete(live.covenantId);
      live.awareness.destroy();
    });
  }

  async leave(covenantId: string, memberId: string): Promise<void> {
    const entry = this.live.get(covenantId);
    const live = entry ? await entry : null;
    if (!live) return;
    live.members.delete(memberId);
    if (live.members.size) return;
    this.live.delete(covenantId);
    await live.committing;
    live.awareness.destroy();
    live.doc.destroy();
    await this.store
      .compact(covenantId)
      .catch((error: unknown) => this.logger.error(`compaction failed: ${String(error)}`));
  }

  async onModuleDestroy(): Promise<void> {
    const docs = await Promise.all([...this.live.values()]);
    await Promise.all(docs.map((live) => live?.committing));
  }
}
