/**
 * Changes the server makes to a covenant's text, inside the caller's
 * transaction: the change is stored with the rest of it, and only once it has
 * committed does it reach the open documents, their editors and readers, and
 * the other processes. A change that rolls back leaves no trace.
 */
import { Injectable } from '@nestjs/common';
import type { Tx } from '../core/database/unit-of-work';
import { DocumentRegistry } from './document-registry';
import { DocumentStore } from './document-store';
import { DocumentUpdateEntity } from './document-update.entity';
import { BODY_FRAGMENT } from '@covenant/collab-protocol';
import { Y, type Doc, type XmlFragment } from './document/yjs';

@Injectable()
export class DocumentEdits {
  constructor(
    private readonly store: DocumentStore,
    private readonly registry: DocumentRegistry,
  ) {}

  /** Reads the stored text as it is in the caller's transaction; null when the covenant has none. */
  async read<T>(tx: Tx, covenantId: string, read: (doc: Doc, body: XmlFragment) => T): Promise<T | null> {
    const doc = await this.store.readIn(tx.manager, covenantId);
    if (!doc) return null;
    try {
      return read(doc, doc.getXmlFragment(BODY_FRAGMENT));
    } finally {
      doc.destroy();
    }
  }

  /** Reads the stored text (null when the covenant has none) and lets `edit` change it. */
  async change<T>(tx: Tx, covenantId: string, edit: (doc: Doc, body: XmlFragment) => T): Promise<T | null> {
    let update: Uint8Array | null = null;
    const outcome = await this.read(tx, covenantId, (doc, body) => {
      const updates: Uint8Array[] = [];
      doc.on('update', (piece: Uint8Array) => updates.push(piece));
      const answer = edit(doc, body);
      if (updates.length) update = updates.length === 1 ? updates[0] : Y.mergeUpdates(updates);
      return answer;
    });
    if (update) {
      const committed: Uint8Array = update;
      await tx.manager.insert(DocumentUpdateEntity, { covenantId, update: Buffer.from(committed) });
      tx.afterCommit(() => this.registry.integrateCommitted(covenantId, committed));
    }
    return outcome;
  }
}
