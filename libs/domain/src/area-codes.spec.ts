import { isAreaCode, parseAreaCodes } from './area-codes';

describe('ONS area codes', () => {
  it.each(['E05012345', 'E01027823', 'W05000123', 'S13002345', 'N08000123', 'e05012345'])('accepts %s', (code) => {
    expect(isAreaCode(code)).toBe(true);
  });

  it.each(['X05012345', 'E0501234', 'E050123456', 'E05-12345', '', 'E05 012345'])('refuses %p', (code) => {
    expect(isAreaCode(code)).toBe(false);
  });

  it('upper-cases, trims and de-duplicates, and lists the codes it refuses as given', () => {
    expect(parseAreaCodes([' e05012345', 'E05012345', 'w05000123', 'bad'])).toEqual({
      codes: ['E05012345', 'W05000123'],
      invalid: ['bad'],
    });
  });
});
