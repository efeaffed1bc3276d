import { organisationProof, signatureInWords, signerProof } from './signature-proof';

describe('signature proof in words', () => {
  it('says who signed, for which organisation, proved by which domain', () => {
    expect(
      signatureInWords({
        signerName: 'Nadia Bell',
        organisationName: 'North Yorkshire Council',
        organisationVerified: true,
        organisationDomains: ['northyorks.gov.uk'],
        signerDomain: 'northyorks.gov.uk',
      }),
    ).toBe(
      'Nadia Bell signed for North Yorkshire Council (verified by northyorks.gov.uk), using a confirmed address at northyorks.gov.uk.',
    );
  });

  it('says plainly what was not proved', () => {
    expect(
      signatureInWords({
        signerName: 'Alys Whitfield',
        organisationName: 'Settle Community Hydro',
        organisationVerified: false,
        organisationDomains: [],
        signerDomain: null,
      }),
    ).toBe('Alys Whitfield signed for Settle Community Hydro (not verified), without a confirmed e-mail address.');
    expect(organisationProof(true, [])).toBe('verified');
    expect(signerProof('nhs.net')).toBe('using a confirmed address at nhs.net');
  });
});
