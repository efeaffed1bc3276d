import { formatPounds } from './money';

describe(formatPounds.name, () => {
  it('writes whole pounds with thousands separated and no pence', () => {
    expect(formatPounds(10000)).toBe('£10,000');
    expect(formatPounds(7500)).toBe('£7,500');
    expect(formatPounds(0)).toBe('£0');
  });

  it('writes a sum that is not whole pounds with its pence', () => {
    expect(formatPounds(10000 / 3)).toBe('£3,333.33');
    expect(formatPounds(2500.5)).toBe('£2,500.50');
  });
});
