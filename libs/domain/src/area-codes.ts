/**
 * ONS GSS codes: a nation letter (E, W, S, N) and eight digits, e.g. E05012345
 * for a ward or E01027823 for an LSOA. Codes are compared and stored upper-case.
 */
const GSS_CODE = /^[EWSN]\d{8}$/;

export function normaliseAreaCode(code: string): string {
  return code.trim().toUpperCase();
}

export function isAreaCode(code: string): boolean {
  return GSS_CODE.test(normaliseAreaCode(code));
}

/** Upper-cases and de-duplicates; returns the codes that are not valid GSS codes in `invalid`. */
export function parseAreaCodes(codes: readonly string[]): { codes: string[]; invalid: string[] } {
  const seen = new Set<string>();
  const invalid: string[] = [];
  for (const raw of codes) {
    const code = normaliseAreaCode(raw);
    if (!GSS_CODE.test(code)) invalid.push(raw);
    else seen.add(code);
  }
  return { codes: [...seen], invalid };
}
