import { renderBodyHtml } from './render-html';
import { bodyOf, type Attributes, type Child, el, paragraph, text } from '../../../test/support/yjs-body';
import { Y, type XmlElement } from './yjs';

function render(...children: Child[]): string {
  return renderBodyHtml(bodyOf(...children));
}

describe('renderBodyHtml', () => {
  it('renders an empty body as an empty string', () => {
    expect(render()).toBe('');
  });

  it('renders paragraphs and headings', () => {
    expect(render(el('heading', { level: 1 }, text(['Title'])), paragraph(['Hello']), el('paragraph', {}))).toBe(
      '<h1>Title</h1><p>Hello</p><p></p>',
    );
  });

  it.each([
    [1, 'h1'],
    [3, 'h3'],
    [7, 'h3'],
    [0, 'h1'],
    [-2, 'h1'],
    [2.5, 'h2'],
    ['1', 'h1'],
    ['big', 'h2'],
    [undefined, 'h2'],
  ])('renders a heading of level %p as <%s>', (level, tag) => {
    const attributes: Attributes = level === undefined ? {} : { level };
    expect(render(el('heading', attributes, text(['Words'])))).toBe(`<${tag}>Words</${tag}>`);
  });

  describe('escaping', () => {
    it('escapes markup in text', () => {
      expect(render(paragraph(['<script>alert("x") & \'y\'</script>']))).toBe(
        '<p>&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;</p>',
      );
    });

    it('keeps event-handler-looking text as text', () => {
      const html = render(paragraph(['<img src=x onerror=alert(1)> and <a href="#" onclick="steal()">']));
      expect(html).not.toMatch(/<img|<a /);
      expect(html).toBe(
        '<p>&lt;img src=x onerror=alert(1)&gt; and &lt;a href=&quot;#&quot; onclick=&quot;steal()&quot;&gt;</p>',
      );
    });

    it('escapes quotes and markup in a link href', () => {
      const html = render(paragraph(['here', { link: { href: "https://example.org/?q=\"><script>&x='1'" } }]));
      expect(html).toBe(
        '<p><a href="https://example.org/?q=&quot;&gt;&lt;script&gt;&amp;x=&#39;1&#39;" rel="noopener noreferrer nofollow">here</a></p>',
      );
    });

    it('does not render element attributes it does not know', () => {
      expect(render(el('paragraph', { onclick: 'steal()', style: 'color:red' }, text(['Hi'])))).toBe('<p>Hi</p>');
    });
  });

  describe('links', () => {
    it.each(['https://example.org/plan', 'http://example.org', 'HTTPS://EXAMPLE.ORG', 'mailto:hello@example.org'])(
      'renders %s as a link',
      (href) => {
        expect(render(paragraph(['site', { link: { href } }]))).toBe(
          `<p><a href="${href}" rel="noopener noreferrer nofollow">site</a></p>`,
        );
      },
    );

    it.each([
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'https://example.org/\n',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'ftp://example.org/file',
      '/covenants/1',
      '../relative',
      '//example.org/protocol-relative',
      '#top',
      'https:/example.org',
      '',
    ])('renders %p as plain text', (href) => {
      const html = render(paragraph(['Click me', { link: { href } }]));
      expect(html).toBe('<p>Click me</p>');
    });

    it('ignores a link mark without an href object', () => {
      expect(render(paragraph(['a', { link: true }]), paragraph(['b', { link: { href: 42 } }]))).toBe(
        '<p>a</p><p>b</p>',
      );
    });
  });

  describe('marks', () => {
    it('renders bold and italic, whether stored as attrs objects or true', () => {
      expect(render(paragraph(['b', { bold: {} }], [' i', { italic: true }]))).toBe(
        '<p><strong>b</strong><em> i</em></p>',
      );
    });

    it('nests link outside bold outside italic, whatever order the marks were stored in', () => {
      const marks = { italic: {}, bold: {}, link: { href: 'https://example.org' } };
      const expected =
        '<p><a href="https://example.org" rel="noopener noreferrer nofollow"><strong><em>all three</em></strong></a></p>';
      expect(render(paragraph(['all three', marks]))).toBe(expected);
      const reversed = { link: { href: 'https://example.org' }, bold: {}, italic: {} };
      expect(render(paragraph(['all three', reversed]))).toBe(expected);
    });

    it('marks wording an accepted amendment put into the text, with its number, ignoring a malformed one', () => {
      expect(render(paragraph(['Open ', {}], ['every day', { amendment: { number: 4 }, bold: {} }]))).toBe(
        '<p>Open <strong><ins class="amended" data-amendment="4" title="Amended by amendment 4">every day</ins></strong></p>',
      );
      expect(render(paragraph(['plain', { amendment: { number: '4"><script>' } }]))).toBe('<p>plain</p>');
    });

    it('wraps neighbouring runs that share a mark once', () => {
      const link = { href: 'https://example.org' };
      expect(render(paragraph(['Read ', { link, bold: {} }], ['the plan', { link }], [' today', { bold: {} }]))).toBe(
        '<p><a href="https://example.org" rel="noopener noreferrer nofollow"><strong>Read </strong>the plan</a><strong> today</strong></p>',
      );
    });

    it('merges runs that only differ in marks it does not render', () => {
      expect(render(paragraph(['one ', { bold: {} }], ['two', { bold: {}, underline: {}, strike: {} }]))).toBe(
        '<p><strong>one two</strong></p>',
      );
    });

    it('merges runs across neighbouring text nodes', () => {
      expect(render(el('paragraph', {}, text(['one ', { italic: {} }]), text(['two', { italic: {} }])))).toBe(
        '<p><em>one two</em></p>',
      );
    });

    it('renders hard breaks', () => {
      expect(
        render(el('paragraph', {}, text(['line one', { bold: {} }]), el('hardBreak', {}), text(['line two']))),
      ).toBe('<p><strong>line one</strong><br>line two</p>');
    });
  });

  describe('lists', () => {
    const item = (words: string, ...more: XmlElement[]) => el('listItem', {}, paragraph([words]), ...more);

    it('renders bullet lists', () => {
      expect(render(el('bulletList', {}, item('one'), item('two')))).toBe(
        '<ul><li><p>one</p></li><li><p>two</p></li></ul>',
      );
    });

    it('renders ordered lists, keeping a start after 1', () => {
      expect(render(el('orderedList', { start: 1 }, item('one')))).toBe('<ol><li><p>one</p></li></ol>');
      expect(render(el('orderedList', { start: 3 }, item('three')))).toBe('<ol start="3"><li><p>three</p></li></ol>');
      expect(render(el('orderedList', { start: '3" onclick="x' }, item('x')))).toBe('<ol><li><p>x</p></li></ol>');
      expect(render(el('orderedList', { start: 2.5 }, item('x')))).toBe('<ol><li><p>x</p></li></ol>');
    });

    it('renders nested lists', () => {
      expect(render(el('bulletList', {}, item('outer', el('orderedList', {}, item('inner')))))).toBe(
        '<ul><li><p>outer</p><ol><li><p>inner</p></li></ol></li></ul>',
      );
    });

    it('drops what is not a list item inside a list, and list items outside one', () => {
      expect(render(el('bulletList', {}, paragraph(['stray']), item('kept')), item('orphan'))).toBe(
        '<ul><li><p>kept</p></li></ul>',
      );
    });
  });

  describe('unknown content', () => {
    it('drops unknown elements and everything inside them', () => {
      expect(
        render(
          paragraph(['before']),
          el('blockquote', {}, paragraph(['quoted'])),
          el('script', {}, text(['alert(1)'])),
          el('image', { src: 'https://example.org/x.png' }),
          el('codeBlock', {}, text(['code'])),
          paragraph(['after']),
        ),
      ).toBe('<p>before</p><p>after</p>');
    });

    it('drops unknown inline elements and blocks nested in text blocks', () => {
      expect(
        render(el('paragraph', {}, text(['Hello ']), el('mention', { id: 'u1' }, text(['@ann'])), text(['there']))),
      ).toBe('<p>Hello there</p>');
      expect(render(el('paragraph', {}, el('heading', { level: 1 }, text(['inside'])), text(['outside'])))).toBe(
        '<p>outside</p>',
      );
    });

    it('drops text outside any block', () => {
      expect(render(text(['loose']), paragraph(['kept']))).toBe('<p>kept</p>');
    });

    it('ignores embedded objects in text', () => {
      const node = text(['a']);
      const body = bodyOf(el('paragraph', {}, node));
      node.insertEmbed(1, { image: 'https://example.org/x.png' });
      node.insert(2, 'b');
      expect(renderBodyHtml(body)).toBe('<p>ab</p>');
    });

    it('ignores other top-level types in the document', () => {
      const doc = new Y.Doc();
      doc.getMap('meta').set('title', '<b>no</b>');
      doc.getText('notes').insert(0, 'not the body');
      doc.getXmlFragment('other').insert(0, [paragraph(['elsewhere'])]);
      doc.getXmlFragment('body').insert(0, [paragraph(['the body'])]);
      expect(renderBodyHtml(doc.getXmlFragment('body'))).toBe('<p>the body</p>');
    });
  });

  it('renders a document identically after it is encoded and applied to a fresh one', () => {
    const doc = new Y.Doc();
    doc
      .getXmlFragment('body')
      .insert(0, [
        el('heading', { level: 2 }, text(['Plan'])),
        paragraph(['Read ', { bold: {} }], ['this', { link: { href: 'https://example.org' }, italic: {} }]),
        el('orderedList', { start: 4 }, el('listItem', {}, paragraph(['four']))),
        el('blockquote', {}, paragraph(['dropped'])),
      ]);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    const html = renderBodyHtml(doc.getXmlFragment('body'));
    expect(renderBodyHtml(copy.getXmlFragment('body'))).toBe(html);
    expect(html).toBe(
      '<h2>Plan</h2><p><strong>Read </strong><a href="https://example.org" rel="noopener noreferrer nofollow"><em>this</em></a></p><ol start="4"><li><p>four</p></li></ol>',
    );
  });
});
