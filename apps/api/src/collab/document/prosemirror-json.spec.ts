import { bodyToProseMirrorJson } from './prosemirror-json';
import { renderBodyHtml } from './render-html';
import { bodyOf, el, text } from '../../../test/support/yjs-body';
import { Y } from './yjs';

describe('bodyToProseMirrorJson', () => {
  it('gives an empty doc for an empty body', () => {
    expect(bodyToProseMirrorJson(bodyOf())).toEqual({ type: 'doc', content: [] });
  });

  it('gives TipTap JSON, with attrs, content and marks only when present', () => {
    const body = bodyOf(
      el('heading', { level: 2 }, text(['Plan'])),
      el('paragraph', {}),
      el(
        'paragraph',
        {},
        text(['Plain '], ['bold', { bold: {} }], [' link', { link: { href: 'https://example.org' }, italic: {} }]),
        el('hardBreak', {}),
        text(['next']),
      ),
      el('orderedList', { start: 1 }, el('listItem', {}, el('paragraph', {}, text(['one'])))),
      el('bulletList', {}, el('listItem', {})),
    );
    expect(bodyToProseMirrorJson(body)).toStrictEqual({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Plan' }] },
        { type: 'paragraph' },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Plain ' },
            { type: 'text', text: 'bold', marks: [{ type: 'bold' }] },
            {
              type: 'text',
              text: ' link',
              marks: [{ type: 'link', attrs: { href: 'https://example.org' } }, { type: 'italic' }],
            },
            { type: 'hardBreak' },
            { type: 'text', text: 'next' },
          ],
        },
        {
          type: 'orderedList',
          attrs: { start: 1 },
          content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'one' }] }] }],
        },
        { type: 'bulletList', content: [{ type: 'listItem' }] },
      ],
    });
  });

  it('normalises heading levels and ordered list starts the way the HTML does', () => {
    const body = bodyOf(
      el('heading', { level: 9 }, text(['deep'])),
      el('heading', {}, text(['none'])),
      el('orderedList', { start: 'x', type: 'a' }),
    );
    expect(bodyToProseMirrorJson(body).content).toStrictEqual([
      { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'deep' }] },
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'none' }] },
      { type: 'orderedList' },
    ]);
  });

  it('skips what the HTML does not render: unknown nodes, attributes and marks, and unsafe links', () => {
    const body = bodyOf(
      el('blockquote', {}, el('paragraph', {}, text(['quoted']))),
      el(
        'paragraph',
        { textAlign: 'center' },
        text(['click', { link: { href: 'javascript:alert(1)', target: '_blank' } }]),
        el('mention', { id: 'u1' }),
        text([' me', { underline: {} }]),
      ),
      el('paragraph', {}, text(['site', { link: { href: 'https://example.org', target: '_blank', class: null } }])),
    );
    expect(bodyToProseMirrorJson(body).content).toStrictEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'click me' }] },
      {
        type: 'paragraph',
        content: [{ type: 'text', text: 'site', marks: [{ type: 'link', attrs: { href: 'https://example.org' } }] }],
      },
    ]);
    expect(renderBodyHtml(body)).toBe(
      '<p>click me</p><p><a href="https://example.org" rel="noopener noreferrer nofollow">site</a></p>',
    );
  });

  it('gives the same JSON after the document is encoded and applied to a fresh one', () => {
    const doc = new Y.Doc();
    doc.getXmlFragment('body').insert(0, [el('heading', { level: 1 }, text(['T', { bold: {} }]))]);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    expect(bodyToProseMirrorJson(copy.getXmlFragment('body'))).toStrictEqual(
      bodyToProseMirrorJson(doc.getXmlFragment('body')),
    );
  });
});
