import { addDays, daysBetween, isDay, monthsPeriodEnd, weeksPeriodEnd, yearsPeriodEnd } from './calendar';

describe('weeksPeriodEnd', () => {
  it('ends N weeks from D on D + 7N − 1', () => {
    expect(weeksPeriodEnd('2027-03-01', 8)).toBe('2027-04-25');
    expect(weeksPeriodEnd('2027-01-10', 6)).toBe('2027-02-20');
    expect(weeksPeriodEnd('2027-01-10', 1)).toBe('2027-01-16');
  });

  it('counts whole days across the clock changes in March and October', () => {
    // Clocks go forward on 28 March 2027 and back on 31 October 2027.
    expect(weeksPeriodEnd('2027-03-20', 6)).toBe('2027-04-30');
    expect(weeksPeriodEnd('2027-10-20', 6)).toBe('2027-11-30');
    expect(weeksPeriodEnd('2027-03-20', 8)).toBe('2027-05-14');
    expect(weeksPeriodEnd('2027-10-20', 8)).toBe('2027-12-14');
  });

  it('counts 29 February when the period crosses it', () => {
    expect(weeksPeriodEnd('2028-02-29', 8)).toBe('2028-04-24');
    expect(weeksPeriodEnd('2028-02-10', 8)).toBe('2028-04-05');
    expect(weeksPeriodEnd('2027-02-10', 8)).toBe('2027-04-06');
  });

  it('runs across the new year', () => {
    expect(weeksPeriodEnd('2027-12-01', 6)).toBe('2028-01-11');
  });
});

describe('monthsPeriodEnd', () => {
  it('ends N months from D the day before the same date N months later', () => {
    expect(monthsPeriodEnd('2027-01-15', 6)).toBe('2027-07-14');
    expect(monthsPeriodEnd('2027-03-01', 1)).toBe('2027-03-31');
    expect(monthsPeriodEnd('2027-03-20', 18)).toBe('2028-09-19');
    expect(monthsPeriodEnd('2027-10-20', 6)).toBe('2028-04-19');
  });

  it('takes the month’s last day when the month is shorter, leap years included', () => {
    expect(monthsPeriodEnd('2026-08-31', 6)).toBe('2027-02-27');
    expect(monthsPeriodEnd('2027-08-31', 6)).toBe('2028-02-28');
    expect(monthsPeriodEnd('2027-01-31', 1)).toBe('2027-02-27');
    expect(monthsPeriodEnd('2027-03-31', 6)).toBe('2027-09-29');
    expect(monthsPeriodEnd('2027-05-31', 18)).toBe('2028-11-29');
    // 18 months from 31 August 2026 reach 29 February 2028.
    expect(monthsPeriodEnd('2026-08-31', 18)).toBe('2028-02-28');
  });

  it('counts from a leap day', () => {
    expect(monthsPeriodEnd('2028-02-29', 6)).toBe('2028-08-28');
    expect(monthsPeriodEnd('2028-02-29', 12)).toBe('2029-02-27');
    expect(monthsPeriodEnd('2028-02-29', 48)).toBe('2032-02-28');
  });

  it('runs across the new year', () => {
    expect(monthsPeriodEnd('2027-11-15', 3)).toBe('2028-02-14');
    expect(monthsPeriodEnd('2027-12-31', 2)).toBe('2028-02-28');
  });
});

describe('yearsPeriodEnd', () => {
  it('counts years as twelve months, from a leap day too', () => {
    expect(yearsPeriodEnd('2027-06-10', 5)).toBe('2032-06-09');
    expect(yearsPeriodEnd('2028-02-29', 5)).toBe('2033-02-27');
    expect(yearsPeriodEnd('2028-02-29', 4)).toBe('2032-02-28');
    expect(yearsPeriodEnd('2027-01-01', 1)).toBe(monthsPeriodEnd('2027-01-01', 12));
  });
});

describe('addDays and daysBetween', () => {
  it('counts whole days across the clock changes in March and October', () => {
    expect(daysBetween('2027-03-27', '2027-03-29')).toBe(2);
    expect(daysBetween('2027-10-30', '2027-11-01')).toBe(2);
    expect(addDays('2027-03-27', 1)).toBe('2027-03-28');
    expect(addDays('2027-03-28', 1)).toBe('2027-03-29');
    expect(addDays('2027-10-31', -1)).toBe('2027-10-30');
    expect(addDays('2027-10-30', 2)).toBe('2027-11-01');
  });

  it('is negative when the second day is earlier, and zero on the same day', () => {
    expect(daysBetween('2027-04-01', '2027-03-01')).toBe(-31);
    expect(daysBetween('2027-04-01', '2027-04-01')).toBe(0);
  });

  it('counts a leap year’s 366 days', () => {
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
    expect(daysBetween('2027-01-01', '2028-01-01')).toBe(365);
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
  });

  it('undoes one with the other', () => {
    expect(addDays('2027-03-20', daysBetween('2027-03-20', '2028-09-19'))).toBe('2028-09-19');
  });
});

describe('isDay', () => {
  it('knows a real calendar day', () => {
    expect(isDay('2028-02-29')).toBe(true);
    expect(isDay('2027-12-31')).toBe(true);
  });

  it('refuses days that do not exist, without throwing', () => {
    for (const day of ['2027-02-29', '2027-02-30', '2027-04-31', '2027-13-01', '2027-00-10', '2027-01-00']) {
      expect(isDay(day)).toBe(false);
    }
  });

  it('wants exactly YYYY-MM-DD', () => {
    for (const value of ['', '2027-2-1', '20270201', '2027-02-01T00:00', ' 2027-02-01', '2027/02/01', 'tomorrow']) {
      expect(isDay(value)).toBe(false);
    }
  });
});
