import { isSafeLink } from '@covenant/domain';
import { normaliseWebsite } from './website';

describe(normaliseWebsite.name, () => {
  it('adds https:// when the scheme is left out', () => {
    expect(normaliseWebsite(' settlehydro.org.uk ')).toBe('https://settlehydro.org.uk/');
    expect(normaliseWebsite('http://example.org/about')).toBe('http://example.org/about');
  });

  it('refuses what is not a web address', () => {
    expect(normaliseWebsite('')).toBeNull();
    expect(normaliseWebsite('javascript:alert(1)')).toBeNull();
    expect(normaliseWebsite('not a website')).toBeNull();
    expect(normaliseWebsite('localhost')).toBeNull();
  });
});

describe(isSafeLink.name, () => {
  it('only links http and https addresses', () => {
    expect(isSafeLink('https://example.org')).toBe(true);
    expect(isSafeLink('javascript:alert(1)')).toBe(false);
  });
});
