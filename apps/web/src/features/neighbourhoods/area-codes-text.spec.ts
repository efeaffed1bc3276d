import { areaCodesError, readAreaCodes, splitAreaCodes } from './area-codes-text';

describe(splitAreaCodes.name, () => {
  it('splits on commas, semicolons, spaces and new lines', () => {
    expect(splitAreaCodes(' E05012345,e01027823;\nW05000001  S13002345 ')).toEqual([
      'E05012345',
      'e01027823',
      'W05000001',
      'S13002345',
    ]);
  });

  it('gives nothing for blank text', () => {
    expect(splitAreaCodes('  \n ')).toEqual([]);
  });
});

describe(readAreaCodes.name, () => {
  it('upper-cases and de-duplicates valid codes and returns the wrong ones as typed', () => {
    expect(readAreaCodes('E05012345 e05012345 e01027823 E0501234 X12345678')).toEqual({
      codes: ['E05012345', 'E01027823'],
      invalid: ['E0501234', 'X12345678'],
    });
  });
});

describe(areaCodesError.name, () => {
  it('names each wrong code and explains the format', () => {
    expect(areaCodesError([])).toBeNull();
    expect(areaCodesError(['E0501234'])).toBe(
      '“E0501234” is not an ONS area code. A code is E, W, S or N followed by 8 digits, e.g. E05012345.',
    );
    expect(areaCodesError(['E0501234', 'foo'])).toMatch(/^“E0501234”, “foo” are not ONS area codes\./);
  });
});
