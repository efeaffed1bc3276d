import { TEMPLATE_COMMUNITY_RIGHTS_TITLES, TEMPLATE_SECTION_TITLES, writeCovenantTemplate } from './covenant-template';
import { bodyToProseMirrorJson } from './prosemirror-json';
import { renderBodyHtml } from './render-html';
import { Y, type Doc, type XmlElement, type XmlText } from './yjs';

type JsonNode = { type: string; text?: string; attrs?: Record<string, unknown>; content?: JsonNode[] };

function templateDoc(title = 'Riverside Covenant', neighbourhoodName = 'Riverside'): Doc {
  const doc = new Y.Doc();
  writeCovenantTemplate(doc, { title, neighbourhoodName });
  return doc;
}

function textOf(node: JsonNode): string {
  return node.text ?? (node.content ?? []).map(textOf).join('');
}

function headings(doc: Doc): [unknown, string][] {
  return (bodyToProseMirrorJson(doc.getXmlFragment('body')).content as JsonNode[])
    .filter((node) => node.type === 'heading')
    .map((node) => [node.attrs?.level, textOf(node)]);
}

function decodeHtmlText(html: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
  return html.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => entities[name]);
}

describe('writeCovenantTemplate', () => {
  it('exports the section titles in order', () => {
    expect(TEMPLATE_SECTION_TITLES).toEqual([
      'Our shared ambition',
      'How we will work together',
      'Community rights here',
      'Commitments',
      'Governance, review and renewal',
    ]);
    expect(TEMPLATE_COMMUNITY_RIGHTS_TITLES).toEqual([
      'Shaping public services',
      'Controlling investment',
      'Community assets',
    ]);
  });

  it('writes the title and the sections as headings, in order', () => {
    expect(headings(templateDoc())).toEqual([
      [1, 'Riverside Covenant'],
      [2, 'Our shared ambition'],
      [2, 'How we will work together'],
      [2, 'Community rights here'],
      [3, 'Shaping public services'],
      [3, 'Controlling investment'],
      [3, 'Community assets'],
      [2, 'Commitments'],
      [2, 'Governance, review and renewal'],
    ]);
  });

  it('follows every section heading with an italic prompt paragraph', () => {
    const content = bodyToProseMirrorJson(templateDoc().getXmlFragment('body')).content as JsonNode[];
    content.slice(1).forEach((node, index) => {
      if (index % 2 === 0) {
        expect(node.type).toBe('heading');
        return;
      }
      expect(node).toStrictEqual({
        type: 'paragraph',
        content: [{ type: 'text', text: expect.any(String), marks: [{ type: 'italic' }] }],
      });
    });
    expect(content).toHaveLength(1 + 2 * 8);
  });

  it('ties each community right to its prompt and names the neighbourhood', () => {
    const content = bodyToProseMirrorJson(templateDoc().getXmlFragment('body')).content as JsonNode[];
    const promptAfter = (title: string) => textOf(content[content.findIndex((node) => textOf(node) === title) + 1]);
    expect(promptAfter('Shaping public services')).toContain('Community Right to Shape Public Services');
    expect(promptAfter('Controlling investment')).toContain('Community Right to Control Investment');
    expect(promptAfter('Community assets')).toContain('Community Right to Buy');
    expect(promptAfter('Our shared ambition')).toContain('Riverside');
    expect(promptAfter('Commitments')).toMatch(/commitments are listed/);
    expect(promptAfter('Governance, review and renewal')).toMatch(/once a year/);
  });

  it('stores heading levels as numbers and marks as y-prosemirror does', () => {
    const body = templateDoc().getXmlFragment('body');
    const [title, section, prompt] = body.toArray() as XmlElement[];
    expect(title.getAttribute('level')).toBe(1);
    expect(section.getAttribute('level')).toBe(2);
    const [words] = prompt.toArray() as XmlText[];
    expect(words.toDelta()).toEqual([{ insert: expect.any(String), attributes: { italic: {} } }]);
  });

  it('writes the whole template in one transaction', () => {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    writeCovenantTemplate(doc, { title: 'T', neighbourhoodName: 'N' });
    expect(updates).toHaveLength(1);
  });

  it('renders to HTML containing the headings', () => {
    const html = renderBodyHtml(templateDoc().getXmlFragment('body'));
    expect(html.startsWith('<h1>Riverside Covenant</h1><h2>Our shared ambition</h2><p><em>')).toBe(true);
    for (const title of TEMPLATE_SECTION_TITLES) expect(html).toContain(`<h2>${title}</h2>`);
    for (const title of TEMPLATE_COMMUNITY_RIGHTS_TITLES) expect(html).toContain(`<h3>${title}</h3>`);
  });

  it('escapes a title and neighbourhood name containing markup', () => {
    const html = renderBodyHtml(templateDoc('<b>Ours</b>', 'St <Mary>').getXmlFragment('body'));
    expect(html).toContain('<h1>&lt;b&gt;Ours&lt;/b&gt;</h1>');
    expect(html).toContain('St &lt;Mary&gt;');
    expect(html).not.toContain('<Mary>');
  });

  it('has the same text in its JSON as in its HTML', () => {
    const body = templateDoc('Tom’s "Big" Plan & more', "King's Cross").getXmlFragment('body');
    const json = bodyToProseMirrorJson(body);
    const blocks = json.content as JsonNode[];
    const htmlBlocks = renderBodyHtml(body).match(/<(h[1-3]|p)>.*?<\/\1>/g) ?? [];
    expect(htmlBlocks.map(decodeHtmlText)).toEqual(blocks.map(textOf));
  });

  it('renders identically after the document is encoded and applied to a fresh one', () => {
    const doc = templateDoc();
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    expect(renderBodyHtml(copy.getXmlFragment('body'))).toBe(renderBodyHtml(doc.getXmlFragment('body')));
    expect(bodyToProseMirrorJson(copy.getXmlFragment('body'))).toStrictEqual(
      bodyToProseMirrorJson(doc.getXmlFragment('body')),
    );
  });

  it('falls back to general wording when the names are blank', () => {
    const doc = templateDoc('  ', ' ');
    expect(headings(doc)[0]).toEqual([1, 'Community covenant for the neighbourhood']);
    expect(renderBodyHtml(doc.getXmlFragment('body'))).toContain('people in the neighbourhood want to change');
  });

  it('refuses to overwrite a body that already has text', () => {
    const doc = templateDoc();
    const before = renderBodyHtml(doc.getXmlFragment('body'));
    expect(() => writeCovenantTemplate(doc, { title: 'Again', neighbourhoodName: 'Elsewhere' })).toThrow(
      /already has text/,
    );
    expect(renderBodyHtml(doc.getXmlFragment('body'))).toBe(before);
  });
});
