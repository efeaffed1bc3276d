/**
 * Passages of a covenant's stored text as a client anchors them (base64 of
 * the start then end Yjs relative position), and proposing amendments on them.
 */
import * as Y from 'yjs';
import { sql, type WithDatabase } from './sql';
import type { GraphQLClient } from './test-app';

/** The covenant's text as stored (snapshot, then the log). */
export async function storedDoc(api: WithDatabase, covenantId: string): Promise<Y.Doc> {
  const [snapshot] = await sql<{ state: Buffer }>(api, 'SELECT state FROM covenant_documents WHERE covenant_id = $1', [
    covenantId,
  ]);
  const updates = await sql<{ update: Buffer }>(
    api,
    'SELECT update FROM covenant_document_updates WHERE covenant_id = $1 ORDER BY id',
    [covenantId],
  );
  const doc = new Y.Doc();
  [snapshot.state, ...updates.map((row) => row.update)].forEach((piece) => Y.applyUpdate(doc, new Uint8Array(piece)));
  return doc;
}

/** Every run of text in the body, in reading order. */
export function textsOf(parent: Y.XmlFragment | Y.XmlElement): Y.XmlText[] {
  return parent
    .toArray()
    .flatMap((node) => (node instanceof Y.XmlText ? [node] : node instanceof Y.XmlElement ? textsOf(node) : []));
}

/** The characters of a run of text, without its formatting. */
export function plain(text: Y.XmlText): string {
  return (text.toDelta() as { insert: unknown }[])
    .map((op) => (typeof op.insert === 'string' ? op.insert : ' '))
    .join('');
}

export function encodeAnchor(start: Y.RelativePosition, end: Y.RelativePosition): string {
  return Buffer.concat([Y.encodeRelativePosition(start), Y.encodeRelativePosition(end)]).toString('base64');
}

/** The anchor of the first place `phrase` appears in the text. */
export function anchorOf(doc: Y.Doc, phrase: string): string {
  for (const text of textsOf(doc.getXmlFragment('body'))) {
    const index = plain(text).indexOf(phrase);
    if (index < 0) continue;
    return encodeAnchor(
      Y.createRelativePositionFromTypeIndex(text, index),
      Y.createRelativePositionFromTypeIndex(text, index + phrase.length),
    );
  }
  throw new Error(`"${phrase}" is not in the text`);
}

export async function anchorIn(api: WithDatabase, covenantId: string, phrase: string): Promise<string> {
  const doc = await storedDoc(api, covenantId);
  try {
    return anchorOf(doc, phrase);
  } finally {
    doc.destroy();
  }
}

/** A phrase of the covenant template's "How we will work together". */
export const TEMPLATE_PHRASE = 'how the parties will meet and how often';

export async function proposeAmendment(
  api: GraphQLClient & WithDatabase,
  covenantId: string,
  token: string,
  fields: Partial<{ quote: string; proposedText: string; reason: string }> = {},
): Promise<{ id: string; number: number }> {
  const quote = fields.quote ?? TEMPLATE_PHRASE;
  const response = await api.gql<{ proposeAmendment: { id: string; number: number } }>(
    `mutation ($input: AmendmentInput!) { proposeAmendment(input: $input) { id number } }`,
    {
      input: {
        covenantId,
        quote,
        anchor: await anchorIn(api, covenantId, quote),
        proposedText: fields.proposedText ?? 'where and how often the parties will meet, always in public',
        reason: fields.reason ?? 'Residents should be able to attend.',
      },
    },
    { token },
  );
  if (!response.data) throw new Error(`proposeAmendment failed: ${JSON.stringify(response.errors)}`);
  return response.data.proposeAmendment;
}
