import { londonDay } from '../dates';
import { isOverdue } from './commitments';

describe('isOverdue', () => {
  it('is overdue from the day after the due day, London time, until delivered or dropped', () => {
    const due = { dueOn: '2027-06-01', progress: 'ON_TRACK' as const };
    expect(isOverdue(due, '2027-06-01')).toBe(false);
    expect(isOverdue(due, '2027-06-02')).toBe(true);
    expect(isOverdue({ ...due, progress: 'DELIVERED' }, '2027-07-01')).toBe(false);
    expect(isOverdue({ ...due, progress: 'DROPPED' }, '2027-07-01')).toBe(false);
    expect(isOverdue({ dueOn: null, progress: 'NOT_STARTED' }, '2099-01-01')).toBe(false);
  });

  it('turns at midnight in London, not UTC: 23:30 UTC in summer is already the next day', () => {
    const due = { dueOn: '2027-06-01', progress: 'AT_RISK' as const };
    expect(isOverdue(due, londonDay(new Date('2027-06-01T22:59:00Z')))).toBe(false);
    expect(isOverdue(due, londonDay(new Date('2027-06-01T23:30:00Z')))).toBe(true);
    // In winter London is on UTC.
    const winter = { dueOn: '2027-01-10', progress: 'AT_RISK' as const };
    expect(isOverdue(winter, londonDay(new Date('2027-01-10T23:59:00Z')))).toBe(false);
    expect(isOverdue(winter, londonDay(new Date('2027-01-11T00:00:00Z')))).toBe(true);
  });
});
