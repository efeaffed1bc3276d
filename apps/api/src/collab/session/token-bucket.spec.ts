import { TokenBucket } from './token-bucket';

describe(TokenBucket.name, () => {
  it('allows a burst up to its capacity, then refills at its rate', () => {
    let now = 0;
    const bucket = new TokenBucket(3, 2, () => now);
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
    now = 500;
    expect([bucket.take(), bucket.take()]).toEqual([true, false]);
    now = 60_000;
    expect([bucket.take(3), bucket.take()]).toEqual([true, false]);
  });

  it('takes nothing when a cost cannot be paid', () => {
    let now = 0;
    const bucket = new TokenBucket(10, 10, () => now);
    expect(bucket.take(11)).toBe(false);
    expect(bucket.take(10)).toBe(true);
    now = 100;
    expect(bucket.take(2)).toBe(false);
    expect(bucket.take(1)).toBe(true);
  });
});
