import { nestHeadings } from './covenant-html';

describe(nestHeadings.name, () => {
  it('moves every heading down two levels, no lower than h6', () => {
    expect(nestHeadings('<h1>Settle pool</h1><h2 id="a">Aims</h2><p>h1 text</p><h5>x</h5>')).toBe(
      '<h3>Settle pool</h3><h4 id="a">Aims</h4><p>h1 text</p><h6>x</h6>',
    );
  });

  it('leaves other tags that start with h alone', () => {
    expect(nestHeadings('<hr><header>x</header>')).toBe('<hr><header>x</header>');
  });
});
