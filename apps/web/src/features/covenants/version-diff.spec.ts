import { diffVersions, summariseDiff, type DiffBlock } from './version-diff';

// Written as apps/api/src/collab/document/render-html.ts renders a covenant.
const TITLE = '<h1>Covenant for Mill Lane</h1>';
const AIMS = '<h2>Aims</h2>';
const CLEAN = '<p>We keep the lane <strong>clean</strong>.</p>';
const LIGHT = '<p>We light the path at night.</p>';
const MEET = '<p>We meet <em>every</em> month.</p>';

function kinds(blocks: DiffBlock[]): string[] {
  return blocks.map((block) => `${block.kind} ${block.text}`);
}

describe(diffVersions.name, () => {
  it('marks every block the same when the versions are identical', () => {
    const html = TITLE + AIMS + CLEAN + LIGHT;
    expect(kinds(diffVersions(html, html))).toEqual([
      'same Covenant for Mill Lane',
      'same Aims',
      'same We keep the lane clean.',
      'same We light the path at night.',
    ]);
  });

  it('shows a changed paragraph as its old form removed, then its new form added, where it was', () => {
    const changed = '<p>We light the path from dusk to dawn.</p>';
    expect(kinds(diffVersions(TITLE + CLEAN + LIGHT + MEET, TITLE + CLEAN + changed + MEET))).toEqual([
      'same Covenant for Mill Lane',
      'same We keep the lane clean.',
      'removed We light the path at night.',
      'added We light the path from dusk to dawn.',
      'same We meet every month.',
    ]);
  });

  it('groups the old forms before the new ones when neighbouring paragraphs change', () => {
    const blocks = diffVersions(TITLE + CLEAN + LIGHT, TITLE + '<p>Kept clean.</p><p>Kept lit.</p>');
    expect(kinds(blocks)).toEqual([
      'same Covenant for Mill Lane',
      'removed We keep the lane clean.',
      'removed We light the path at night.',
      'added Kept clean.',
      'added Kept lit.',
    ]);
  });

  it('shows an added heading on its own', () => {
    expect(kinds(diffVersions(TITLE + CLEAN, TITLE + AIMS + CLEAN))).toEqual([
      'same Covenant for Mill Lane',
      'added Aims',
      'same We keep the lane clean.',
    ]);
  });

  it('tells a heading from a paragraph with the same words', () => {
    expect(kinds(diffVersions('<p>Aims</p>', AIMS))).toEqual(['removed Aims', 'added Aims']);
  });

  it('shows a list item removed from a list, with the other items unchanged', () => {
    const before =
      '<ul><li><p>Bins out on Monday</p></li><li><p>Hedges cut in May</p></li><li><p>No bonfires</p></li></ul>';
    const after = '<ul><li><p>Bins out on Monday</p></li><li><p>No bonfires</p></li></ul>';
    const blocks = diffVersions(before, after);
    expect(kinds(blocks)).toEqual(['same Bins out on Monday', 'removed Hedges cut in May', 'same No bonfires']);
    expect(blocks[1].html).toBe('<ul><li><p>Hedges cut in May</p></li></ul>');
  });

  it('keeps the number of an item of an ordered list', () => {
    const blocks = diffVersions(
      '',
      '<ol start="3"><li><p>Third</p></li><li><p>Fourth</p></li></ol><ol><li><p>One</p></li></ol>',
    );
    expect(blocks.map((block) => block.html)).toEqual([
      '<ol start="3"><li><p>Third</p></li></ol>',
      '<ol start="4"><li><p>Fourth</p></li></ol>',
      '<ol><li><p>One</p></li></ol>',
    ]);
  });

  it('reads each item of a nested list as a block of its own, inside its lists', () => {
    const nested = (inner: string) => `<ul><li><p>Bins</p><ol>${inner}</ol></li></ul>`;
    const blocks = diffVersions(
      nested('<li><p>Black on Monday</p></li>'),
      nested('<li><p>Black on Monday</p></li><li><p>Green on <em>Friday</em></p></li>'),
    );
    expect(kinds(blocks)).toEqual(['same Bins', 'same Black on Monday', 'added Green on Friday']);
    expect(blocks[0].html).toBe('<ul><li><p>Bins</p></li></ul>');
    expect(blocks[2].html).toBe('<ul><li><ol start="2"><li><p>Green on <em>Friday</em></p></li></ol></li></ul>');
  });

  it('tells an item from a paragraph, and a bullet from a numbered item, with the same words', () => {
    expect(kinds(diffVersions('<p>No bonfires</p>', '<ul><li><p>No bonfires</p></li></ul>'))).toEqual([
      'removed No bonfires',
      'added No bonfires',
    ]);
    expect(kinds(diffVersions('<ul><li><p>No bonfires</p></li></ul>', '<ol><li><p>No bonfires</p></li></ol>'))).toEqual(
      ['removed No bonfires', 'added No bonfires'],
    );
  });

  it('keeps entities and inline marks in the html and decodes them in the text', () => {
    const link = '<a href="https://example.org/?a=1&amp;b=2" rel="noopener noreferrer nofollow">rules</a>';
    const html = `<p>Tom &amp; Jerry&#39;s &quot;<strong><em>quiet</em></strong>&quot; &lt;hours&gt;: see ${link}<br>today</p>`;
    const [block] = diffVersions('', html);
    expect(block).toEqual({
      kind: 'added',
      html,
      text: 'Tom & Jerry\'s "quiet" <hours>: see rules today',
    });
  });

  it('treats a change of whitespace alone as no change, and shows the newer html', () => {
    const blocks = diffVersions('<p>We keep  the lane clean.</p>', '<p>We keep the <strong>lane</strong> clean. </p>');
    expect(blocks).toEqual([
      { kind: 'same', html: '<p>We keep the <strong>lane</strong> clean. </p>', text: 'We keep the lane clean.' },
    ]);
  });

  it('separates the words of two paragraphs in one list item', () => {
    const [block] = diffVersions('', '<ul><li><p>Bins</p><p>out</p></li></ul>');
    expect(block.text).toBe('Bins out');
  });

  it('shows a moved paragraph as added where it now is and removed where it was', () => {
    expect(kinds(diffVersions(CLEAN + LIGHT + MEET, MEET + CLEAN + LIGHT))).toEqual([
      'added We meet every month.',
      'same We keep the lane clean.',
      'same We light the path at night.',
      'removed We meet every month.',
    ]);
  });

  it('shows every block added when there was no text before', () => {
    expect(kinds(diffVersions('', TITLE + '<ul><li><p>No bonfires</p></li></ul>'))).toEqual([
      'added Covenant for Mill Lane',
      'added No bonfires',
    ]);
  });

  it('shows every block removed when the text was emptied', () => {
    expect(kinds(diffVersions(TITLE + CLEAN, ''))).toEqual([
      'removed Covenant for Mill Lane',
      'removed We keep the lane clean.',
    ]);
  });

  it('leaves out blank lines, which carry no words', () => {
    expect(kinds(diffVersions(CLEAN, `<p></p>${CLEAN}<p><br></p><ul><li></li></ul>`))).toEqual([
      'same We keep the lane clean.',
    ]);
  });

  it('reads past a stray closing tag and closes what was left open', () => {
    expect(kinds(diffVersions('', '<p>One</em></p><p>Two <strong>bold'))).toEqual(['added One', 'added Two bold']);
  });

  it('returns nothing for two empty versions', () => {
    expect(diffVersions('', '')).toEqual([]);
  });
});

describe(summariseDiff.name, () => {
  it('counts the added and the removed blocks', () => {
    const blocks = diffVersions(TITLE + CLEAN + LIGHT, TITLE + AIMS + '<p>Kept clean.</p>' + LIGHT + MEET);
    expect(summariseDiff(blocks)).toEqual({ added: 3, removed: 1 });
  });

  it('counts nothing when the versions are the same', () => {
    expect(summariseDiff(diffVersions(CLEAN, CLEAN))).toEqual({ added: 0, removed: 0 });
  });
});
