import { mapOutline, placeStanding } from './places';

describe('placeStanding', () => {
  it('reads how many commitments are overdue', () => {
    expect(placeStanding({ commitments: 0, overdue: 0 })).toBe('NO_COMMITMENTS');
    expect(placeStanding({ commitments: 6, overdue: 0 })).toBe('ON_TRACK');
    expect(placeStanding({ commitments: 6, overdue: 1 })).toBe('SOME_OVERDUE');
    expect(placeStanding({ commitments: 6, overdue: 2 })).toBe('MANY_OVERDUE');
  });
});

describe('mapOutline', () => {
  const circle = (points: number) => {
    const ring = Array.from({ length: points }, (_, i) => {
      const angle = (2 * Math.PI * i) / points;
      return [-2.27 + 0.01 * Math.cos(angle), 54.06 + 0.01 * Math.sin(angle)];
    });
    return [...ring, ring[0]];
  };

  it('keeps a small polygon as it is, rounded, as a MultiPolygon', () => {
    const square = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1.123456789],
          [0, 0],
        ],
      ],
    };
    expect(JSON.parse(mapOutline(square)!)).toEqual({
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [0, 0],
            [1, 0],
            [1, 1.1235],
            [0, 0],
          ],
        ],
      ],
    });
  });

  it('reduces a long ring to at most the points asked for, still closed', () => {
    const outline = JSON.parse(mapOutline({ type: 'Polygon', coordinates: [circle(500)] }, 16)!);
    const ring = outline.coordinates[0][0] as number[][];
    expect(ring.length).toBe(16);
    expect(ring[0]).toEqual(ring[ring.length - 1]);
  });

  it('is null for anything that is not a polygon geometry', () => {
    expect(mapOutline(null)).toBeNull();
    expect(mapOutline({ type: 'Point', coordinates: [0, 0] })).toBeNull();
    expect(mapOutline('nonsense')).toBeNull();
  });
});
