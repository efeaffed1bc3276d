import { slugify } from './slug';

describe('slugify', () => {
  it.each([
    ['Settle Community Hydro', 'settle-community-hydro'],
    ['Ysgol Gymraeg Pont Siôn Norton', 'ysgol-gymraeg-pont-sion-norton'],
    ['  Bishop Auckland & Shildon  ', 'bishop-auckland-and-shildon'],
    ["St Mary's / Kirkgate", 'st-mary-s-kirkgate'],
    ['!!!', 'untitled'],
  ])('%s → %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('keeps slugs to 60 characters without a trailing hyphen', () => {
    const slug = slugify('a'.repeat(59) + ' b');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith('-')).toBe(false);
  });
});
