import { dayScale, labelFits, labelStep, layoutTimeline, monthStarts } from './timeline-layout';

/** A notice on 1 March 2027 and a group's request to bid: the Localism Act's phases. */
const WITH_BID = [
  { phase: 'INTERIM_MORATORIUM', from: '2027-03-01', to: '2027-04-11' },
  { phase: 'FULL_MORATORIUM', from: '2027-04-12', to: '2027-08-31' },
  { phase: 'OPEN_FOR_SALE', from: '2027-09-01', to: '2028-08-31' },
  { phase: 'PROTECTED_PERIOD_ENDED', from: '2028-09-01', to: null },
];

describe(dayScale.name, () => {
  it('gives each day an equal slice, the first starting at the left and the last ending at the right', () => {
    const x = dayScale('2027-03-01', '2027-03-10', 0, 100);
    expect(x('2027-03-01')).toBe(0);
    expect(x('2027-03-02')).toBe(10);
    expect(x('2027-03-11')).toBe(100);
  });

  it('counts calendar days, so the day the clocks change is as wide as any other', () => {
    const x = dayScale('2027-03-27', '2027-03-30', 0, 40);
    expect(x('2027-03-29') - x('2027-03-28')).toBe(10);
  });

  it('honours the padding on either side', () => {
    const x = dayScale('2027-03-01', '2027-03-04', 8, 48);
    expect(x('2027-03-01')).toBe(8);
    expect(x('2027-03-03')).toBe(28);
  });
});

describe(monthStarts.name, () => {
  it('lists the first of each month after the start, up to the end, across a new year', () => {
    expect(monthStarts('2027-11-15', '2028-02-01')).toEqual(['2027-12-01', '2028-01-01', '2028-02-01']);
    expect(monthStarts('2027-03-01', '2027-03-31')).toEqual([]);
  });
});

describe(labelStep.name, () => {
  it('names every month where there is room, and fewer as the axis narrows', () => {
    expect(labelStep(60)).toBe(1);
    expect(labelStep(20)).toBe(2);
    expect(labelStep(15)).toBe(3);
    expect(labelStep(4)).toBe(12);
    expect(labelStep(1)).toBe(12);
  });
});

describe(layoutTimeline.name, () => {
  it('lays the phases end to end, from the notice to past the protected period', () => {
    const layout = layoutTimeline(WITH_BID, '2027-03-15', { width: 800 });
    expect(layout.start).toBe('2027-03-01');
    expect(layout.end > '2028-09-01').toBe(true);
    const [interim, full, open, ended] = layout.bands;
    expect(interim.x).toBe(8);
    expect(full.x).toBeCloseTo(interim.x + interim.width, 6);
    expect(open.x).toBeCloseTo(full.x + full.width, 6);
    expect(ended.x).toBeCloseTo(open.x + open.width, 6);
    expect(ended.x + ended.width).toBeCloseTo(792, 6);
  });

  it('draws a longer phase wider, in proportion to its days', () => {
    const [interim, full] = layoutTimeline(WITH_BID, '2027-03-15', { width: 800 }).bands;
    // 42 days of interim moratorium, 142 of full.
    expect(full.width / interim.width).toBeCloseTo(142 / 42, 6);
  });

  it('marks the phase today falls in and puts today in the middle of its day', () => {
    const layout = layoutTimeline(WITH_BID, '2027-04-12', { width: 800 });
    expect(layout.bands.map((band) => band.current)).toEqual([false, true, false, false]);
    const full = layout.bands[1];
    const dayWidth = full.width / 142;
    expect(layout.today.x).toBeCloseTo(full.x + dayWidth / 2, 6);
    expect(layout.today.anchor).toBe('middle');
  });

  it('keeps the today label inside the picture at either end', () => {
    expect(layoutTimeline(WITH_BID, '2027-03-01', { width: 800 }).today.anchor).toBe('start');
    const late = layoutTimeline(WITH_BID, '2028-12-01', { width: 300 });
    expect(late.bands[3].current).toBe(true);
    expect(late.today.anchor).toBe('end');
    expect(late.end > '2028-12-01').toBe(true);
  });

  it('names fewer months on a phone than on a wide screen, with the year under the first and each January', () => {
    const wide = layoutTimeline(WITH_BID, '2027-03-15', { width: 1200 });
    const phone = layoutTimeline(WITH_BID, '2027-03-15', { width: 320 });
    expect(wide.ticks).toHaveLength(phone.ticks.length);
    const named = (ticks: typeof wide.ticks) => ticks.filter((tick) => tick.month);
    expect(named(phone.ticks).length).toBeLessThan(named(wide.ticks).length);
    expect(wide.ticks[0]).toMatchObject({ day: '2027-04-01', month: 'Apr', year: '2027' });
    expect(wide.ticks.find((tick) => tick.day === '2028-01-01')).toMatchObject({ month: 'Jan', year: '2028' });
    expect(wide.ticks.find((tick) => tick.day === '2027-06-01')).toMatchObject({ month: 'Jun', year: null });
  });

  it('draws a clock without a bid, whose interim moratorium runs into the open sale', () => {
    const layout = layoutTimeline(
      [
        { phase: 'INTERIM_MORATORIUM', from: '2027-03-01', to: '2027-04-11' },
        { phase: 'OPEN_FOR_SALE', from: '2027-04-12', to: '2028-08-31' },
        { phase: 'PROTECTED_PERIOD_ENDED', from: '2028-09-01', to: null },
      ],
      '2027-05-01',
      { width: 600 },
    );
    expect(layout.bands.map((band) => band.phase)).toEqual([
      'INTERIM_MORATORIUM',
      'OPEN_FOR_SALE',
      'PROTECTED_PERIOD_ENDED',
    ]);
    expect(layout.bands[1].current).toBe(true);
  });
});

describe(labelFits.name, () => {
  it('puts a name inside a band only where it fits', () => {
    expect(labelFits('Interim moratorium', 200)).toBe(true);
    expect(labelFits('Interim moratorium', 60)).toBe(false);
  });
});
