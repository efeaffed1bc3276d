/**
 * Lays out an asset's disposal clock as a time axis: each phase a band from
 * its first day to its last, month ticks, and today. Days are calendar days
 * (YYYY-MM-DD); day d covers [x(d), x(d + 1)), so a band ends where the next
 * begins. Pure, so the picture's geometry is tested without a browser.
 */
import { addDays, daysBetween } from '@covenant/domain';

export interface TimelineSegment<P extends string = string> {
  phase: P;
  from: string;
  /** The last day of the phase; null when it runs on (the protected period has ended). */
  to: string | null;
}

export interface TimelineBand<P extends string = string> extends TimelineSegment<P> {
  x: number;
  width: number;
  /** Whether today falls in it. */
  current: boolean;
}

export interface TimelineTick {
  day: string;
  x: number;
  /** The month's short name, on every tick there is room to name ("Jul"); null on the others. */
  month: string | null;
  /** The year, under the first named month and under each January. */
  year: string | null;
}

export interface TimelineLayout<P extends string = string> {
  start: string;
  /** The last day drawn: past the protected period's end (and today) so an open-ended band shows. */
  end: string;
  bands: TimelineBand<P>[];
  ticks: TimelineTick[];
  today: { x: number; anchor: 'start' | 'middle' | 'end' };
}

/** The fewest pixels between two named months: room for "Sep" and a gap. */
const MIN_LABEL_GAP = 36;
const LABEL_STEPS = [1, 2, 3, 4, 6, 12];
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' });

/** Maps a day to x within [left, right] for an axis that runs from the start of `start` to the end of `end`. */
export function dayScale(start: string, end: string, left: number, right: number): (day: string) => number {
  const span = daysBetween(start, end) + 1;
  return (day) => left + (daysBetween(start, day) / span) * (right - left);
}

/** The first day of every month after `start`, up to and including `end`. */
export function monthStarts(start: string, end: string): string[] {
  const days: string[] = [];
  let [year, month] = start.split('-').map(Number);
  for (;;) {
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
    const day = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
    if (day > end) return days;
    days.push(day);
  }
}

/** Name every month, or every 2nd, 3rd … so that named months stand at least MIN_LABEL_GAP apart. */
export function labelStep(pixelsPerMonth: number): number {
  return LABEL_STEPS.find((step) => step * pixelsPerMonth >= MIN_LABEL_GAP) ?? 12;
}

export function layoutTimeline<P extends string>(
  segments: readonly TimelineSegment<P>[],
  today: string,
  { width, padding = 8 }: { width: number; padding?: number },
): TimelineLayout<P> {
  if (segments.length === 0) throw new Error('A disposal clock has at least one phase.');
  const start = segments[0].from;
  const lastBounded = segments.reduce((last, s) => (s.to && s.to > last ? s.to : last), start);
  const reach = lastBounded > today ? lastBounded : today;
  // A margin after the last bounded day (or today, if later) for the open-ended band and the marker.
  const tail = Math.max(14, Math.round(daysBetween(start, reach) * 0.06));
  const end = addDays(reach, tail);
  const x = dayScale(start, end, padding, width - padding);
  const nextDay = (day: string) => addDays(day, 1);

  const bands = segments.map((segment) => {
    const left = x(segment.from);
    const right = x(nextDay(segment.to ?? end));
    const current = segment.from <= today && (segment.to === null || today <= segment.to);
    return { ...segment, x: left, width: right - left, current };
  });

  const monthWidth = ((width - 2 * padding) / (daysBetween(start, end) + 1)) * 30.44;
  const step = labelStep(monthWidth);
  let yearShown = false;
  const ticks = monthStarts(start, end).map((day) => {
    const [year, month] = day.split('-').map(Number);
    const named = (year * 12 + month - 1) % step === 0;
    const showYear = named && (!yearShown || month === 1);
    if (showYear) yearShown = true;
    return {
      day,
      x: x(day),
      month: named ? MONTH.format(new Date(`${day}T00:00:00Z`)) : null,
      year: showYear ? String(year) : null,
    };
  });

  const todayX = (x(today) + x(nextDay(today))) / 2;
  const edge = 24;
  const anchor = todayX < padding + edge ? 'start' : todayX > width - padding - edge ? 'end' : 'middle';
  return { start, end, bands, ticks, today: { x: todayX, anchor } };
}

/** Whether a band is wide enough to carry its name inside, at about 7 pixels a character and a margin each side. */
export function labelFits(label: string, bandWidth: number): boolean {
  return label.length * 7 + 12 <= bandWidth;
}
