import { DISPOSAL_PHASE_LABELS, formatLondonDay } from '@covenant/domain';
import { useId } from 'react';
import type { DisposalPhase } from '../../../gql/graphql';
import { useElementWidth } from '../hooks/use-element-width';
import { modifier } from '../modifier';
import { labelFits, layoutTimeline, type TimelineSegment } from '../timeline-layout';

const TODAY_LABEL_Y = 14;
const BAND_TOP = 22;
const BAND_HEIGHT = 34;
const AXIS_Y = BAND_TOP + BAND_HEIGHT;
const MONTH_Y = AXIS_Y + 20;
const YEAR_Y = MONTH_Y + 17;
const HEIGHT = YEAR_Y + 6;

/** A label centred on its tick, unless that would push it off either edge. */
const anchorAt = (x: number, width: number) => (x < 16 ? 'start' : x > width - 16 ? 'end' : 'middle');

const phaseWords = (phase: DisposalPhase) => DISPOSAL_PHASE_LABELS[phase].toLowerCase();

/** The picture in a sentence, for whoever cannot see it; the table beside it gives every day. */
function describe(segments: readonly TimelineSegment<DisposalPhase>[], today: string): string {
  const phases = segments.map((segment) =>
    segment.to ? `${phaseWords(segment.phase)} until ${formatLondonDay(segment.to)}` : phaseWords(segment.phase),
  );
  const now = segments.find((s) => s.from <= today && (s.to === null || today <= s.to));
  return (
    `Time line of the sale from the owner’s notice on ${formatLondonDay(segments[0].from)}: ${phases.join(', then ')}.` +
    (now ? ` Today, ${formatLondonDay(today)}, is in the ${phaseWords(now.phase)}.` : '')
  );
}

/**
 * The disposal clock as a time axis: each phase a coloured band from its first to its last day, the months
 * beneath, and today marked. Drawn at the width it is given, so its words stay readable on a phone.
 */
export function DisposalTimeline({
  segments,
  today,
}: {
  segments: readonly TimelineSegment<DisposalPhase>[];
  today: string;
}) {
  const [container, width] = useElementWidth<HTMLDivElement>(720);
  const titleId = useId();
  const layout = layoutTimeline(segments, today, { width });

  return (
    <div ref={container} className="disposal-timeline">
      <svg
        className="disposal-timeline__picture"
        role="img"
        aria-labelledby={titleId}
        width={width}
        height={HEIGHT}
        viewBox={`0 0 ${width} ${HEIGHT}`}
      >
        <title id={titleId}>{describe(segments, today)}</title>
        {layout.bands.map((band) => (
          <g key={band.phase}>
            <rect
              className={`timeline-band timeline-band--${modifier(band.phase)}${band.current ? ' timeline-band--current' : ''}`}
              x={band.x}
              y={BAND_TOP}
              width={band.width}
              height={BAND_HEIGHT}
            />
            {labelFits(DISPOSAL_PHASE_LABELS[band.phase], band.width) ? (
              <text className="timeline-band__label" x={band.x + 6} y={BAND_TOP + BAND_HEIGHT / 2} dy="0.35em">
                {DISPOSAL_PHASE_LABELS[band.phase]}
              </text>
            ) : null}
          </g>
        ))}
        <line className="timeline-axis" x1={0} x2={width} y1={AXIS_Y} y2={AXIS_Y} />
        {layout.ticks.map((tick) => (
          <g key={tick.day}>
            <line className="timeline-axis" x1={tick.x} x2={tick.x} y1={AXIS_Y} y2={AXIS_Y + (tick.month ? 7 : 4)} />
            {tick.month ? (
              <text className="timeline-tick" x={tick.x} y={MONTH_Y} textAnchor={anchorAt(tick.x, width)}>
                {tick.month}
              </text>
            ) : null}
            {tick.year ? (
              <text
                className="timeline-tick timeline-tick--year"
                x={tick.x}
                y={YEAR_Y}
                textAnchor={anchorAt(tick.x, width)}
              >
                {tick.year}
              </text>
            ) : null}
          </g>
        ))}
        <g className="timeline-today">
          <line
            className="timeline-today__halo"
            x1={layout.today.x}
            x2={layout.today.x}
            y1={TODAY_LABEL_Y + 4}
            y2={AXIS_Y + 4}
          />
          <line x1={layout.today.x} x2={layout.today.x} y1={TODAY_LABEL_Y + 4} y2={AXIS_Y + 4} />
          <text x={layout.today.x} y={TODAY_LABEL_Y} textAnchor={layout.today.anchor}>
            Today
          </text>
        </g>
      </svg>
    </div>
  );
}
