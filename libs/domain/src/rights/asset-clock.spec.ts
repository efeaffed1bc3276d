import {
  ASSET_STATUSES,
  ASSET_STATUS_LABELS,
  DISPOSAL_PHASES,
  DISPOSAL_PHASE_LABELS,
  canRequestToBid,
  currentAssetStatus,
  disposalClock,
  disposalPhase,
  disposalTimeline,
  listedUntil,
  nominationDecisionDueOn,
  phaseDaysLeft,
  phaseEndsOn,
} from './asset-clock';
import { londonDay } from '../dates';
import { addDays } from './calendar';

// Notice on 20 March 2027, the Saturday before the clocks go forward (28 March).
const notice = '2027-03-20';

describe('nominationDecisionDueOn and listedUntil', () => {
  it('gives the council 8 weeks to decide and lists for 5 years', () => {
    expect(nominationDecisionDueOn('2027-03-01')).toBe('2027-04-25');
    expect(nominationDecisionDueOn(notice)).toBe('2027-05-14');
    expect(listedUntil('2027-04-20')).toBe('2032-04-19');
  });

  it('lists from a leap day to the day before its date five years on', () => {
    expect(listedUntil('2028-02-29')).toBe('2033-02-27');
  });
});

describe('disposalClock', () => {
  it('runs 6 weeks of interim moratorium and 18 months of protection from the notice day', () => {
    expect(disposalClock(notice, false)).toEqual({
      notifiedOn: notice,
      interimEndsOn: '2027-04-30',
      fullMoratoriumEndsOn: null,
      protectedPeriodEndsOn: '2028-09-19',
    });
  });

  it('adds 6 months of full moratorium from the notice day when a group asked to bid', () => {
    expect(disposalClock(notice, true).fullMoratoriumEndsOn).toBe('2027-09-19');
  });

  it('counts whole days across October’s clock change', () => {
    expect(disposalClock('2027-10-20', true)).toEqual({
      notifiedOn: '2027-10-20',
      interimEndsOn: '2027-11-30',
      fullMoratoriumEndsOn: '2028-04-19',
      protectedPeriodEndsOn: '2029-04-19',
    });
  });

  it('ends a notice given on 31 August in a short February', () => {
    expect(disposalClock('2027-08-31', true).fullMoratoriumEndsOn).toBe('2028-02-28');
    expect(disposalClock('2026-08-31', true)).toMatchObject({
      fullMoratoriumEndsOn: '2027-02-27',
      protectedPeriodEndsOn: '2028-02-28',
    });
  });

  it('counts from a notice given on a leap day', () => {
    expect(disposalClock('2028-02-29', true)).toEqual({
      notifiedOn: '2028-02-29',
      interimEndsOn: '2028-04-10',
      fullMoratoriumEndsOn: '2028-08-28',
      protectedPeriodEndsOn: '2029-08-28',
    });
  });
});

describe('disposalPhase', () => {
  it('keeps a phase to the end of its last day; the next day is the next phase', () => {
    const clock = disposalClock(notice, false);
    expect(disposalPhase(clock, notice)).toBe('INTERIM_MORATORIUM');
    expect(disposalPhase(clock, '2027-04-30')).toBe('INTERIM_MORATORIUM');
    expect(disposalPhase(clock, '2027-05-01')).toBe('OPEN_FOR_SALE');
    expect(disposalPhase(clock, '2028-09-19')).toBe('OPEN_FOR_SALE');
    expect(disposalPhase(clock, '2028-09-20')).toBe('PROTECTED_PERIOD_ENDED');
  });

  it('holds the sale to the end of the full moratorium when a group asked to bid', () => {
    const clock = disposalClock(notice, true);
    expect(disposalPhase(clock, '2027-04-30')).toBe('INTERIM_MORATORIUM');
    expect(disposalPhase(clock, '2027-05-01')).toBe('FULL_MORATORIUM');
    expect(disposalPhase(clock, '2027-09-19')).toBe('FULL_MORATORIUM');
    expect(disposalPhase(clock, '2027-09-20')).toBe('OPEN_FOR_SALE');
    expect(disposalPhase(clock, '2028-09-20')).toBe('PROTECTED_PERIOD_ENDED');
  });

  it('moves to the next phase at midnight in Europe/London, in summer time too', () => {
    const clock = disposalClock(notice, false);
    // 30 April 2027 ends at 23:00 UTC: London is on summer time.
    expect(disposalPhase(clock, londonDay(new Date('2027-04-30T22:59:59Z')))).toBe('INTERIM_MORATORIUM');
    expect(disposalPhase(clock, londonDay(new Date('2027-04-30T23:00:00Z')))).toBe('OPEN_FOR_SALE');
  });

  it('moves at midnight in winter, when London is on UTC', () => {
    const clock = disposalClock('2027-10-20', false);
    expect(disposalPhase(clock, londonDay(new Date('2027-11-30T23:59:59Z')))).toBe('INTERIM_MORATORIUM');
    expect(disposalPhase(clock, londonDay(new Date('2027-12-01T00:00:00Z')))).toBe('OPEN_FOR_SALE');
  });
});

describe('phaseEndsOn and phaseDaysLeft', () => {
  const clock = disposalClock(notice, true);

  it('gives the last day of the phase the asset is in', () => {
    expect(phaseEndsOn(clock, notice)).toBe('2027-04-30');
    expect(phaseEndsOn(clock, '2027-05-01')).toBe('2027-09-19');
    expect(phaseEndsOn(clock, '2027-09-20')).toBe('2028-09-19');
    expect(phaseEndsOn(clock, '2028-09-20')).toBeNull();
  });

  it('counts days to that last day: 0 on the day itself, null once the protected period is over', () => {
    expect(phaseDaysLeft(clock, notice)).toBe(41);
    expect(phaseDaysLeft(clock, '2027-04-29')).toBe(1);
    expect(phaseDaysLeft(clock, '2027-04-30')).toBe(0);
    expect(phaseDaysLeft(clock, '2027-05-01')).toBe(141);
    expect(phaseDaysLeft(clock, '2028-09-19')).toBe(0);
    expect(phaseDaysLeft(clock, '2028-09-20')).toBeNull();
  });

  it('counts whole days across October’s clock change', () => {
    const autumn = disposalClock('2027-10-20', false);
    expect(phaseEndsOn(autumn, '2027-10-30')).toBe('2027-11-30');
    expect(phaseDaysLeft(autumn, '2027-10-30')).toBe(31);
    expect(phaseDaysLeft(autumn, '2027-11-01')).toBe(29);
  });
});

describe('canRequestToBid', () => {
  it('lets a group ask only within the interim moratorium', () => {
    const clock = disposalClock(notice, false);
    expect(canRequestToBid(clock, addDays(notice, -1))).toBe(false);
    expect(canRequestToBid(clock, notice)).toBe(true);
    expect(canRequestToBid(clock, '2027-04-30')).toBe(true);
    expect(canRequestToBid(clock, '2027-05-01')).toBe(false);
  });

  it('takes one request only: once a group has asked, the full moratorium runs for all', () => {
    expect(canRequestToBid(disposalClock(notice, true), '2027-04-01')).toBe(false);
  });
});

describe('disposalTimeline', () => {
  it('draws interim, full moratorium, open for sale and after, each from the day after the last ends', () => {
    expect(disposalTimeline(disposalClock(notice, true))).toEqual([
      { phase: 'INTERIM_MORATORIUM', from: notice, to: '2027-04-30' },
      { phase: 'FULL_MORATORIUM', from: '2027-05-01', to: '2027-09-19' },
      { phase: 'OPEN_FOR_SALE', from: '2027-09-20', to: '2028-09-19' },
      { phase: 'PROTECTED_PERIOD_ENDED', from: '2028-09-20', to: null },
    ]);
  });

  it('leaves the full moratorium out when nobody asked to bid', () => {
    expect(disposalTimeline(disposalClock(notice, false))).toEqual([
      { phase: 'INTERIM_MORATORIUM', from: notice, to: '2027-04-30' },
      { phase: 'OPEN_FOR_SALE', from: '2027-05-01', to: '2028-09-19' },
      { phase: 'PROTECTED_PERIOD_ENDED', from: '2028-09-20', to: null },
    ]);
  });

  it('agrees with disposalPhase on every segment’s first and last day', () => {
    for (const bid of [true, false]) {
      const clock = disposalClock('2027-10-20', bid);
      for (const segment of disposalTimeline(clock)) {
        expect(disposalPhase(clock, segment.from)).toBe(segment.phase);
        if (segment.to) expect(disposalPhase(clock, segment.to)).toBe(segment.phase);
      }
    }
  });
});

describe('currentAssetStatus', () => {
  it('reads a listing past its term as ended', () => {
    expect(currentAssetStatus('LISTED', '2032-04-19', null, '2032-04-19')).toBe('LISTED');
    expect(currentAssetStatus('LISTED', '2032-04-19', null, '2032-04-20')).toBe('REMOVED');
  });

  it('keeps it listed to the end of a notice’s protected period', () => {
    const clock = disposalClock('2032-01-10', false);
    expect(clock.protectedPeriodEndsOn).toBe('2033-07-09');
    expect(currentAssetStatus('LISTED', '2032-04-19', clock, '2033-07-09')).toBe('LISTED');
    expect(currentAssetStatus('LISTED', '2032-04-19', clock, '2033-07-10')).toBe('REMOVED');
  });

  it('leaves every other status, and a listing without an end day, as stored', () => {
    expect(currentAssetStatus('LISTED', null, null, '2099-01-01')).toBe('LISTED');
    for (const stored of ['NOMINATED', 'NOT_LISTED', 'REMOVED'] as const) {
      expect(currentAssetStatus(stored, '2032-04-19', null, '2040-01-01')).toBe(stored);
    }
  });
});

describe('labels', () => {
  it('names every status and phase as people read them', () => {
    expect(ASSET_STATUSES.map((status) => ASSET_STATUS_LABELS[status])).toEqual([
      'Nominated',
      'Listed',
      'Not listed',
      'Listing ended',
    ]);
    expect(DISPOSAL_PHASES.map((phase) => DISPOSAL_PHASE_LABELS[phase])).toEqual([
      'Interim moratorium',
      'Full moratorium',
      'Open for sale',
      'Protected period ended',
    ]);
  });
});
