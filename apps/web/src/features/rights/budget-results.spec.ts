import { arrangeResults, paymentText, votesText } from './budget-results';

const project = (id: string, cost: number, votes: number, selected: boolean) => ({
  id,
  title: id,
  cost,
  votes,
  selected,
});

describe(arrangeResults.name, () => {
  it('puts the winners first, each group by most votes, then lower cost', () => {
    const { winners, others } = arrangeResults([
      project('lights', 5000, 3, false),
      project('benches', 2500, 4, true),
      project('pool', 7000, 5, true),
      project('mural', 1000, 3, false),
      project('path', 2000, 4, true),
    ]);
    expect(winners.map((p) => p.id)).toEqual(['pool', 'path', 'benches']);
    expect(others.map((p) => p.id)).toEqual(['mural', 'lights']);
  });
});

describe(paymentText.name, () => {
  it('says what each supporter’s share paid for a project bought by equal shares', () => {
    expect(paymentText({ ...project('pool', 7000, 5, true), chosenBy: 'EQUAL_SHARES', paidPerSupporter: 1400 })).toBe(
      'each supporter’s share paid £1,400',
    );
    expect(
      paymentText({ ...project('pool', 7000, 3, true), chosenBy: 'EQUAL_SHARES', paidPerSupporter: 7000 / 3 }),
    ).toBe('each supporter’s share paid £2,333.33');
  });

  it('says a project the completion added was paid from the leftover, and nothing of one not chosen', () => {
    expect(paymentText({ ...project('mural', 1000, 2, true), chosenBy: 'COMPLETION' })).toBe('from the leftover');
    expect(paymentText(project('lights', 5000, 3, false))).toBeNull();
  });
});

describe(votesText.name, () => {
  it('counts votes in words', () => {
    expect(votesText(1)).toBe('1 vote');
    expect(votesText(0)).toBe('0 votes');
    expect(votesText(null)).toBe('0 votes');
    expect(votesText(1500)).toBe('1,500 votes');
  });
});
