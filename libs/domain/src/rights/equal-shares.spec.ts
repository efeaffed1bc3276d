import { equalShares } from './equal-shares';

const winners = (outcome: ReturnType<typeof equalShares>) => outcome.order;
const ballots = (...groups: [number, string[]][]) => groups.flatMap(([n, ballot]) => Array(n).fill(ballot));

describe('equalShares (Method of Equal Shares with completion)', () => {
  it('gives a minority its share where the most votes would give the majority everything', () => {
    // £1,000 and five voters: £200 each. A (£600) and C (£500) have the same three supporters, B (£400) two.
    // C costs each of its supporters £166.67, B £200, A £200: C first. A's supporters then hold £33.33 each,
    // £100 in all, short of £600; B's two still hold £200 each: B. Leftover £100 buys nothing more.
    const outcome = equalShares({
      amount: 1000,
      projects: [
        { id: 'A', cost: 600 },
        { id: 'B', cost: 400 },
        { id: 'C', cost: 500 },
      ],
      ballots: ballots([3, ['A', 'C']], [2, ['B']]),
    });
    expect(winners(outcome)).toEqual(['C', 'B']);
    expect(outcome).toMatchObject({ voters: 5, share: 200, spent: 900 });
    const [a, b, c] = outcome.projects;
    expect(a).toMatchObject({ votes: 3, selected: false, chosenBy: null, paidPerSupporter: null });
    expect(b).toMatchObject({ votes: 2, selected: true, chosenBy: 'EQUAL_SHARES', paidPerSupporter: 200 });
    expect(c.paidPerSupporter).toBeCloseTo(500 / 3, 10);
    expect(c.paidFromShares).toBeCloseTo(500, 10);
  });

  it('breaks a tie in payment by more votes', () => {
    // £90, three voters with £30 each. P (£60) has two supporters, Q (£90) all three: both cost £30 each.
    const outcome = equalShares({
      amount: 90,
      projects: [
        { id: 'P', cost: 60 },
        { id: 'Q', cost: 90 },
      ],
      ballots: [['P', 'Q'], ['P', 'Q'], ['Q']],
    });
    expect(winners(outcome)).toEqual(['Q']);
    expect(outcome.spent).toBe(90);
  });

  it('breaks a tie in payment and votes by lower cost, then by id', () => {
    // £100, two voters with £50. X and Y (£50 each) are approved by both: £25 each. X first by id, then Y.
    expect(
      winners(
        equalShares({
          amount: 100,
          projects: [
            { id: 'Y', cost: 50 },
            { id: 'X', cost: 50 },
          ],
          ballots: [
            ['X', 'Y'],
            ['X', 'Y'],
          ],
        }),
      ),
    ).toEqual(['X', 'Y']);
    // £120, four voters with £30. Z (£15, the first voter's) costs £15 and goes first, leaving that voter £15.
    // N (£40, first and second voters) then costs £25 per head (the first pays its £15, the second £25) and
    // M (£50, third and fourth) £25 too: same payment, same votes, so the cheaper N goes before M.
    expect(
      winners(
        equalShares({
          amount: 120,
          projects: [
            { id: 'M', cost: 50 },
            { id: 'N', cost: 40 },
            { id: 'Z', cost: 15 },
          ],
          ballots: [['Z', 'N'], ['N'], ['M'], ['M']],
        }),
      ),
    ).toEqual(['Z', 'N', 'M']);
  });

  it('never buys a project nobody can afford, even on completion', () => {
    // £100, two voters with £50. The pavilion (£150) is out of reach; the bench (£40) fits its supporter's £50.
    const outcome = equalShares({
      amount: 100,
      projects: [
        { id: 'pavilion', cost: 150 },
        { id: 'bench', cost: 40 },
      ],
      ballots: [['pavilion', 'bench'], ['pavilion']],
    });
    expect(winners(outcome)).toEqual(['bench']);
    expect(outcome.projects[0].selected).toBe(false);
  });

  it('with everyone approving everything, buys the cheapest per head first until the money runs out', () => {
    // £100, four voters with £25. B (£30) costs each £7.50, A (£40) £10, C (£50) £12.50.
    // After B and A each voter holds £7.50, £30 in all: C (£50) does not fit, nor on completion.
    const outcome = equalShares({
      amount: 100,
      projects: [
        { id: 'A', cost: 40 },
        { id: 'B', cost: 30 },
        { id: 'C', cost: 50 },
      ],
      ballots: ballots([4, ['A', 'B', 'C']]),
    });
    expect(winners(outcome)).toEqual(['B', 'A']);
    expect(outcome.spent).toBe(70);
    expect(outcome.projects.map((p) => p.paidPerSupporter)).toEqual([10, 7.5, null]);
  });

  it('completes by most votes on what is left', () => {
    // £100, four voters with £25. Only C (£20, one supporter) is affordable by shares. £80 is left:
    // A (two votes, £80) fits and is added; B (one vote, £30) then does not.
    const outcome = equalShares({
      amount: 100,
      projects: [
        { id: 'A', cost: 80 },
        { id: 'B', cost: 30 },
        { id: 'C', cost: 20 },
      ],
      ballots: [['A'], ['A'], ['B'], ['C']],
    });
    expect(winners(outcome)).toEqual(['C', 'A']);
    expect(outcome.projects[0]).toMatchObject({ chosenBy: 'COMPLETION', paidFromLeftover: 80, paidPerSupporter: null });
    expect(outcome.projects[2]).toMatchObject({ chosenBy: 'EQUAL_SHARES', paidPerSupporter: 20 });
  });

  it('counts an empty ballot as a voter whose share dilutes the others', () => {
    // £100, two voters with £50, one approving nothing: X (£60) is out of its supporter's reach by shares,
    // and bought on completion from the £100 left.
    const outcome = equalShares({ amount: 100, projects: [{ id: 'X', cost: 60 }], ballots: [['X'], []] });
    expect(outcome.projects[0]).toMatchObject({ selected: true, chosenBy: 'COMPLETION' });
  });

  it('never buys a project nobody approved', () => {
    const outcome = equalShares({ amount: 100, projects: [{ id: 'X', cost: 10 }], ballots: [[]] });
    expect(outcome.projects[0].selected).toBe(false);
  });

  it('buys nothing without ballots', () => {
    expect(equalShares({ amount: 100, projects: [{ id: 'X', cost: 10 }], ballots: [] })).toMatchObject({
      voters: 0,
      share: 0,
      spent: 0,
      order: [],
    });
  });

  it('counts exactly: three shares of £100/3 pay for £100', () => {
    const outcome = equalShares({ amount: 100, projects: [{ id: 'X', cost: 100 }], ballots: ballots([3, ['X']]) });
    expect(outcome.projects[0]).toMatchObject({ selected: true, chosenBy: 'EQUAL_SHARES' });
    expect(outcome.projects[0].paidPerSupporter).toBeCloseTo(100 / 3, 10);
  });

  it('ignores unknown projects and repeated ids on a ballot', () => {
    const outcome = equalShares({ amount: 100, projects: [{ id: 'X', cost: 10 }], ballots: [['X', 'X', 'nope']] });
    expect(outcome.projects[0].votes).toBe(1);
  });
});
