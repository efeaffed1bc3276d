/**
 * Neighbourhood boundaries: GeoJSON Polygon or MultiPolygon in WGS84
 * (RFC 7946), also accepted wrapped in a Feature. Checked here so that the
 * API refuses a bad boundary and the web app can explain why before sending.
 */
export const MAX_BOUNDARY_BYTES = 1_000_000;

export type Position = [number, number];
export type Ring = Position[];
export interface BoundaryGeometry {
  type: 'Polygon' | 'MultiPolygon';
  polygons: Ring[][];
}

export type BoundaryResult = { ok: true; geometry: BoundaryGeometry; json: string } | { ok: false; reason: string };

function isPosition(value: unknown): value is number[] {
  return (
    Array.isArray(value) &&
    value.length >= 2 &&
    value.length <= 3 &&
    value.every((n) => typeof n === 'number' && Number.isFinite(n))
  );
}

function checkRing(ring: unknown, where: string): string | null {
  if (!Array.isArray(ring)) return `${where} is not a list of positions`;
  if (ring.length < 4) return `${where} needs at least 4 positions (a closed ring)`;
  for (const position of ring) {
    if (!isPosition(position)) return `${where} has a position that is not [longitude, latitude]`;
    const [lon, lat] = position;
    if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
      return `${where} has a position outside WGS84 longitude/latitude ranges`;
    }
  }
  const first = ring[0] as number[];
  const last = ring[ring.length - 1] as number[];
  if (first[0] !== last[0] || first[1] !== last[1]) return `${where} is not closed (first and last positions differ)`;
  return null;
}

function checkPolygon(polygon: unknown, where: string): string | null {
  if (!Array.isArray(polygon) || polygon.length === 0) return `${where} has no rings`;
  for (let i = 0; i < polygon.length; i++) {
    const problem = checkRing(polygon[i], `${where}, ring ${i + 1},`);
    if (problem) return problem;
  }
  return null;
}

export function parseBoundary(text: string): BoundaryResult {
  if (new TextEncoder().encode(text).length > MAX_BOUNDARY_BYTES) {
    return { ok: false, reason: 'The boundary is larger than 1 MB; simplify it first.' };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'The boundary is not valid JSON.' };
  }
  if (value && typeof value === 'object' && (value as { type?: unknown }).type === 'Feature') {
    value = (value as { geometry?: unknown }).geometry;
  }
  if (!value || typeof value !== 'object') return { ok: false, reason: 'The boundary must be a GeoJSON object.' };
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown };
  if (type === 'Polygon') {
    const problem = checkPolygon(coordinates, 'The polygon');
    if (problem) return { ok: false, reason: `${problem}.` };
    const polygons = [coordinates as Ring[]];
    return { ok: true, geometry: { type, polygons }, json: JSON.stringify({ type, coordinates }) };
  }
  if (type === 'MultiPolygon') {
    if (!Array.isArray(coordinates) || coordinates.length === 0) {
      return { ok: false, reason: 'The multipolygon has no polygons.' };
    }
    for (let i = 0; i < coordinates.length; i++) {
      const problem = checkPolygon(coordinates[i], `Polygon ${i + 1}`);
      if (problem) return { ok: false, reason: `${problem}.` };
    }
    const polygons = coordinates as Ring[][];
    return { ok: true, geometry: { type, polygons }, json: JSON.stringify({ type, coordinates }) };
  }
  return { ok: false, reason: 'The boundary must be a GeoJSON Polygon or MultiPolygon.' };
}

export type PointResult = { ok: true; json: string } | { ok: false; reason: string };

/** An asset's map point: a GeoJSON Point in WGS84, also accepted wrapped in a Feature; kept as normalised JSON. */
export function parsePoint(text: string): PointResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'The map point is not valid JSON.' };
  }
  if (value && typeof value === 'object' && (value as { type?: unknown }).type === 'Feature') {
    value = (value as { geometry?: unknown }).geometry;
  }
  const { type, coordinates } = (value ?? {}) as { type?: unknown; coordinates?: unknown };
  if (type !== 'Point' || !isPosition(coordinates)) {
    return {
      ok: false,
      reason: 'The map point must be a GeoJSON Point: {"type":"Point","coordinates":[longitude, latitude]}.',
    };
  }
  const [lon, lat] = coordinates;
  if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
    return { ok: false, reason: 'The map point is outside WGS84 longitude/latitude ranges.' };
  }
  return { ok: true, json: JSON.stringify({ type, coordinates: [lon, lat] }) };
}
