import {
  PLACE_STANDING_LABELS,
  PLACE_STANDINGS,
  PAGE_PATHS,
  pagePath,
  type PlaceStanding,
  type Ring,
} from '@covenant/domain';
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { projectBoundary } from '../../../lib/boundary-projection';
import type { NationalPlace } from '../api/national-picture';

export type MapPlace = Pick<
  NationalPlace,
  'id' | 'slug' | 'name' | 'outline' | 'commitments' | 'delivered' | 'overdue' | 'standing'
>;

/** How each place's standing is told apart by pattern as well as colour. */
const PATTERN: Record<PlaceStanding, string> = {
  NO_COMMITMENTS: 'url(#standing-none)',
  ON_TRACK: 'var(--standing-on-track)',
  SOME_OVERDUE: 'url(#standing-some)',
  MANY_OVERDUE: 'url(#standing-many)',
};

export function placeLabel(place: MapPlace): string {
  const { name } = place;
  if (place.standing === 'NO_COMMITMENTS') return `${name}: no commitments in force yet`;
  const overdue = place.overdue ? `, ${place.overdue} overdue` : '';
  return `${name}: ${PLACE_STANDING_LABELS[place.standing].toLowerCase()}, ${place.delivered} of ${place.commitments} delivered${overdue}`;
}

function polygonsOf(outline: NonNullable<MapPlace['outline']>): Ring[][] {
  return (outline.type === 'Polygon' ? [outline.coordinates] : outline.coordinates) as Ring[][];
}

/** The standings' fills; the legend draws the same with CSS. */
function Patterns() {
  return (
    <defs>
      <pattern id="standing-none" width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" className="standing-fill--none" />
        <circle cx="3" cy="3" r="1" className="standing-ink--none" />
      </pattern>
      <pattern id="standing-some" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" className="standing-fill--some" />
        <rect width="2" height="6" className="standing-ink--some" />
      </pattern>
      <pattern id="standing-many" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" className="standing-fill--many" />
        <rect width="2" height="6" className="standing-ink--many" />
        <rect width="6" height="2" className="standing-ink--many" />
      </pattern>
    </defs>
  );
}

/** Every neighbourhood with a boundary, drawn as SVG (no tiles: it works offline), each a link to its page. */
export function NationalMap({ places }: { places: readonly MapPlace[] }) {
  const drawn = useMemo(() => {
    const mapped = places
      .filter((place) => place.outline)
      .map((place) => ({ place, polygons: polygonsOf(place.outline!) }));
    if (!mapped.length) return null;
    const projection = projectBoundary(
      mapped.flatMap((entry) => entry.polygons),
      { size: 800, padding: 8 },
    );
    let next = 0;
    const shapes = mapped.map(({ place, polygons }) => {
      const d = projection.paths.slice(next, next + polygons.length).join('');
      next += polygons.length;
      return { place, d };
    });
    return { viewBox: projection.viewBox, shapes };
  }, [places]);

  return (
    <figure className="national-map">
      {drawn ? (
        <svg viewBox={drawn.viewBox} role="group" aria-label="Map of the neighbourhoods" className="national-map__svg">
          <Patterns />
          {drawn.shapes.map(({ place, d }) => (
            <Link
              key={place.id}
              to={pagePath(PAGE_PATHS.neighbourhood, { slug: place.slug })}
              aria-label={placeLabel(place)}
              className="national-map__place"
            >
              <title>{placeLabel(place)}</title>
              <path
                d={d}
                fillRule="evenodd"
                style={{ fill: PATTERN[place.standing] }}
                vectorEffect="non-scaling-stroke"
              />
            </Link>
          ))}
        </svg>
      ) : (
        <p>No neighbourhood has drawn its boundary yet, so there is nothing to map.</p>
      )}
      <figcaption>
        <ul className="national-map__legend" aria-label="Key">
          {PLACE_STANDINGS.map((standing) => (
            <li key={standing}>
              <span
                className={`national-map__swatch national-map__swatch--${standing.toLowerCase()}`}
                aria-hidden="true"
              />
              {PLACE_STANDING_LABELS[standing]}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
