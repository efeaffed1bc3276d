/** Reads covenants' live Yjs documents (snapshot and log) and renders their text. */
import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DocumentStore } from './document-store';
import { BODY_FRAGMENT, type DocJson } from '@covenant/collab-protocol';
import type { Tx } from '../core/database/unit-of-work';
import { CovenantLifecycle, type StartedCovenant } from '../modules/covenants/covenant-lifecycle';
import { CovenantDocumentEntity } from './covenant-document.entity';
import { DocumentEdits } from './document-edits';
import {
  bodyToProseMirrorJson,
  locate,
  sectionAt,
  nameSections,
  readSections,
  renderBodyHtml,
  writeCovenantTemplate,
  type Section,
} from './document';
import { Y, covenantDoc, type XmlFragment } from './document/yjs';

export interface Places {
  sections: Section[];
  places: (Section | null)[];
}

/** How many covenants' rendered text the process keeps. */
const RENDERED = 500;

/** A digest of a document's stored pieces: the same pieces make the same text. */
function digestOf(pieces: Uint8Array[]): string {
  const hash = createHash('sha1');
  for (const piece of pieces) hash.update(`${piece.length}:`).update(piece);
  return hash.digest('base64');
}

/** What `read` finds in the body of the document the stored pieces make. */
function readState<T>(covenantId: string, state: Uint8Array[], read: (body: XmlFragment) => T): T {
  const doc = covenantDoc(covenantId, state);
  const answer = read(doc.getXmlFragment(BODY_FRAGMENT));
  doc.destroy();
  return answer;
}

@Injectable()
export class DocumentsService {
  /**
   * The last rendering of each covenant's text, with the digest of the pieces it came from. Pages
   * ask for a text far more often than it changes, and building the document to render it costs
   * more than reading its pieces; the pieces are read every time, so a change shows at once.
   */
  private readonly rendered = new Map<string, { digest: string; html: string }>();

  constructor(
    private readonly store: DocumentStore,
    private readonly edits: DocumentEdits,
    lifecycle: CovenantLifecycle,
  ) {
    lifecycle.onStarted((tx, started) => this.start(tx, started));
    lifecycle.onMoved(async (tx, covenantId, transition) => {
      // Residents respond section by section: every section needs its id before they can.
      if (transition === 'openConsultation') await this.edits.change(tx, covenantId, (_, body) => nameSections(body));
      return {};
    });
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
    return states.map((state, index) => {
      if (!state) return '';
      const covenantId = covenantIds[index];
      const digest = digestOf(state);
      const known = this.rendered.get(covenantId);
      this.rendered.delete(covenantId);
      const html = known?.digest === digest ? known.html : readState(covenantId, state, renderBodyHtml);
      if (this.rendered.size >= RENDERED) this.rendered.delete(this.rendered.keys().next().value!);
      this.rendered.set(covenantId, { digest, html });
      return html;
    });
  }

  /** Each covenant's sections as its stored text has them, in the order asked. */
  sectionsOf(covenantIds: readonly string[]): Promise<Section[][]> {
    return this.readBodies(covenantIds, readSections, []);
  }

  /** A covenant's sections, and the section each anchored passage lies in (null where it does not resolve). */
  async placesOf(covenantId: string, anchors: readonly (string | null)[]): Promise<Places> {
    const [places] = await this.readBodies(
      [covenantId],
      (body) => ({
        sections: readSections(body),
        places: anchors.map((anchor) => {
          const passage = anchor && body.doc ? locate(body.doc, anchor) : null;
          return passage ? sectionAt(body, passage.text) : null;
        }),
      }),
      { sections: [], places: anchors.map(() => null) },
    );
    return places;
  }

  private async readBodies<T>(covenantIds: readonly string[], read: (body: XmlFragment) => T, none: T): Promise<T[]> {
    const states = await this.store.states(covenantIds);
    return states.map((state, index) => (state ? readState(covenantIds[index], state, read) : none));
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
