import { londonDay } from '../dates';
import { serviceRequestOverdue, serviceRequestResponseDueOn } from './service-requests';
import { reminderWindowOpen } from './reminders';

describe('a service request’s response period', () => {
  it('is 8 weeks: the submission day + 55', () => {
    expect(serviceRequestResponseDueOn('2027-03-01')).toBe('2027-04-25');
    expect(serviceRequestResponseDueOn('2028-02-10')).toBe('2028-04-05');
  });

  it('turns overdue at midnight in Europe/London, which is UTC in winter', () => {
    expect(serviceRequestOverdue('SUBMITTED', '2027-01-20', londonDay(new Date('2027-01-20T23:59:59Z')))).toBe(false);
    expect(serviceRequestOverdue('SUBMITTED', '2027-01-20', londonDay(new Date('2027-01-21T00:00:00Z')))).toBe(true);
  });

  it('is overdue from the day after it is due, and only while unanswered', () => {
    expect(serviceRequestOverdue('SUBMITTED', '2027-04-25', '2027-04-25')).toBe(false);
    expect(serviceRequestOverdue('SUBMITTED', '2027-04-25', '2027-04-26')).toBe(true);
    expect(serviceRequestOverdue('REFUSED', '2027-04-25', '2027-05-26')).toBe(false);
    expect(serviceRequestOverdue('WITHDRAWN', '2027-04-25', '2027-05-26')).toBe(false);
  });
});

describe('reminderWindowOpen', () => {
  it('opens 7 days before a deadline and closes after it', () => {
    expect(reminderWindowOpen('2027-04-25', '2027-04-17')).toBe(false);
    expect(reminderWindowOpen('2027-04-25', '2027-04-18')).toBe(true);
    expect(reminderWindowOpen('2027-04-25', '2027-04-25')).toBe(true);
    expect(reminderWindowOpen('2027-04-25', '2027-04-26')).toBe(false);
  });
});
