import {
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

describe('an asset of community value’s clocks (Localism Act 2011)', () => {
  it('gives the council 8 weeks to decide and lists for 5 years', () => {
    expect(nominationDecisionDueOn('2027-03-01')).toBe('2027-04-25');
    expect(listedUntil('2027-04-20')).toBe('2032-04-19');
  });

  // Notice on 20 March 2027, the Saturday before the clocks go forward.
  const notice = '2027-03-20';

  it('runs 6 weeks of interim moratorium, then the sale is open to the end of 18 months', () => {
    const clock = disposalClock(notice, false);
    expect(clock).toEqual({
      notifiedOn: notice,
      interimEndsOn: '2027-04-30',
      fullMoratoriumEndsOn: null,
      protectedPeriodEndsOn: '2028-09-19',
    });
    expect(disposalPhase(clock, '2027-04-30')).toBe('INTERIM_MORATORIUM');
    expect(disposalPhase(clock, '2027-05-01')).toBe('OPEN_FOR_SALE');
    expect(disposalPhase(clock, '2028-09-19')).toBe('OPEN_FOR_SALE');
    expect(disposalPhase(clock, '2028-09-20')).toBe('PROTECTED_PERIOD_ENDED');
  });

  it('moves to the next phase at midnight in Europe/London, in summer time too', () => {
    const clock = disposalClock(notice, false);
    // 30 April 2027 ends at 23:00 UTC: London is on summer time.
    expect(disposalPhase(clock, londonDay(new Date('2027-04-30T22:59:59Z')))).toBe('INTERIM_MORATORIUM');
    expect(disposalPhase(clock, londonDay(new Date('2027-04-30T23:00:00Z')))).toBe('OPEN_FOR_SALE');
  });

  it('holds the sale for 6 months from the notice when a group asked to bid', () => {
    const clock = disposalClock(notice, true);
    expect(clock.fullMoratoriumEndsOn).toBe('2027-09-19');
    expect(disposalPhase(clock, '2027-05-01')).toBe('FULL_MORATORIUM');
    expect(disposalPhase(clock, '2027-09-19')).toBe('FULL_MORATORIUM');
    expect(disposalPhase(clock, '2027-09-20')).toBe('OPEN_FOR_SALE');
  });

  it('counts whole days across October’s clock change', () => {
    const clock = disposalClock('2027-10-20', false);
    expect(clock.interimEndsOn).toBe('2027-11-30');
    expect(phaseEndsOn(clock, '2027-10-30')).toBe('2027-11-30');
    expect(phaseDaysLeft(clock, '2027-10-30')).toBe(31);
    expect(phaseDaysLeft(clock, '2027-11-30')).toBe(0);
    expect(phaseDaysLeft(clock, '2029-05-01')).toBeNull();
  });

  it('ends a notice given on 31 August in a short February', () => {
    expect(disposalClock('2027-08-31', true).fullMoratoriumEndsOn).toBe('2028-02-28');
    expect(disposalClock('2026-08-31', true).fullMoratoriumEndsOn).toBe('2027-02-27');
  });

  it('lets a group ask to bid only within the interim moratorium', () => {
    const clock = disposalClock(notice, false);
    expect(canRequestToBid(clock, notice)).toBe(true);
    expect(canRequestToBid(clock, '2027-04-30')).toBe(true);
    expect(canRequestToBid(clock, '2027-05-01')).toBe(false);
  });

  it('draws the phases on a time axis, each starting the day after the last ends', () => {
    expect(disposalTimeline(disposalClock(notice, true))).toEqual([
      { phase: 'INTERIM_MORATORIUM', from: notice, to: '2027-04-30' },
      { phase: 'FULL_MORATORIUM', from: '2027-05-01', to: '2027-09-19' },
      { phase: 'OPEN_FOR_SALE', from: '2027-09-20', to: '2028-09-19' },
      { phase: 'PROTECTED_PERIOD_ENDED', from: '2028-09-20', to: null },
    ]);
    expect(disposalTimeline(disposalClock(notice, false)).map((s) => s.phase)).toEqual([
      'INTERIM_MORATORIUM',
      'OPEN_FOR_SALE',
      'PROTECTED_PERIOD_ENDED',
    ]);
  });

  it('reads a listing past its term as ended, unless a notice’s protected period still runs', () => {
    expect(currentAssetStatus('LISTED', '2032-04-19', null, '2032-04-19')).toBe('LISTED');
    expect(currentAssetStatus('LISTED', '2032-04-19', null, '2032-04-20')).toBe('REMOVED');
    expect(currentAssetStatus('LISTED', '2032-04-19', disposalClock('2032-01-10', false), '2032-04-20')).toBe('LISTED');
    expect(currentAssetStatus('NOT_LISTED', null, null, '2040-01-01')).toBe('NOT_LISTED');
  });
});
