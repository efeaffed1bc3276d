import { equalShares, type EqualSharesInput } from './equal-shares';

const ballots = (...groups: [number, string[]][]): string[][] =>
  groups.flatMap(([n, ballot]) => Array.from({ length: n }, () => ballot));
const costs = (entries: Record<string, number>) => Object.entries(entries).map(([id, cost]) => ({ id, cost }));
const project = (outcome: ReturnType<typeof equalShares>, id: string) => outcome.projects.find((p) => p.id === id)!;

describe('equalShares: the Method of Equal Shares', () => {
  it('gives a minority its share where the most votes would give the majority everything', () => {
    // £100 and three voters: £33.33 each. Two approve A and B (£50 each), one approves C (£30).
    // A and B cost each supporter £25, C its one supporter £30: A first (tied with B, A by id).
    // A's supporters keep £8.33 each, £16.67 in all, short of B's £50. C at £30 next. £20 left buys nothing.
    // By most votes, A and B would take all £100 and C none.
    const outcome = equalShares({
      amount: 100,
      projects: costs({ A: 50, B: 50, C: 30 }),
      ballots: ballots([2, ['A', 'B']], [1, ['C']]),
    });
    expect(outcome.order).toEqual(['A', 'C']);
    expect(outcome).toMatchObject({ voters: 3, spent: 80 });
    expect(outcome.share).toBeCloseTo(100 / 3, 12);
    expect(outcome.projects).toEqual([
      {
        id: 'A',
        votes: 2,
        selected: true,
        chosenBy: 'EQUAL_SHARES',
        paidPerSupporter: 25,
        paidFromShares: 50,
        paidFromLeftover: 0,
      },
      {
        id: 'B',
        votes: 2,
        selected: false,
        chosenBy: null,
        paidPerSupporter: null,
        paidFromShares: 0,
        paidFromLeftover: 0,
      },
      {
        id: 'C',
        votes: 1,
        selected: true,
        chosenBy: 'EQUAL_SHARES',
        paidPerSupporter: 30,
        paidFromShares: 30,
        paidFromLeftover: 0,
      },
    ]);
  });

  it('buys the cheapest per supporter first, not the most voted', () => {
    // £1,000 and five voters: £200 each. A (£600) and C (£500) have the same three supporters, B (£400) two.
    // C costs each of its supporters £166.67, B £200, A £200: C first. A's supporters then hold £33.33 each,
    // £100 in all, short of £600; B's two still hold £200 each: B. Leftover £100 buys nothing more.
    const outcome = equalShares({
      amount: 1000,
      projects: costs({ A: 600, B: 400, C: 500 }),
      ballots: ballots([3, ['A', 'C']], [2, ['B']]),
    });
    expect(outcome.order).toEqual(['C', 'B']);
    expect(outcome).toMatchObject({ voters: 5, share: 200, spent: 900 });
    expect(project(outcome, 'A')).toMatchObject({ votes: 3, selected: false, chosenBy: null, paidPerSupporter: null });
    expect(project(outcome, 'B')).toMatchObject({ votes: 2, chosenBy: 'EQUAL_SHARES', paidPerSupporter: 200 });
    expect(project(outcome, 'C').paidPerSupporter).toBeCloseTo(500 / 3, 12);
  });

  it('gives a 49% minority its share of ten projects (the motivating example of Wikipedia’s article)', () => {
    // Wikipedia, "Method of Equal Shares", Motivation: 51% back 10 red projects, 49% 10 blue, and the money buys 10.
    // Here 100 voters with £10 each and £100 projects. A red costs its supporters £100/51 = £1.96 each, a blue
    // £100/49 = £2.04: five reds first (then reds hold £10/51 each, £10 in all), then four blues (then £90/49
    // each, £90 in all). The last £100 goes by votes to a sixth red; Wikipedia's five and five comes from
    // a different completion. By most votes, all ten would be red.
    const red = Array.from({ length: 10 }, (_, i) => `R${i}`);
    const blue = Array.from({ length: 10 }, (_, i) => `B${i}`);
    const outcome = equalShares({
      amount: 1000,
      projects: [...red, ...blue].map((id) => ({ id, cost: 100 })),
      ballots: ballots([51, red], [49, blue]),
    });
    expect(outcome.order).toEqual(['R0', 'R1', 'R2', 'R3', 'R4', 'B0', 'B1', 'B2', 'B3', 'R5']);
    expect(project(outcome, 'R4')).toMatchObject({ chosenBy: 'EQUAL_SHARES' });
    expect(project(outcome, 'R4').paidPerSupporter).toBeCloseTo(100 / 51, 12);
    expect(project(outcome, 'B3').paidPerSupporter).toBeCloseTo(100 / 49, 12);
    expect(project(outcome, 'R5')).toMatchObject({ chosenBy: 'COMPLETION', paidFromLeftover: 100 });
    expect(outcome.spent).toBe(1000);
  });

  it('agrees with a published run: Lackner & Skowron’s Example 1 profile', () => {
    // Lackner & Skowron, "Multi-Winner Voting with Approval Preferences" (Springer, 2023), Example 1: 12 voters,
    // 3×{a,b}, 3×{a,c}, 2×{a,d}, 1×{b,c,f}, 1×{e}, 1×{f}, 1×{g}, four seats. Its Example 11 (abcvoting's
    // tests/expected_output/test_abcbook_example11_py) runs equal shares with 1/3 each: a at 1/8 a head, then
    // nothing is affordable (b's four supporters hold 3×5/24 + 1/3 = 23/24 < 1), and completion gives {a,b,c,d}.
    // That book completes by Phragmén; completing by votes (b and c 4, d and f 2, d by id) gives the same.
    const outcome = equalShares({
      amount: 4,
      projects: ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => ({ id, cost: 1 })),
      ballots: ballots(
        [3, ['a', 'b']],
        [3, ['a', 'c']],
        [2, ['a', 'd']],
        [1, ['b', 'c', 'f']],
        [1, ['e']],
        [1, ['f']],
        [1, ['g']],
      ),
    });
    expect(outcome.order).toEqual(['a', 'b', 'c', 'd']);
    expect(project(outcome, 'a')).toMatchObject({ chosenBy: 'EQUAL_SHARES', paidPerSupporter: 1 / 8 });
    expect(outcome.projects.map((p) => p.votes)).toEqual([8, 4, 4, 2, 1, 2, 1]);
  });
});

describe('equalShares: ties', () => {
  it('breaks a tie in payment by more votes', () => {
    // £90, three voters with £30 each. P (£60) has two supporters, Q (£90) all three: both cost £30 each.
    // Q goes first by votes, and spends everyone's money.
    const outcome = equalShares({
      amount: 90,
      projects: costs({ P: 60, Q: 90 }),
      ballots: [['P', 'Q'], ['P', 'Q'], ['Q']],
    });
    expect(outcome.order).toEqual(['Q']);
    expect(outcome.spent).toBe(90);
  });

  it('breaks a tie in payment and votes by lower cost', () => {
    // £120, four voters with £30. Z (£15, the first voter's) costs £15 and goes first, leaving that voter £15.
    // N (£40, first and second voters) then costs £25 a head (the first pays its £15, the second £25) and
    // M (£50, third and fourth) £25 too: same payment, same votes, so the cheaper N goes before M.
    const outcome = equalShares({
      amount: 120,
      projects: costs({ M: 50, N: 40, Z: 15 }),
      ballots: [['Z', 'N'], ['N'], ['M'], ['M']],
    });
    expect(outcome.order).toEqual(['Z', 'N', 'M']);
    expect(project(outcome, 'N').paidPerSupporter).toBe(25);
  });

  it('breaks a tie in payment, votes and cost by id', () => {
    // £100, two voters with £50. X and Y (£50 each) are approved by both: £25 each. X first by id, then Y.
    const outcome = equalShares({
      amount: 100,
      projects: costs({ Y: 50, X: 50 }),
      ballots: ballots([2, ['X', 'Y']]),
    });
    expect(outcome.order).toEqual(['X', 'Y']);
  });
});

describe('equalShares: affordability and completion', () => {
  it('never buys a project nobody can afford, even on completion', () => {
    // £100, two voters with £50. The pavilion (£150) costs more than the whole budget; the bench (£40)
    // fits its supporter's £50. £60 left does not reach the pavilion either.
    const outcome = equalShares({
      amount: 100,
      projects: costs({ pavilion: 150, bench: 40 }),
      ballots: [['pavilion', 'bench'], ['pavilion']],
    });
    expect(outcome.order).toEqual(['bench']);
    expect(project(outcome, 'pavilion')).toMatchObject({ votes: 2, selected: false, chosenBy: null });
  });

  it('with everyone approving everything, buys the cheapest first until the money runs out', () => {
    // £100, four voters with £25. B (£30) costs each £7.50, A (£40) £10, C (£50) £12.50.
    // After B and A each voter holds £7.50, £30 in all: C (£50) does not fit. What is left is exactly
    // everyone's money, so completion can add nothing that equal shares could not buy.
    const outcome = equalShares({
      amount: 100,
      projects: costs({ A: 40, B: 30, C: 50 }),
      ballots: ballots([4, ['A', 'B', 'C']]),
    });
    expect(outcome.order).toEqual(['B', 'A']);
    expect(outcome.spent).toBe(70);
    expect(outcome.projects.map((p) => p.paidPerSupporter)).toEqual([10, 7.5, null]);
  });

  it('completes by most votes on what is left, the cheaper first on equal votes, then by id', () => {
    // £100, four voters with £25. Nothing is affordable by shares: A (£90) and B (£60) have two supporters
    // with £50, C and D (£40 each) one with £25. Completion from £100: A and B have 2 votes, B the cheaper
    // (£40 left), A no longer fits; C and D have 1 vote and cost the same, C by id (£0 left).
    const outcome = equalShares({
      amount: 100,
      projects: costs({ A: 90, B: 60, C: 40, D: 40 }),
      ballots: [['A', 'B'], ['A', 'B'], ['C'], ['D']],
    });
    expect(outcome.order).toEqual(['B', 'C']);
    expect(outcome.spent).toBe(100);
    expect(project(outcome, 'B')).toMatchObject({
      chosenBy: 'COMPLETION',
      paidPerSupporter: null,
      paidFromShares: 0,
      paidFromLeftover: 60,
    });
  });

  it('completes after equal shares with what they left', () => {
    // £100, four voters with £25. Only C (£20, one supporter) is affordable by shares. £80 is left:
    // A (two votes, £80) fits and is added; B (one vote, £30) then does not.
    const outcome = equalShares({
      amount: 100,
      projects: costs({ A: 80, B: 30, C: 20 }),
      ballots: [['A'], ['A'], ['B'], ['C']],
    });
    expect(outcome.order).toEqual(['C', 'A']);
    expect(project(outcome, 'A')).toMatchObject({
      chosenBy: 'COMPLETION',
      paidFromLeftover: 80,
      paidPerSupporter: null,
    });
    expect(project(outcome, 'C')).toMatchObject({ chosenBy: 'EQUAL_SHARES', paidPerSupporter: 20, paidFromShares: 20 });
  });

  it('never buys a project nobody approved, even when money is left', () => {
    const outcome = equalShares({ amount: 100, projects: costs({ X: 10, Y: 10 }), ballots: [['Y'], []] });
    expect(outcome.order).toEqual(['Y']);
    expect(project(outcome, 'X')).toMatchObject({ votes: 0, selected: false });
  });
});

describe('equalShares: voters and ballots', () => {
  it('buys nothing without ballots', () => {
    expect(equalShares({ amount: 100, projects: costs({ X: 10 }), ballots: [] })).toEqual({
      voters: 0,
      share: 0,
      spent: 0,
      projects: [
        {
          id: 'X',
          votes: 0,
          selected: false,
          chosenBy: null,
          paidPerSupporter: null,
          paidFromShares: 0,
          paidFromLeftover: 0,
        },
      ],
      order: [],
    });
  });

  it('counts an empty ballot as a voter whose share dilutes the others', () => {
    // Alone, X's supporter holds £100 and buys X (£60). With a second, empty ballot it holds £50: X is
    // out of reach by shares and bought on completion from the £100 left.
    const alone = equalShares({ amount: 100, projects: costs({ X: 60 }), ballots: [['X']] });
    expect(alone.projects[0]).toMatchObject({ chosenBy: 'EQUAL_SHARES', paidPerSupporter: 60 });
    const diluted = equalShares({ amount: 100, projects: costs({ X: 60 }), ballots: [['X'], []] });
    expect(diluted).toMatchObject({ voters: 2, share: 50 });
    expect(diluted.projects[0]).toMatchObject({ chosenBy: 'COMPLETION', paidFromLeftover: 60 });
  });

  it('ignores unknown projects and repeated ids on a ballot', () => {
    const outcome = equalShares({ amount: 100, projects: costs({ X: 10 }), ballots: [['X', 'X', 'nope'], ['nope']] });
    expect(outcome.projects).toHaveLength(1);
    expect(outcome.projects[0]).toMatchObject({ votes: 1, chosenBy: 'EQUAL_SHARES', paidPerSupporter: 10 });
    expect(outcome.voters).toBe(2);
  });
});

describe('equalShares: exact money', () => {
  it('pays for £100 with three shares of £100/3', () => {
    const outcome = equalShares({ amount: 100, projects: costs({ X: 100 }), ballots: ballots([3, ['X']]) });
    expect(outcome.projects[0]).toMatchObject({ selected: true, chosenBy: 'EQUAL_SHARES', paidFromShares: 100 });
    expect(outcome.projects[0].paidPerSupporter).toBeCloseTo(100 / 3, 12);
  });

  it('finds a project affordable to the penny where floating point falls short', () => {
    // £10, nine voters with £10/9. P (£2) has six supporters and goes first at £1/3 each (Q would be £8/9).
    // They keep £10/9 − £1/3 = £7/9; the other three £10/9: 6 × 7/9 + 3 × 10/9 = 72/9 = £8, exactly Q's cost,
    // so everyone pays all they have and the richest pay £10/9. In floating point the sum comes out a hair
    // under £8 and Q would fall to completion.
    const outcome = equalShares({
      amount: 10,
      projects: costs({ Q: 8, P: 2 }),
      ballots: ballots([6, ['P', 'Q']], [3, ['Q']]),
    });
    expect(outcome.order).toEqual(['P', 'Q']);
    expect(project(outcome, 'Q')).toMatchObject({ chosenBy: 'EQUAL_SHARES', paidFromShares: 8 });
    expect(project(outcome, 'Q').paidPerSupporter).toBeCloseTo(10 / 9, 12);
  });

  it('keeps its promises on many generated elections', () => {
    // A fixed generator (Park and Miller's), so every run checks the same elections.
    let seed = 2011;
    const next = (below: number) => {
      seed = (seed * 48271) % 2147483647;
      return seed % below;
    };
    for (let run = 0; run < 300; run++) {
      const ids = Array.from({ length: 1 + next(6) }, (_, i) => `p${i}`);
      const input: EqualSharesInput = {
        amount: 1 + next(300),
        projects: ids.map((id) => ({ id, cost: 1 + next(150) })),
        ballots: Array.from({ length: next(12) }, () => ids.filter(() => next(2) === 0)),
      };
      const outcome = equalShares(input);
      const selected = outcome.projects.filter((p) => p.selected);
      expect(outcome.spent).toBeLessThanOrEqual(input.amount);
      expect(outcome.spent).toBe(selected.reduce((sum, p) => sum + p.paidFromShares + p.paidFromLeftover, 0));
      expect([...outcome.order].sort()).toEqual(selected.map((p) => p.id).sort());
      for (const p of outcome.projects) {
        const cost = input.projects.find((q) => q.id === p.id)!.cost;
        if (p.selected) expect(p.votes).toBeGreaterThan(0);
        if (p.selected) expect(p.paidFromShares + p.paidFromLeftover).toBe(cost);
        if (p.chosenBy === 'EQUAL_SHARES') expect(p.paidPerSupporter! * p.votes).toBeGreaterThanOrEqual(cost - 1e-9);
        // Completion leaves nothing wanted that still fits.
        if (!p.selected && p.votes > 0) expect(cost).toBeGreaterThan(input.amount - outcome.spent);
      }
    }
  });
});
