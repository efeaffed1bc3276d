/**
 * The national map: how each neighbourhood's commitments are doing, and its
 * boundary reduced to what a map of the whole country can draw.
 */
import { parseBoundary, type Ring } from '../geojson';

export const PLACE_STANDINGS = ['NO_COMMITMENTS', 'ON_TRACK', 'SOME_OVERDUE', 'MANY_OVERDUE'] as const;
export type PlaceStanding = (typeof PLACE_STANDINGS)[number];

export const PLACE_STANDING_LABELS: Record<PlaceStanding, string> = {
  NO_COMMITMENTS: 'No commitments yet',
  ON_TRACK: 'On track',
  SOME_OVERDUE: 'Some overdue',
  MANY_OVERDUE: 'Many overdue',
};

/** None overdue is on track; under a third overdue is some; a third or more is many. */
export function placeStanding({ commitments, overdue }: { commitments: number; overdue: number }): PlaceStanding {
  if (commitments === 0) return 'NO_COMMITMENTS';
  if (overdue === 0) return 'ON_TRACK';
  return overdue * 3 < commitments ? 'SOME_OVERDUE' : 'MANY_OVERDUE';
}

const round = (n: number) => Math.round(n * 10_000) / 10_000;

/** Every k-th position, first and last kept, so the ring stays closed and its shape recognisable. */
function simplifyRing(ring: Ring, maxPoints: number): Ring {
  if (ring.length <= maxPoints) return ring.map(([lon, lat]) => [round(lon), round(lat)]);
  const step = (ring.length - 1) / (maxPoints - 1);
  const kept: Ring = [];
  for (let i = 0; i < maxPoints - 1; i++) {
    const [lon, lat] = ring[Math.round(i * step)]!;
    kept.push([round(lon), round(lat)]);
  }
  kept.push([...kept[0]!]);
  return kept;
}

/**
 * A stored boundary (GeoJSON as read from the database) as compact GeoJSON
 * text with at most `maxPointsPerRing` positions a ring, coordinates to 4
 * decimals (about 10 m); null for anything that is not a polygon geometry.
 */
export function mapOutline(boundary: unknown, maxPointsPerRing = 32): string | null {
  if (!boundary || typeof boundary !== 'object') return null;
  const parsed = parseBoundary(JSON.stringify(boundary));
  if (!parsed.ok) return null;
  const coordinates = parsed.geometry.polygons.map((polygon) =>
    polygon.map((ring) => simplifyRing(ring, Math.max(4, maxPointsPerRing))),
  );
  return JSON.stringify({ type: 'MultiPolygon', coordinates });
}
