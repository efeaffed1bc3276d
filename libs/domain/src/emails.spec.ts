import { isEmailAddress, MAX_EMAIL_LENGTH } from './emails';

describe(isEmailAddress.name, () => {
  it.each(['morag@settlepool.example', 'aled.pryce+covenants@example.org', '"aled@home"@example.org'])(
    'takes %s',
    (email) => expect(isEmailAddress(email)).toBe(true),
  );

  it.each([
    ['nothing before the @', '@example.org'],
    ['no @', 'morag.example.org'],
    ['no dot in the domain', 'morag@localhost'],
    ['a space in the domain', 'morag@settle pool.example'],
    ['a control character', 'morag@example.org\u0000'],
    ['a local part over 64 characters', `${'a'.repeat(65)}@example.org`],
  ])('refuses an address with %s', (_label, email) => expect(isEmailAddress(email)).toBe(false));

  it('takes 254 characters and no more', () => {
    const address = (length: number) => `${'a'.repeat(64)}@${'d'.repeat(length - 64 - 1 - 4)}.org`;
    expect(address(MAX_EMAIL_LENGTH)).toHaveLength(MAX_EMAIL_LENGTH);
    expect(isEmailAddress(address(MAX_EMAIL_LENGTH))).toBe(true);
    expect(isEmailAddress(address(MAX_EMAIL_LENGTH + 1))).toBe(false);
  });
});
