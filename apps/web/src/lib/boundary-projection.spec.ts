import type { Ring } from '@covenant/domain';
import { projectBoundary } from './boundary-projection';

const square = (lon: number, lat: number, size: number): Ring => [
  [lon, lat],
  [lon + size, lat],
  [lon + size, lat + size],
  [lon, lat + size],
  [lon, lat],
];

describe(projectBoundary.name, () => {
  it('fits a square at the equator into the viewBox with padding', () => {
    const projected = projectBoundary([[square(0, 0, 1)]], { size: 100, padding: 10 });
    expect(projected.viewBox).toBe('0 0 100 100');
    expect(projected.paths).toEqual(['M10 90L90 90L90 10L10 10Z']);
  });

  it('narrows longitudes by the cosine of the mid-latitude so shapes keep their proportions', () => {
    // At 60° north a degree of longitude is half as long as a degree of latitude.
    const projected = projectBoundary([[square(0, 59.5, 1)]], { size: 100, padding: 0 });
    expect(projected.height).toBe(100);
    expect(projected.width).toBeCloseTo(50, 0);
  });

  it('puts north at the top', () => {
    const projected = projectBoundary(
      [
        [
          [
            [0, 0],
            [1, 0],
            [0.5, 1],
            [0, 0],
          ],
        ],
      ],
      { size: 100, padding: 0 },
    );
    expect(projected.paths[0]).toBe('M0 100L100 100L50 0Z');
  });

  it('draws a polygon with a hole as one path with two subpaths, and a multipolygon as one path per polygon', () => {
    const withHole = [square(0, 0, 4), square(1, 1, 2)];
    const projected = projectBoundary([withHole, [square(10, 0, 1)]]);
    expect(projected.paths).toHaveLength(2);
    expect(projected.paths[0].match(/M/g)).toHaveLength(2);
    expect(projected.paths[1].match(/M/g)).toHaveLength(1);
  });

  it('draws a degenerate shape without dividing by zero', () => {
    const point: Ring = [
      [1, 1],
      [1, 1],
      [1, 1],
      [1, 1],
    ];
    const projected = projectBoundary([[point]], { size: 100, padding: 10 });
    expect(projected.viewBox).toBe('0 0 20 20');
    expect(projected.paths[0]).not.toMatch(/NaN|Infinity/);
  });
});
