/**
 * Right to Control Investment: the winners of a participatory budget by the
 * Method of Equal Shares for approval ballots, each approved project worth 1
 * to its supporters, completed by most votes on what is left (the contract's
 * definition). Money is counted exactly, as fractions of whole pounds, so
 * ties and affordability never depend on rounding.
 */

/** A non-negative fraction num/den in lowest terms, den > 0: kept small, since every payment divides. */
interface Fraction {
  num: bigint;
  den: bigint;
}

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
const frac = (num: bigint, den = 1n): Fraction => {
  const g = gcd(num, den);
  return { num: num / g, den: den / g };
};
const sub = (a: Fraction, b: Fraction) => frac(a.num * b.den - b.num * a.den, a.den * b.den);
const compare = (a: Fraction, b: Fraction) => {
  const d = a.num * b.den - b.num * a.den;
  return d < 0n ? -1 : d > 0n ? 1 : 0;
};
const min = (a: Fraction, b: Fraction) => (compare(a, b) <= 0 ? a : b);
const times = (a: Fraction, n: number) => frac(a.num * BigInt(n), a.den);
const divide = (a: Fraction, n: number) => frac(a.num, a.den * BigInt(n));
const toNumber = (a: Fraction) => Number(a.num) / Number(a.den);

export interface EqualSharesInput {
  /** Whole pounds. */
  amount: number;
  projects: { id: string; cost: number }[];
  /** Each voter's approved project ids. */
  ballots: string[][];
}

export interface EqualSharesProject {
  id: string;
  votes: number;
  selected: boolean;
  chosenBy: 'EQUAL_SHARES' | 'COMPLETION' | null;
  /** What each supporter's share paid towards it (a poorer share paid all it had left); null unless chosen by equal shares. */
  paidPerSupporter: number | null;
  /** Of its cost, what came from the supporters' shares and what from the leftover (pounds). */
  paidFromShares: number;
  paidFromLeftover: number;
}

export interface EqualSharesOutcome {
  voters: number;
  /** amount / voters in pounds (0 when nobody voted). */
  share: number;
  /** Whole pounds: the selected projects' costs. */
  spent: number;
  /** In the input's order. */
  projects: EqualSharesProject[];
  /** Selected ids in the order they were chosen. */
  order: string[];
}

interface Candidate {
  id: string;
  cost: number;
  supporters: number[];
}

/** Ties to more votes, then lower cost, then id. */
function byVotesCostId(a: Candidate, b: Candidate): number {
  return b.supporters.length - a.supporters.length || a.cost - b.cost || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Voters who backed the same winners hold the same money, so money is kept
 * once per such group: counting thousands of ballots stays quick.
 */
interface Purses {
  groupOf: number[];
  money: Fraction[];
}

/**
 * The smallest equal payment rho each supporter makes (those with less pay all
 * they have) that together meet the cost; null when their money cannot.
 */
function perSupporter(candidate: Candidate, { groupOf, money }: Purses): Fraction | null {
  const counts = new Map<number, number>();
  for (const voter of candidate.supporters) counts.set(groupOf[voter], (counts.get(groupOf[voter]) ?? 0) + 1);
  const levels = [...counts].sort(([a], [b]) => compare(money[a], money[b]));
  let still = frac(BigInt(candidate.cost));
  let payers = candidate.supporters.length;
  // Supporters holding the same amount are all poor or all not: one poor one leaves rho higher for the rest.
  for (const [group, count] of levels) {
    const rho = divide(still, payers);
    if (compare(money[group], rho) >= 0) return rho;
    still = sub(still, times(money[group], count));
    payers -= count;
  }
  return null;
}

/** Each supporter pays rho, or all it has when that is less. */
function pay(candidate: Candidate, rho: Fraction, purses: Purses): void {
  const after = new Map<number, number>();
  for (const voter of candidate.supporters) {
    const group = purses.groupOf[voter];
    let next = after.get(group);
    if (next === undefined) {
      const held = purses.money[group];
      next = purses.money.push(sub(held, min(held, rho))) - 1;
      after.set(group, next);
    }
    purses.groupOf[voter] = next;
  }
}

export function equalShares({ amount, projects, ballots }: EqualSharesInput): EqualSharesOutcome {
  const known = new Set(projects.map((project) => project.id));
  const candidates: Candidate[] = projects.map(({ id, cost }) => ({ id, cost, supporters: [] }));
  const byId = new Map(candidates.map((candidate) => [candidate.id, candidate]));
  ballots.forEach((ballot, voter) => {
    for (const id of new Set(ballot)) if (known.has(id)) byId.get(id)!.supporters.push(voter);
  });
  const voters = ballots.length;
  const results = new Map<string, EqualSharesProject>(
    candidates.map((c) => [
      c.id,
      {
        id: c.id,
        votes: c.supporters.length,
        selected: false,
        chosenBy: null,
        paidPerSupporter: null,
        paidFromShares: 0,
        paidFromLeftover: 0,
      },
    ]),
  );
  const order: string[] = [];
  let spent = 0;

  if (voters > 0) {
    const purses: Purses = { groupOf: Array<number>(voters).fill(0), money: [frac(BigInt(amount), BigInt(voters))] };
    let open = candidates.filter((c) => c.supporters.length > 0);
    let affordable = open;
    // Supporters only ever spend, so a project's rho only rises: the last one found is a floor to skip by.
    const floors = new Map(open.map((c) => [c, divide(frac(BigInt(c.cost)), c.supporters.length)]));
    const byFloor = (a: Candidate, b: Candidate) => compare(floors.get(a)!, floors.get(b)!);
    for (;;) {
      let best: { candidate: Candidate; rho: Fraction } | null = null;
      for (const candidate of [...affordable].sort(byFloor)) {
        if (best && compare(floors.get(candidate)!, best.rho) > 0) break;
        const rho = perSupporter(candidate, purses);
        if (!rho) {
          affordable = affordable.filter((c) => c !== candidate);
          continue;
        }
        floors.set(candidate, rho);
        const better =
          !best ||
          compare(rho, best.rho) < 0 ||
          (compare(rho, best.rho) === 0 && byVotesCostId(candidate, best.candidate) < 0);
        if (better) best = { candidate, rho };
      }
      if (!best) break;
      const { candidate, rho } = best;
      pay(candidate, rho, purses);
      // rho is the payment at which the supporters' shares meet the cost exactly.
      Object.assign(results.get(candidate.id)!, {
        selected: true,
        chosenBy: 'EQUAL_SHARES',
        paidPerSupporter: toNumber(rho),
        paidFromShares: candidate.cost,
      });
      order.push(candidate.id);
      spent += candidate.cost;
      open = open.filter((c) => c !== candidate);
      affordable = affordable.filter((c) => c !== candidate);
    }
    // Completion spends what is left on what most people want, by votes as the contract says (pabutools' greedy
    // ranks by votes per pound, so the two part when it has a choice); a project nobody approved is never bought.
    let leftover = amount - spent;
    for (const candidate of [...open].sort(byVotesCostId)) {
      if (candidate.cost > leftover) continue;
      leftover -= candidate.cost;
      spent += candidate.cost;
      order.push(candidate.id);
      Object.assign(results.get(candidate.id)!, {
        selected: true,
        chosenBy: 'COMPLETION',
        paidFromLeftover: candidate.cost,
      });
    }
  }

  return {
    voters,
    share: voters ? amount / voters : 0,
    spent,
    projects: projects.map((project) => results.get(project.id)!),
    order,
  };
}
