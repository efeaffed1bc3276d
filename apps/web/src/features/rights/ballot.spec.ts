import { ballotChanged, ballotTotal } from './ballot';

const PROJECTS = [
  { id: 'benches', cost: 2500 },
  { id: 'lights', cost: 5000 },
  { id: 'pool', cost: 7000 },
];

describe(ballotTotal.name, () => {
  it('adds up the ticked projects against the budget', () => {
    expect(ballotTotal(PROJECTS, new Set(['benches', 'lights']), 10000)).toEqual({
      total: 7500,
      over: false,
      text: 'Your ballot: £7,500 of £10,000',
    });
  });

  it('starts at nothing', () => {
    expect(ballotTotal(PROJECTS, new Set(), 10000).text).toBe('Your ballot: £0 of £10,000');
  });

  it('says when the ticks come to more than the budget, which approval voting allows', () => {
    const total = ballotTotal(PROJECTS, new Set(['benches', 'lights', 'pool']), 10000);
    expect(total.total).toBe(14500);
    expect(total.over).toBe(true);
  });

  it('counts exactly the budget as within it, and ignores ticks for projects not on the list', () => {
    expect(ballotTotal(PROJECTS, new Set(['benches', 'gone']), 2500)).toMatchObject({ total: 2500, over: false });
  });
});

describe(ballotChanged.name, () => {
  it('compares the ticks with the saved ballot whatever their order', () => {
    expect(ballotChanged(['lights', 'benches'], new Set(['benches', 'lights']))).toBe(false);
    expect(ballotChanged(['lights'], new Set(['benches', 'lights']))).toBe(true);
    expect(ballotChanged(['lights', 'pool'], new Set(['benches', 'lights']))).toBe(true);
    expect(ballotChanged([], new Set())).toBe(false);
  });
});
