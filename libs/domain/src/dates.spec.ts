import { formatLondonDay, londonDay, oneYearAfter } from './dates';

describe('dates in Europe/London', () => {
  it('turns an instant into the London calendar day, across midnight and summer time', () => {
    expect(londonDay(new Date('2026-01-15T23:59:59Z'))).toBe('2026-01-15');
    expect(londonDay(new Date('2026-07-15T23:30:00Z'))).toBe('2026-07-16');
    expect(londonDay(new Date('2026-10-24T23:00:00Z'))).toBe('2026-10-25');
  });

  it('moves a day on by a year, with 29 February becoming 28 February', () => {
    expect(oneYearAfter('2026-11-28')).toBe('2027-11-28');
    expect(oneYearAfter('2028-02-29')).toBe('2029-02-28');
    expect(oneYearAfter('2027-02-28')).toBe('2028-02-28');
  });
});

describe('formatLondonDay', () => {
  it('writes a calendar day the British way, whatever the time zone', () => {
    expect(formatLondonDay('2027-06-30')).toBe('30 June 2027');
    expect(formatLondonDay('2028-02-29')).toBe('29 February 2028');
  });
});
