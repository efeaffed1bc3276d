import { addDays, daysBetween, isDay, monthsPeriodEnd, weeksPeriodEnd, yearsPeriodEnd } from './calendar';

describe('calendar periods', () => {
  it('ends N weeks from D on D + 7N − 1', () => {
    expect(weeksPeriodEnd('2027-03-01', 8)).toBe('2027-04-25');
    expect(weeksPeriodEnd('2027-01-10', 6)).toBe('2027-02-20');
  });

  it('ends N months from D the day before the same date N months later', () => {
    expect(monthsPeriodEnd('2027-01-15', 6)).toBe('2027-07-14');
    expect(monthsPeriodEnd('2027-03-01', 1)).toBe('2027-03-31');
  });

  it('takes the month’s last day when the month is shorter, leap years included', () => {
    expect(monthsPeriodEnd('2026-08-31', 6)).toBe('2027-02-27');
    expect(monthsPeriodEnd('2027-08-31', 6)).toBe('2028-02-28');
    expect(monthsPeriodEnd('2027-05-31', 18)).toBe('2028-11-29');
  });

  it('counts years as twelve months, from a leap day too', () => {
    expect(yearsPeriodEnd('2027-06-10', 5)).toBe('2032-06-09');
    expect(yearsPeriodEnd('2028-02-29', 5)).toBe('2033-02-27');
    expect(yearsPeriodEnd('2028-02-29', 4)).toBe('2032-02-28');
  });

  it('counts whole days across the clock changes in March and October', () => {
    expect(daysBetween('2027-03-27', '2027-03-29')).toBe(2);
    expect(daysBetween('2027-10-30', '2027-11-01')).toBe(2);
    expect(addDays('2027-03-28', 1)).toBe('2027-03-29');
    expect(addDays('2027-10-31', -1)).toBe('2027-10-30');
    expect(daysBetween('2027-04-01', '2027-03-01')).toBe(-31);
  });

  it('knows a real calendar day', () => {
    expect(isDay('2028-02-29')).toBe(true);
    expect(isDay('2027-02-29')).toBe(false);
    expect(isDay('2027-2-1')).toBe(false);
  });
});
