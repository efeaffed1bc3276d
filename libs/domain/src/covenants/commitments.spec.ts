import { londonDay } from '../dates';
import { deliveryShares, isOverdue, progressProblem, remindersDue, summariseCommitments } from './commitments';

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

describe('progressProblem', () => {
  it('wants a whole percentage from 0 to 100, and 100 for a delivered commitment', () => {
    expect(progressProblem('ON_TRACK', 40)).toBeNull();
    expect(progressProblem('DELIVERED', 100)).toBeNull();
    expect(progressProblem('DROPPED', 0)).toBeNull();
    expect(progressProblem('DELIVERED', 99)).toBe('A delivered commitment is 100% complete.');
    for (const bad of [-1, 101, 12.5]) expect(progressProblem('ON_TRACK', bad)).toMatch(/0 to 100/);
  });
});

describe('summariseCommitments', () => {
  it('counts every kind of progress in order, zeros included, and the overdue ones', () => {
    const summary = summariseCommitments([
      { progress: 'ON_TRACK', overdue: false },
      { progress: 'AT_RISK', overdue: true },
      { progress: 'ON_TRACK', overdue: true },
    ]);
    expect(summary.total).toBe(3);
    expect(summary.overdue).toBe(2);
    expect(summary.byProgress).toEqual([
      { progress: 'NOT_STARTED', count: 0 },
      { progress: 'ON_TRACK', count: 2 },
      { progress: 'AT_RISK', count: 1 },
      { progress: 'OFF_TRACK', count: 0 },
      { progress: 'DELIVERED', count: 0 },
      { progress: 'DROPPED', count: 0 },
    ]);
  });
});

describe('remindersDue', () => {
  const base = { progress: 'ON_TRACK' as const, lastActivityOn: '2027-05-01' };
  it('reminds from 14 days before the due day, then once it is overdue', () => {
    expect(remindersDue({ ...base, dueOn: '2027-06-30' }, '2027-06-15')).toEqual([]);
    expect(remindersDue({ ...base, dueOn: '2027-06-30' }, '2027-06-16')).toEqual([
      { kind: 'DUE_SOON', occasion: '2027-06-30' },
    ]);
    expect(remindersDue({ ...base, dueOn: '2027-06-30' }, '2027-06-30')).toEqual([
      { kind: 'DUE_SOON', occasion: '2027-06-30' },
    ]);
    expect(remindersDue({ ...base, dueOn: '2027-06-30' }, '2027-07-01')).toEqual([
      { kind: 'OVERDUE', occasion: '2027-06-30' },
    ]);
  });

  it('reminds after 90 days without a report, once for each quiet spell', () => {
    expect(remindersDue({ ...base, dueOn: null }, '2027-07-29')).toEqual([]);
    expect(remindersDue({ ...base, dueOn: null }, '2027-07-30')).toEqual([
      { kind: 'NO_PROGRESS', occasion: '2027-05-01' },
    ]);
  });

  it('says nothing about commitments delivered or dropped', () => {
    expect(
      remindersDue({ ...base, progress: 'DELIVERED', dueOn: '2020-01-01', lastActivityOn: '2020-01-01' }, '2027-01-01'),
    ).toEqual([]);
    expect(
      remindersDue({ ...base, progress: 'DROPPED', dueOn: '2027-01-05', lastActivityOn: '2020-01-01' }, '2027-01-01'),
    ).toEqual([]);
  });
});

describe('deliveryShares', () => {
  it('counts each commitment once: delivered, then overdue, then on track or at risk; dropped left out', () => {
    const shares = deliveryShares([
      { progress: 'DELIVERED', overdue: false },
      { progress: 'ON_TRACK', overdue: true },
      { progress: 'ON_TRACK', overdue: false },
      { progress: 'OFF_TRACK', overdue: false },
      { progress: 'AT_RISK', overdue: false },
      { progress: 'NOT_STARTED', overdue: false },
      { progress: 'DROPPED', overdue: true },
    ]);
    expect(shares).toEqual([
      { kind: 'DELIVERED', count: 1 },
      { kind: 'ON_TRACK', count: 1 },
      { kind: 'AT_RISK', count: 2 },
      { kind: 'OVERDUE', count: 1 },
      { kind: 'NOT_STARTED', count: 1 },
    ]);
  });
});
