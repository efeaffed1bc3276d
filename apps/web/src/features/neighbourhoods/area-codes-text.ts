import { parseAreaCodes } from '@covenant/domain';

/** Area codes as people paste them: separated by commas, semicolons, spaces or new lines. */
export function splitAreaCodes(text: string): string[] {
  return text.split(/[\s,;]+/).filter(Boolean);
}

export function readAreaCodes(text: string): { codes: string[]; invalid: string[] } {
  return parseAreaCodes(splitAreaCodes(text));
}

export function areaCodesError(invalid: readonly string[]): string | null {
  if (invalid.length === 0) return null;
  const list = invalid.map((code) => `“${code}”`).join(', ');
  const noun = invalid.length === 1 ? 'is not an ONS area code' : 'are not ONS area codes';
  return `${list} ${noun}. A code is E, W, S or N followed by 8 digits, e.g. E05012345.`;
}
