import { auditCheckedUpTo, checkedSentence, NO_SEAL_YET, verificationChecks } from './verification-checks';

const allValid = {
  contentHashValid: true,
  htmlValid: true,
  signaturesValid: true,
  sealValid: true,
  auditChainValid: true,
  auditEventsChecked: 12,
};

describe(verificationChecks.name, () => {
  it('lists the five checks in order, each passed when its part is valid', () => {
    const checks = verificationChecks(allValid);
    expect(checks.map((check) => check.id)).toEqual(['contentHash', 'html', 'signatures', 'seal', 'auditChain']);
    expect(checks.every((check) => check.state === 'PASSED')).toBe(true);
  });

  it('marks each invalid part as failed and leaves the others passed', () => {
    const checks = verificationChecks({ ...allValid, htmlValid: false, auditChainValid: false });
    expect(Object.fromEntries(checks.map((check) => [check.id, check.state]))).toEqual({
      contentHash: 'PASSED',
      html: 'FAILED',
      signatures: 'PASSED',
      seal: 'PASSED',
      auditChain: 'FAILED',
    });
  });

  it('says the seal check does not apply, and why, when no version is complete', () => {
    const seal = verificationChecks({ ...allValid, sealValid: null }).find((check) => check.id === 'seal');
    expect(seal).toMatchObject({ state: 'NOT_APPLICABLE', note: NO_SEAL_YET });
  });

  it('says how far the audit chain was checked for someone outside a revision being drafted', () => {
    const whole = verificationChecks(allValid).find((check) => check.id === 'auditChain');
    expect(whole?.note).toBeUndefined();
    const part = verificationChecks(allValid, false).find((check) => check.id === 'auditChain');
    expect(part).toMatchObject({ state: 'PASSED', note: auditCheckedUpTo(12) });
    expect(part?.note).toMatch(/^Checked through entry 12, where the current review began/);
  });

  it('fails the seal check when a seal does not verify', () => {
    const seal = verificationChecks({ ...allValid, sealValid: false }).find((check) => check.id === 'seal');
    expect(seal?.state).toBe('FAILED');
    expect(seal?.note).toBeUndefined();
  });
});

describe(checkedSentence.name, () => {
  it('names every check in one sentence when all of them applied', () => {
    expect(checkedSentence(verificationChecks(allValid))).toBe(
      'We checked that each version’s text recomputes to its content hash, that the text shown is the text ' +
        'that was frozen, that every signature was made on that hash, that the platform seal verifies and ' +
        'that the audit trail’s hash chain is unbroken.',
    );
  });

  it('leaves out the seal and says why when no version is complete yet', () => {
    expect(checkedSentence(verificationChecks({ ...allValid, sealValid: null }))).toBe(
      'We checked that each version’s text recomputes to its content hash, that the text shown is the text ' +
        'that was frozen, that every signature was made on that hash and that the audit trail’s hash chain ' +
        `is unbroken. ${NO_SEAL_YET}`,
    );
  });
});
