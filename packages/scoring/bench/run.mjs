// Benchmarks of @itu-aicb/scoring, reported as ratios against a baseline run in the same process,
// each the minimum of several warmed runs. Run after a build: `pnpm bench` from the repository
// root, or `node --expose-gc bench/run.mjs [filter]` in this package to run only the tasks whose
// name contains `filter` (with their baselines).
//
// Baselines:
// - each method against its plain JavaScript reference loop (reference.mjs): the textbook method
//   over the same packed matrix, ranks included, no validation. A ratio of 1.5 means the SDK takes
//   1.5 times as long as that loop for the same result.
// - rank acceptability (SMAA) against a plain matrix-form loop: TOPSIS on a matrix normalised once,
//   an index sort and a count per sample (reference.mjs).
// - weightStability against one run of the TOPSIS reference loop on the same matrix: the ratio is
//   how many plain TOPSIS runs the analysis costs.
// - PROMETHEE II, the weighted sum and the rank correlations against one weighted-sum pass over
//   the packed matrix and a plain sort, the least they must do to read every cell once.
//
// The comparison with pymcdm and numpy, which cannot run here in CI, is pymcdm-compare.py.
import { Bench } from 'tinybench';
import {
  copras,
  kendallTau,
  prepareMatrix,
  prometheeII,
  rankAcceptability,
  spearman,
  spotis,
  topsis,
  vikor,
  weightStability,
  weightedSum,
} from '../dist/index.js';
import { boundsOf, directionsOf, generate, weightsOf } from './matrices.mjs';
import {
  coprasReference,
  smaaReference,
  spotisReference,
  topsisReference,
  vikorReference,
} from './reference.mjs';

const filter = process.argv[2] ?? '';
const CRITERIA = 20;
const weights = weightsOf(CRITERIA);
const directions = directionsOf(CRITERIA);
const bounds = boundsOf(CRITERIA);
const preference = Array.from({ length: CRITERIA }, (_, j) =>
  j % 3 === 0
    ? { type: 'usual' }
    : j % 3 === 1
      ? { type: 'v-shape', p: 200 }
      : { type: 'linear', q: 20, p: 300 },
);
const mb = (bytes) => (bytes / 1e6).toFixed(1);

function weightedSumPass(prepared) {
  const { alternatives: m, criteria: n, values } = prepared;
  const w = new Float64Array(weights.map((x) => x / weights.reduce((a, b) => a + b, 0)));
  const out = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += w[j] * values[i * n + j];
    out[i] = s;
  }
  return out;
}

if ('promethee-ii'.includes(filter)) {
  // Peak memory of PROMETHEE II at 10,000 x 20, measured first so that nothing else has raised
  // the process's peak yet. An m-by-m preference matrix of doubles would be 800 MB.
  const promPrepared = prepareMatrix(generate(10_000, CRITERIA, 7));
  globalThis.gc?.();
  const before = process.memoryUsage();
  const peakBefore = process.resourceUsage().maxRSS;
  const t0 = performance.now();
  prometheeII(promPrepared, { weights, directions, preference });
  const once = performance.now() - t0;
  const after = process.memoryUsage();
  const peakAfter = process.resourceUsage().maxRSS;
  console.log('PROMETHEE II, 10,000 x 20 (usual, v-shape, linear), one cold run:');
  console.log(`  time ${once.toFixed(0)} ms`);
  console.log(
    `  heap + array buffers grew ${mb(after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers)} MB;` +
      ` peak RSS ${mb(peakBefore * 1024)} -> ${mb(peakAfter * 1024)} MB (an m x m matrix would be 800 MB)`,
  );
}

const cases = [];
for (const m of [10_000, 100_000]) {
  const matrix = generate(m, CRITERIA, m);
  const prepared = prepareMatrix(matrix);
  const size = `${m.toLocaleString('en')} x ${CRITERIA}`;
  const options = { weights, directions };
  const reference = (method) => `${method} reference loop ${size}`;
  cases.push(
    { name: reference('topsis'), run: () => topsisReference(prepared, weights, directions) },
    {
      name: `topsis ${size} (number[][])`,
      base: reference('topsis'),
      run: () => topsis(matrix, options),
    },
    {
      name: `topsis ${size} (prepared)`,
      base: reference('topsis'),
      run: () => topsis(prepared, options),
    },
    { name: reference('vikor'), run: () => vikorReference(prepared, weights, directions) },
    {
      name: `vikor ${size} (prepared)`,
      base: reference('vikor'),
      run: () => vikor(prepared, options),
    },
  );
  if (m === 100_000) {
    cases.push(
      { name: reference('copras'), run: () => coprasReference(prepared, weights, directions) },
      {
        name: `copras ${size} (prepared)`,
        base: reference('copras'),
        run: () => copras(prepared, options),
      },
      {
        name: reference('spotis'),
        run: () => spotisReference(prepared, weights, directions, bounds),
      },
      {
        name: `spotis ${size} (prepared)`,
        base: reference('spotis'),
        run: () => spotis(prepared, { ...options, bounds }),
      },
    );
  }
  if (m === 10_000) {
    const baseName = `weighted-sum pass ${size}`;
    cases.push(
      { name: baseName, run: () => weightedSumPass(prepared) },
      {
        name: `promethee-ii ${size} (prepared)`,
        base: baseName,
        run: () => prometheeII(prepared, { weights, directions, preference }),
      },
      {
        name: `weighted-sum ${size} (prepared, min-max)`,
        base: baseName,
        run: () => weightedSum(prepared, options),
      },
      {
        name: `weighted-sum ${size} (prepared, sum)`,
        base: baseName,
        run: () => weightedSum(prepared, { ...options, normalization: 'sum' }),
      },
    );
  }
}

// Rank correlations of two 100,000-long score lists with ties, against sorting a copy of one
// list, the least an O(n log n) coefficient does.
{
  const n = 100_000;
  const [a, b] = [11, 13].map((seed) => {
    let state = seed;
    return Array.from({ length: n }, () => {
      state = (state * 16807) % 2147483647;
      return state % 5000;
    });
  });
  const baseName = 'sort of 100,000 numbers';
  cases.push(
    { name: baseName, run: () => Float64Array.from(a).sort() },
    { name: 'kendallTau 100,000 (ties)', base: baseName, run: () => kendallTau(a, b) },
    { name: 'spearman 100,000', base: baseName, run: () => spearman(a, b) },
  );
}

// Monte Carlo rank acceptability: 10,000 weight samples on 500 x 10, TOPSIS ranks per sample.
{
  const prepared = prepareMatrix(generate(500, 10, 500));
  const tenDirections = directionsOf(10);
  const baseName = 'SMAA matrix-form loop 10,000 x 500 x 10';
  cases.push(
    { name: baseName, run: () => smaaReference(prepared, tenDirections, 10_000, 1) },
    {
      name: 'SMAA 10,000 samples 500 x 10 (topsis)',
      base: baseName,
      run: () =>
        rankAcceptability(prepared, {
          method: 'topsis',
          directions: tenDirections,
          samples: 10_000,
          seed: 1,
        }),
    },
  );
}

const selected = cases.filter(
  (c) => c.name.includes(filter) || cases.some((d) => d.base === c.name && d.name.includes(filter)),
);
const bench = new Bench({ time: 1500, warmupTime: 200, iterations: 5 });
for (const c of selected) bench.add(c.name, c.run);
await bench.run();

const best = (name) => {
  const latency = bench.getTask(name)?.result?.latency;
  if (latency === undefined) throw new Error(`no result for ${name}`);
  return latency.min;
};
const rows = selected.map((c) => ({ name: c.name, ms: best(c.name), base: c.base }));

// weightStability of TOPSIS on 100,000 x 10: each criterion's interval is scanned in 200 steps
// and bisected, thousands of weight vectors. Timed once (minutes before this work, seconds now),
// against the best of several runs of the TOPSIS reference loop on the same matrix.
if ('weightStability 100,000 x 10 (topsis)'.includes(filter)) {
  const prepared = prepareMatrix(generate(100_000, 10, 100_010));
  const tenWeights = weightsOf(10);
  const tenDirections = directionsOf(10);
  const baseName = 'topsis reference loop 100,000 x 10';
  let reference = Infinity;
  for (let k = 0; k < 5; k++) {
    const t0 = performance.now();
    topsisReference(prepared, tenWeights, tenDirections);
    reference = Math.min(reference, performance.now() - t0);
  }
  const t0 = performance.now();
  weightStability(prepared, { method: 'topsis', weights: tenWeights, directions: tenDirections });
  const once = performance.now() - t0;
  rows.push(
    { name: baseName, ms: reference },
    { name: 'weightStability 100,000 x 10 (topsis)', ms: once, base: baseName },
  );
}

console.log('');
console.log('task'.padEnd(46), 'min ms'.padStart(10), 'x baseline'.padStart(11));
for (const row of rows) {
  const base = rows.find((r) => r.name === row.base);
  console.log(
    (row.base === undefined ? row.name : `  ${row.name}`).padEnd(46),
    row.ms.toFixed(2).padStart(10),
    (base === undefined ? 'baseline' : (row.ms / base.ms).toFixed(2)).padStart(11),
  );
}
