/** Reads covenants' live Yjs documents (snapshot and log) and renders their text. */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DocumentStore } from './document-store';
import { BODY_FRAGMENT, type DocJson } from '@covenant/collab-protocol';
import type { Tx } from '../core/database/unit-of-work';
import { CovenantLifecycle, type StartedCovenant } from '../modules/covenants/covenant-lifecycle';
import { CovenantDocumentEntity } from './covenant-document.entity';
import { bodyToProseMirrorJson, renderBodyHtml, writeCovenantTemplate } from './document';
import { Y } from './document/yjs';

@Injectable()
export class DocumentsService {
  constructor(
    private readonly store: DocumentStore,
    lifecycle: CovenantLifecycle,
  ) {
    lifecycle.onStarted((tx, started) => this.start(tx, started));
  }

  /** A new covenant's live document: the template, or an empty page. */
  private async start({ manager }: Tx, { covenant, neighbourhoodName, fromTemplate }: StartedCovenant) {
    const doc = new Y.Doc();
    if (fromTemplate) writeCovenantTemplate(doc, { title: covenant.title, neighbourhoodName });
    await manager.insert(CovenantDocumentEntity, {
      covenantId: covenant.id,
      state: Buffer.from(Y.encodeStateAsUpdate(doc)),
    });
  }

  /** Sanitised HTML of each covenant's `body`, in the order asked; empty when a covenant has no text yet. */
  async renderHtml(covenantIds: readonly string[]): Promise<string[]> {
    const states = await this.store.states(covenantIds);
    return states.map((state) => {
      if (!state) return '';
      const doc = new Y.Doc();
      doc.transact(() => state.forEach((piece) => Y.applyUpdate(doc, piece)));
      const html = renderBodyHtml(doc.getXmlFragment(BODY_FRAGMENT));
      doc.destroy();
      return html;
    });
  }

  /** The stored text as JSON and HTML, read in the caller's transaction: what a version freezes. */
  async freeze(manager: EntityManager, covenantId: string): Promise<{ json: DocJson; html: string }> {
    const doc = await this.store.readIn(manager, covenantId);
    if (!doc) return { json: { type: 'doc', content: [] }, html: '' };
    const body = doc.getXmlFragment(BODY_FRAGMENT);
    const frozen = { json: bodyToProseMirrorJson(body), html: renderBodyHtml(body) };
    doc.destroy();
    return frozen;
  }
}
