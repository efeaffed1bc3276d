import { colourFor } from './presence';

describe('colourFor', () => {
  it('gives a person the same colour every time, from the palette', () => {
    expect(colourFor('7a1c')).toBe(colourFor('7a1c'));
    expect(colourFor('7a1c')).toMatch(/^#[0-9a-f]{6}$/);
    const seen = new Set(Array.from({ length: 200 }, (_, n) => colourFor(`user-${n}`)));
    expect(seen.size).toBe(8);
  });
});
