import { colourFor } from '@covenant/domain';
import { initials, presentPeople } from './presence';

describe('presentPeople', () => {
  const me = { user: { id: 'u-1', name: 'Morag Ellison', color: '#0b5d4b' } };
  it('lists each person once, you first, then by name, ignoring states without a user', () => {
    const states = [
      { user: { id: 'u-3', name: 'Tom Haworth', color: '#1d4f91' } },
      {},
      me,
      { user: { id: 'u-2', name: 'Aled Pryce' } },
      { user: { id: 'u-3', name: 'Tom Haworth', color: '#1d4f91' } },
      null,
    ];
    expect(presentPeople(states, 'u-1').map((p) => [p.name, p.isYou])).toEqual([
      ['Morag Ellison', true],
      ['Aled Pryce', false],
      ['Tom Haworth', false],
    ]);
    expect(presentPeople(states, 'u-1')[1].color).toBe(colourFor('u-2'));
  });
});

describe('initials', () => {
  it('takes the first and last names’ first letters, accents included', () => {
    expect(initials('Siân Lloyd-Jones')).toBe('SL');
    expect(initials('Émile de la Cour')).toBe('ÉC');
    expect(initials('  Priya ')).toBe('P');
    expect(initials('')).toBe('?');
  });
});
