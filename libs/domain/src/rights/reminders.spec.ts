import { RIGHTS_REMINDER_KINDS, RIGHTS_REMINDER_LEAD_DAYS, reminderWindowOpen } from './reminders';

describe('reminderWindowOpen', () => {
  it('opens 7 days before a deadline and closes after the deadline day', () => {
    expect(RIGHTS_REMINDER_LEAD_DAYS).toBe(7);
    expect(reminderWindowOpen('2027-04-25', '2027-04-17')).toBe(false);
    expect(reminderWindowOpen('2027-04-25', '2027-04-18')).toBe(true);
    expect(reminderWindowOpen('2027-04-25', '2027-04-25')).toBe(true);
    expect(reminderWindowOpen('2027-04-25', '2027-04-26')).toBe(false);
  });

  it('counts whole days across a clock change and the new year', () => {
    // Clocks go forward on 28 March 2027.
    expect(reminderWindowOpen('2027-04-02', '2027-03-25')).toBe(false);
    expect(reminderWindowOpen('2027-04-02', '2027-03-26')).toBe(true);
    expect(reminderWindowOpen('2028-01-03', '2027-12-26')).toBe(false);
    expect(reminderWindowOpen('2028-01-03', '2027-12-27')).toBe(true);
    expect(reminderWindowOpen('2028-03-01', '2028-02-23')).toBe(true);
    expect(reminderWindowOpen('2028-03-01', '2028-02-22')).toBe(false);
  });

  it('takes another lead, down to the deadline day alone', () => {
    expect(reminderWindowOpen('2027-04-25', '2027-04-11', 14)).toBe(true);
    expect(reminderWindowOpen('2027-04-25', '2027-04-10', 14)).toBe(false);
    expect(reminderWindowOpen('2027-04-25', '2027-04-25', 0)).toBe(true);
    expect(reminderWindowOpen('2027-04-25', '2027-04-24', 0)).toBe(false);
  });
});

describe('RIGHTS_REMINDER_KINDS', () => {
  it('lists each deadline that has a reminder once', () => {
    expect([...RIGHTS_REMINDER_KINDS].sort()).toEqual([
      'FULL_MORATORIUM_ENDS',
      'INTERIM_MORATORIUM_ENDS',
      'NOMINATION_DECISION_DUE',
      'SERVICE_REQUEST_RESPONSE_DUE',
    ]);
  });
});
