import { parseWholePounds } from './money';

describe(parseWholePounds.name, () => {
  it('reads whole pounds written as people write them', () => {
    expect(parseWholePounds('7500')).toBe(7500);
    expect(parseWholePounds(' £10,000 ')).toBe(10000);
    expect(parseWholePounds('£ 250')).toBe(250);
  });

  it('refuses pence, words, negative sums and nothing at all', () => {
    for (const text of ['12.50', 'ten pounds', '-5', '', '£', '1e4']) expect(parseWholePounds(text)).toBeNull();
  });
});
