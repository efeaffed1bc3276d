/**
 * Draws a boundary without a map library: an equirectangular projection with
 * longitudes scaled by cos(mid-latitude), so shapes keep their proportions
 * at UK latitudes, fitted into an SVG viewBox with padding.
 */
import type { Ring } from '@covenant/domain';

export interface ProjectionOptions {
  /** The longer side of the drawing, in SVG units. */
  size?: number;
  padding?: number;
}

export interface ProjectedBoundary {
  viewBox: string;
  width: number;
  height: number;
  /** One SVG path per polygon; its rings are subpaths, so holes cut out with fill-rule evenodd. */
  paths: string[];
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

export function projectBoundary(
  polygons: readonly Ring[][],
  { size = 400, padding = 16 }: ProjectionOptions = {},
): ProjectedBoundary {
  const positions = polygons.flat(2);
  if (positions.length === 0) throw new Error('A boundary needs at least one position to draw.');
  const lats = positions.map(([, lat]) => lat);
  const minLat = Math.min(...lats);
  const maxLat = Math.max(...lats);
  const xScale = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);

  const xs = positions.map(([lon]) => lon * xScale);
  const minX = Math.min(...xs);
  const maxX = Math.max(...xs);
  const spanX = maxX - minX;
  const spanY = maxLat - minLat;
  const inner = size - 2 * padding;
  // A single point or a line has no extent on one axis; it is drawn centred rather than divided by zero.
  const scale = Math.max(spanX, spanY) > 0 ? inner / Math.max(spanX, spanY) : 1;
  const width = round(spanX * scale + 2 * padding);
  const height = round(spanY * scale + 2 * padding);

  const point = ([lon, lat]: readonly number[]) =>
    `${round((lon * xScale - minX) * scale + padding)} ${round((maxLat - lat) * scale + padding)}`;
  const ringPath = (ring: Ring) => `M${ring.slice(0, -1).map(point).join('L')}Z`;

  return {
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    paths: polygons.map((polygon) => polygon.map(ringPath).join('')),
  };
}
