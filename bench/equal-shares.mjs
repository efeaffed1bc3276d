#!/usr/bin/env node
/**
 * Figures for counting a participatory budget: the Method of Equal Shares
 * (libs/domain, as built) on random approval ballots of growing size, beside
 * a reference run on the same ballots: "most votes wins" (greedy by votes, the
 * count most participatory-budgeting tools use). Prints the time of each
 * count (median of 5), the ratio, and how many winners each picks.
 *
 *   npx nx run api:build             # once
 *   node bench/equal-shares.mjs       # or: npm run bench:equal-shares
 */
import { createRequire } from 'node:module';
import { requireBuild } from './support.mjs';

requireBuild();
const require = createRequire(import.meta.url);
const { equalShares } = require('../dist/api/libs/domain/src/rights/equal-shares.js');

/** A deterministic random profile: projects of £1,000–£20,000, each voter approving 1–6 of them, some more popular. */
function profile(voters, projects, seed = 1) {
  let state = seed;
  const random = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const list = Array.from({ length: projects }, (_, i) => ({
    id: `p${i}`,
    cost: 1000 + Math.floor(random() * 19) * 1000,
  }));
  const ballots = Array.from({ length: voters }, () => {
    const size = 1 + Math.floor(random() * 6);
    return Array.from({ length: size }, () => list[Math.floor(random() ** 2 * projects)].id);
  });
  return { amount: 100_000, projects: list, ballots };
}

function mostVotes({ amount, projects, ballots }) {
  const votes = new Map(projects.map((p) => [p.id, 0]));
  for (const ballot of ballots) for (const id of new Set(ballot)) votes.set(id, votes.get(id) + 1);
  let left = amount;
  const chosen = [];
  for (const p of [...projects].sort((a, b) => votes.get(b.id) - votes.get(a.id) || a.cost - b.cost)) {
    if (votes.get(p.id) && p.cost <= left) {
      left -= p.cost;
      chosen.push(p.id);
    }
  }
  return chosen;
}

function median(count) {
  const times = [];
  let result;
  for (let i = 0; i < 5; i++) {
    const start = process.hrtime.bigint();
    result = count();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { ms: times.sort((a, b) => a - b)[2], result };
}

console.log('voters  projects  equal shares (ms)  most votes (ms)  ratio  winners (shares / votes)');
for (const [voters, projects] of [
  [100, 10],
  [1_000, 30],
  [10_000, 60],
  [50_000, 100],
]) {
  const input = profile(voters, projects);
  const shares = median(() => equalShares(input));
  const reference = median(() => mostVotes(input));
  console.log(
    `${String(voters).padStart(6)}  ${String(projects).padStart(8)}  ${shares.ms.toFixed(1).padStart(17)}  ${reference.ms
      .toFixed(1)
      .padStart(
        15,
      )}  ${(shares.ms / reference.ms).toFixed(0).padStart(5)}  ${shares.result.order.length} / ${reference.result.length}`,
  );
}
