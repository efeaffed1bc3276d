import { nextSort, sortRows } from './sorting';

describe('sorting a table', () => {
  const rows = [
    { name: 'Craven', overdue: 2 },
    { name: 'Allerdale', overdue: 7 },
    { name: 'Bolton', overdue: 0 },
  ];
  const value = (row: (typeof rows)[number], key: 'name' | 'overdue') => row[key];

  it('sorts names alphabetically and figures by size', () => {
    expect(sortRows(rows, { key: 'name', direction: 'ascending' }, value).map((r) => r.name)).toEqual([
      'Allerdale',
      'Bolton',
      'Craven',
    ]);
    expect(sortRows(rows, { key: 'overdue', direction: 'descending' }, value).map((r) => r.overdue)).toEqual([7, 2, 0]);
  });

  it('flips the column pressed again, and starts a figure column largest first', () => {
    expect(nextSort({ key: 'name', direction: 'ascending' }, 'name', ['name'])).toEqual({
      key: 'name',
      direction: 'descending',
    });
    expect(nextSort({ key: 'name', direction: 'ascending' }, 'overdue', ['name'])).toEqual({
      key: 'overdue',
      direction: 'descending',
    });
  });
});
