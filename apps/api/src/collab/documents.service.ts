/** Reads covenants' live Yjs documents (snapshot and log) and renders their text. */
import { Injectable } from '@nestjs/common';
import { DocumentStore } from './document-store';
import { renderBodyHtml } from './document';
import { Y } from './document/yjs';

@Injectable()
export class DocumentsService {
  constructor(private readonly store: DocumentStore) {}

  /** Sanitised HTML of each covenant's `body`, in the order asked; empty when a covenant has no text yet. */
  async renderHtml(covenantIds: readonly string[]): Promise<string[]> {
    const states = await this.store.states(covenantIds);
    return states.map((state) => {
      if (!state) return '';
      const doc = new Y.Doc();
      doc.transact(() => state.forEach((piece) => Y.applyUpdate(doc, piece)));
      const html = renderBodyHtml(doc.getXmlFragment('body'));
      doc.destroy();
      return html;
    });
  }
}
