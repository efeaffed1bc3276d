import { verificationLabel } from './verification-label';

describe('verificationLabel', () => {
  it('names the domains that proved a verified organisation', () => {
    expect(verificationLabel('VERIFIED', ['northyorks.gov.uk'])).toBe('Verified: northyorks.gov.uk');
  });

  it('says plainly when an organisation is not verified, whatever the reason', () => {
    expect(verificationLabel('UNVERIFIED', [])).toBe('Not verified');
    expect(verificationLabel('REJECTED', [])).toBe('Not verified');
    expect(verificationLabel('PENDING', [])).toBe('Not verified yet: verification requested');
  });
});
