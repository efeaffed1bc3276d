import { formatPounds } from './money';

describe('formatPounds', () => {
  it('writes whole pounds plainly and a share with its pence', () => {
    expect(formatPounds(10000)).toBe('£10,000');
    expect(formatPounds(10000 / 12)).toBe('£833.33');
  });
});
