import { londonDay } from '../dates';
import {
  SERVICE_REQUEST_ANSWERS,
  SERVICE_REQUEST_STATUSES,
  SERVICE_REQUEST_STATUS_LABELS,
  serviceRequestOverdue,
  serviceRequestResponseDueOn,
} from './service-requests';

describe('serviceRequestResponseDueOn', () => {
  it('is 8 weeks: the submission day + 55', () => {
    expect(serviceRequestResponseDueOn('2027-03-01')).toBe('2027-04-25');
    expect(serviceRequestResponseDueOn('2027-06-01')).toBe('2027-07-26');
  });

  it('counts whole days across the clock changes', () => {
    expect(serviceRequestResponseDueOn('2027-03-20')).toBe('2027-05-14');
    expect(serviceRequestResponseDueOn('2027-10-20')).toBe('2027-12-14');
  });

  it('counts 29 February in a leap year', () => {
    expect(serviceRequestResponseDueOn('2028-02-10')).toBe('2028-04-05');
    expect(serviceRequestResponseDueOn('2028-02-29')).toBe('2028-04-24');
  });
});

describe('serviceRequestOverdue', () => {
  it('is overdue from the day after it is due, and only while unanswered', () => {
    expect(serviceRequestOverdue('SUBMITTED', '2027-04-25', '2027-04-25')).toBe(false);
    expect(serviceRequestOverdue('SUBMITTED', '2027-04-25', '2027-04-26')).toBe(true);
    for (const status of ['ACCEPTED', 'ACCEPTED_WITH_CHANGES', 'REFUSED', 'WITHDRAWN'] as const) {
      expect(serviceRequestOverdue(status, '2027-04-25', '2027-05-26')).toBe(false);
    }
  });

  it('turns overdue at midnight in Europe/London, which is UTC in winter', () => {
    expect(serviceRequestOverdue('SUBMITTED', '2027-01-20', londonDay(new Date('2027-01-20T23:59:59Z')))).toBe(false);
    expect(serviceRequestOverdue('SUBMITTED', '2027-01-20', londonDay(new Date('2027-01-21T00:00:00Z')))).toBe(true);
  });

  it('turns overdue at midnight in summer time, an hour before midnight UTC', () => {
    expect(serviceRequestOverdue('SUBMITTED', '2027-07-26', londonDay(new Date('2027-07-26T22:59:59Z')))).toBe(false);
    expect(serviceRequestOverdue('SUBMITTED', '2027-07-26', londonDay(new Date('2027-07-26T23:00:00Z')))).toBe(true);
  });
});

describe('service request statuses', () => {
  it('answers with a status a request can have, other than awaiting one or withdrawn', () => {
    expect(SERVICE_REQUEST_ANSWERS.every((answer) => SERVICE_REQUEST_STATUSES.includes(answer))).toBe(true);
    expect(SERVICE_REQUEST_ANSWERS).not.toContain('SUBMITTED');
    expect(SERVICE_REQUEST_ANSWERS).not.toContain('WITHDRAWN');
  });

  it('names every status', () => {
    expect(SERVICE_REQUEST_STATUSES.map((status) => SERVICE_REQUEST_STATUS_LABELS[status])).toEqual([
      'Awaiting an answer',
      'Accepted',
      'Accepted with changes',
      'Refused',
      'Withdrawn',
    ]);
  });
});
