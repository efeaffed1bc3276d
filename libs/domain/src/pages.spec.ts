import { isPagePath, PAGE_PATHS, pagePath } from './pages';

describe('pages', () => {
  it.each([
    '/',
    '/sign-in',
    '/organisations/new',
    '/organisations/settle-pool-trust',
    '/neighbourhoods/settle/',
    '/national',
    '/commissioner',
  ])('%s is a page', (path) => expect(isPagePath(path)).toBe(true));

  it.each(['/nope', '/organisations', '/organisations/a/b', '/graphql'])('%s is not a page', (path) =>
    expect(isPagePath(path)).toBe(false),
  );

  it('fills in parameters, encoded', () => {
    expect(pagePath(PAGE_PATHS.organisation, { slug: 'settle pool' })).toBe('/organisations/settle%20pool');
  });
});
