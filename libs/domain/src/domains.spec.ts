import { emailDomain, emailIsOnDomain, isDomain, normaliseDomain } from './domains';

describe('domains', () => {
  it('normalises case, spaces and a trailing dot', () => {
    expect(normaliseDomain('  NorthYorks.GOV.uk. ')).toBe('northyorks.gov.uk');
  });

  it('takes real domains and refuses what is not one', () => {
    expect(isDomain('northyorks.gov.uk')).toBe(true);
    expect(isDomain('nhs.net')).toBe(true);
    for (const bad of [
      'localhost',
      'gov..uk',
      '-bad.org',
      'bad-.org',
      'a b.org',
      'example.123',
      `${'a'.repeat(64)}.org`,
    ]) {
      expect(isDomain(bad)).toBe(false);
    }
  });

  it('reads the domain of an address', () => {
    expect(emailDomain('Nadia.Bell@NorthYorks.gov.uk')).toBe('northyorks.gov.uk');
    expect(emailDomain('nobody')).toBeNull();
  });

  it('counts an address for its domain and the domains above it, never a lookalike', () => {
    expect(emailIsOnDomain('nadia@northyorks.gov.uk', 'northyorks.gov.uk')).toBe(true);
    expect(emailIsOnDomain('nadia@highways.northyorks.gov.uk', 'northyorks.gov.uk')).toBe(true);
    expect(emailIsOnDomain('nadia@fakenorthyorks.gov.uk', 'northyorks.gov.uk')).toBe(false);
    expect(emailIsOnDomain('nadia@northyorks.gov.uk', 'highways.northyorks.gov.uk')).toBe(false);
    expect(emailIsOnDomain('nadia@northyorks.gov.uk.evil.example', 'northyorks.gov.uk')).toBe(false);
  });
});
