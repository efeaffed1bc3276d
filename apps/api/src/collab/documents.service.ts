/** Reads covenants' live Yjs documents and renders their text. */
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Y } from './document/yjs';
import { In, Repository } from 'typeorm';
import { CovenantDocumentEntity } from './covenant-document.entity';
import { renderBodyHtml } from './document';

@Injectable()
export class DocumentsService {
  constructor(
    @InjectRepository(CovenantDocumentEntity) private readonly documents: Repository<CovenantDocumentEntity>,
  ) {}

  /** Sanitised HTML of each covenant's `body`, in the order asked; empty when a covenant has no text yet. */
  async renderHtml(covenantIds: readonly string[]): Promise<string[]> {
    const rows = await this.documents.findBy({ covenantId: In([...covenantIds]) });
    const byId = new Map(rows.map((row) => [row.covenantId, row.state]));
    return covenantIds.map((id) => {
      const state = byId.get(id);
      if (!state) return '';
      const doc = new Y.Doc();
      Y.applyUpdate(doc, new Uint8Array(state));
      const html = renderBodyHtml(doc.getXmlFragment('body'));
      doc.destroy();
      return html;
    });
  }
}
