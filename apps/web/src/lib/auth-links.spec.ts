import { safeNextPath, signInPath, signUpPath } from './auth-links';

describe(safeNextPath.name, () => {
  it('keeps paths on this site', () => {
    expect(safeNextPath('/organisations/new')).toBe('/organisations/new');
    expect(safeNextPath('/neighbourhoods/settle?tab=covenants')).toBe('/neighbourhoods/settle?tab=covenants');
  });

  it('sends anything that could leave the site home', () => {
    for (const next of [
      null,
      undefined,
      '',
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      'javascript:alert(1)',
    ]) {
      expect(safeNextPath(next)).toBe('/');
    }
  });
});

describe('sign-in and sign-up links', () => {
  it('carry where to come back to, unless that is home', () => {
    expect(signInPath('/organisations/new')).toBe('/sign-in?next=%2Forganisations%2Fnew');
    expect(signUpPath('/')).toBe('/sign-up');
    expect(signInPath(null)).toBe('/sign-in');
  });
});
