import { isSafeLink } from './links';

describe('isSafeLink', () => {
  it('accepts absolute web addresses, and e-mail links only where asked', () => {
    expect(isSafeLink('https://settlehydro.org.uk/minutes')).toBe(true);
    expect(isSafeLink('HTTP://example.org')).toBe(true);
    expect(isSafeLink('mailto:clerk@settle.gov.uk')).toBe(false);
    expect(isSafeLink('mailto:clerk@settle.gov.uk', { mailto: true })).toBe(true);
  });

  it('refuses scripts, relative and disguised addresses', () => {
    for (const href of [
      'javascript:alert(1)',
      'java\tscript:alert(1)',
      'https://exa\nmple.org',
      'https://example.org/a b',
      '//example.org',
      '/covenants/x',
      'data:text/html,hi',
      'https://',
      ' https://example.org',
    ]) {
      expect([href, isSafeLink(href, { mailto: true })]).toEqual([href, false]);
    }
  });
});
