import { MAX_BOUNDARY_BYTES, parseBoundary, parsePoint } from './geojson';

const ring = [
  [-2.29, 54.06],
  [-2.26, 54.06],
  [-2.26, 54.08],
  [-2.29, 54.06],
];

describe('parseBoundary', () => {
  it('accepts a Polygon and returns its rings', () => {
    const result = parseBoundary(JSON.stringify({ type: 'Polygon', coordinates: [ring] }));
    expect(result).toMatchObject({ ok: true, geometry: { type: 'Polygon', polygons: [[ring]] } });
  });

  it('accepts a MultiPolygon, and a Feature wrapping one, keeping only the geometry', () => {
    const multi = { type: 'MultiPolygon', coordinates: [[ring], [ring]] };
    const result = parseBoundary(JSON.stringify({ type: 'Feature', properties: { name: 'Settle' }, geometry: multi }));
    expect(result.ok && JSON.parse(result.json)).toEqual(multi);
  });

  it.each([
    ['not JSON', '{', /not valid JSON/],
    ['a LineString', JSON.stringify({ type: 'LineString', coordinates: ring }), /Polygon or MultiPolygon/],
    ['a ring of three positions', JSON.stringify({ type: 'Polygon', coordinates: [ring.slice(1)] }), /at least 4/],
    [
      'an open ring',
      JSON.stringify({ type: 'Polygon', coordinates: [[...ring.slice(0, 3), [-2.3, 54.1]]] }),
      /not closed/,
    ],
    [
      'a longitude past 180',
      JSON.stringify({
        type: 'Polygon',
        coordinates: [
          [
            [200, 54],
            [-2, 54],
            [-2, 55],
            [200, 54],
          ],
        ],
      }),
      /WGS84/,
    ],
    [
      'a string coordinate',
      JSON.stringify({
        type: 'Polygon',
        coordinates: [
          [
            ['-2', 54],
            [-2, 54],
            [-2, 55],
            ['-2', 54],
          ],
        ],
      }),
      /longitude, latitude/,
    ],
    ['an empty MultiPolygon', JSON.stringify({ type: 'MultiPolygon', coordinates: [] }), /no polygons/],
  ])('refuses %s, saying why', (_label, text, reason) => {
    const result = parseBoundary(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
  });

  it('refuses more than 1 MB', () => {
    const text = JSON.stringify({ type: 'Polygon', coordinates: [ring], pad: 'x'.repeat(MAX_BOUNDARY_BYTES) });
    expect(parseBoundary(text)).toEqual({ ok: false, reason: expect.stringMatching(/1 MB/) });
  });
});

describe('parsePoint', () => {
  it('keeps a point as normalised JSON, unwrapping a Feature', () => {
    expect(parsePoint('{"type":"Feature","geometry":{"type":"Point","coordinates":[-2.28,54.07]}}')).toEqual({
      ok: true,
      json: '{"type":"Point","coordinates":[-2.28,54.07]}',
    });
  });

  it.each(['not json', '{"type":"Polygon","coordinates":[]}', '{"type":"Point","coordinates":[200,10]}'])(
    'refuses %s with a reason',
    (text) => expect(parsePoint(text)).toMatchObject({ ok: false, reason: expect.any(String) }),
  );
});
