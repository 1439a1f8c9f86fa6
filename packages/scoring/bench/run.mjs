// Benchmarks of @itu-aicb/scoring, reported as ratios against a baseline run in the same process.
// Run after a build: `pnpm bench` from the repository root or this package.
//
// Baseline: one weighted-sum pass over the same packed Float64Array (m x n multiply-adds, no
// validation, no normalisation, no ranking) - the least any method must do to read every cell once.
// A ratio of 5 means the method costs five such passes.
import { Bench } from 'tinybench';
import {
  copras,
  kendallTau,
  prepareMatrix,
  prometheeII,
  rankAcceptability,
  spearman,
  topsis,
  vikor,
  weightedSum,
} from '../dist/index.js';

const CRITERIA = 20;

function generate(m, n, seed) {
  let state = seed;
  const next = () => (state = (state * 16807) % 2147483647) / 2147483647;
  return Array.from({ length: m }, () => Array.from({ length: n }, () => 1 + 999 * next()));
}

const weights = Array.from({ length: CRITERIA }, (_, j) => 1 + (j % 5));
const directions = Array.from({ length: CRITERIA }, (_, j) => (j % 3 === 0 ? 'cost' : 'benefit'));
const preference = Array.from({ length: CRITERIA }, (_, j) =>
  j % 3 === 0
    ? { type: 'usual' }
    : j % 3 === 1
      ? { type: 'v-shape', p: 200 }
      : { type: 'linear', q: 20, p: 300 },
);

function baseline(prepared) {
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

// Peak memory of PROMETHEE II at 10,000 x 20, measured first so that nothing else has raised the
// process's peak yet. An m-by-m preference matrix of doubles would be 800 MB.
const promMatrix = generate(10_000, CRITERIA, 7);
const promPrepared = prepareMatrix(promMatrix);
globalThis.gc?.();
const before = process.memoryUsage();
const peakBefore = process.resourceUsage().maxRSS;
const t0 = performance.now();
prometheeII(promPrepared, { weights, directions, preference });
const once = performance.now() - t0;
const after = process.memoryUsage();
const peakAfter = process.resourceUsage().maxRSS;
const mb = (bytes) => (bytes / 1e6).toFixed(1);
console.log('PROMETHEE II, 10,000 x 20 (usual, v-shape, linear), one cold run:');
console.log(`  time ${once.toFixed(0)} ms`);
console.log(
  `  heap + array buffers grew ${mb(after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers)} MB;` +
    ` peak RSS ${mb(peakBefore * 1024)} -> ${mb(peakAfter * 1024)} MB (an m x m matrix would be 800 MB)`,
);

const cases = [];
for (const m of [10_000, 100_000]) {
  const matrix = generate(m, CRITERIA, m);
  const prepared = prepareMatrix(matrix);
  const size = `${m.toLocaleString('en')} x ${CRITERIA}`;
  const baseName = `baseline weighted-sum loop ${size}`;
  cases.push({ name: baseName, base: baseName, run: () => baseline(prepared) });
  cases.push({
    name: `topsis ${size} (number[][])`,
    base: baseName,
    run: () => topsis(matrix, { weights, directions }),
  });
  cases.push({
    name: `topsis ${size} (prepared)`,
    base: baseName,
    run: () => topsis(prepared, { weights, directions }),
  });
  cases.push({
    name: `vikor ${size} (prepared)`,
    base: baseName,
    run: () => vikor(prepared, { weights, directions }),
  });
  if (m === 10_000) {
    cases.push({
      name: `promethee-ii ${size} (prepared)`,
      base: baseName,
      run: () => prometheeII(prepared, { weights, directions, preference }),
    });
    cases.push({
      name: `copras ${size} (prepared)`,
      base: baseName,
      run: () => copras(prepared, { weights, directions }),
    });
    cases.push({
      name: `weighted-sum ${size} (prepared, min-max)`,
      base: baseName,
      run: () => weightedSum(prepared, { weights, directions }),
    });
    cases.push({
      name: `weighted-sum ${size} (prepared, sum)`,
      base: baseName,
      run: () => weightedSum(prepared, { weights, directions, normalization: 'sum' }),
    });
  }
}

// Rank correlations of two 100,000-long score lists with ties. Baseline: sorting a copy of one
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
  const baseName = 'baseline sort of 100,000 numbers';
  cases.push({ name: baseName, base: baseName, run: () => Float64Array.from(a).sort() });
  cases.push({ name: 'kendallTau 100,000 (ties)', base: baseName, run: () => kendallTau(a, b) });
  cases.push({ name: 'spearman 100,000', base: baseName, run: () => spearman(a, b) });
}

// Monte Carlo rank acceptability: 10,000 weight samples on 500 x 10, each a full TOPSIS run and a
// ranking. Its baseline is 10,000 weighted-sum passes over the same matrix.
{
  const matrix = generate(500, 10, 500);
  const prepared = prepareMatrix(matrix);
  const tenDirections = directions.slice(0, 10);
  const baseName = 'baseline 10,000 weighted-sum loops 500 x 10';
  const w = new Float64Array(10).fill(0.1);
  cases.push({
    name: baseName,
    base: baseName,
    run: () => {
      const { values } = prepared;
      const out = new Float64Array(500);
      for (let s = 0; s < 10_000; s++) {
        for (let i = 0; i < 500; i++) {
          let x = 0;
          for (let j = 0; j < 10; j++) x += w[j] * values[i * 10 + j];
          out[i] = x;
        }
      }
      return out;
    },
  });
  cases.push({
    name: 'SMAA 10,000 samples 500 x 10 (topsis)',
    base: baseName,
    run: () =>
      rankAcceptability(prepared, {
        method: 'topsis',
        directions: tenDirections,
        samples: 10_000,
        seed: 1,
      }),
  });
}

const bench = new Bench({ time: 1500, warmupTime: 200, iterations: 5 });
for (const c of cases) bench.add(c.name, c.run);
await bench.run();

const mean = (name) => {
  const latency = bench.getTask(name)?.result?.latency;
  if (latency === undefined) throw new Error(`no result for ${name}`);
  return latency.mean;
};
console.log('');
console.log('task'.padEnd(44), 'mean ms'.padStart(9), 'x baseline'.padStart(11));
for (const c of cases) {
  const ms = mean(c.name);
  console.log(
    c.name.padEnd(44),
    ms.toFixed(2).padStart(9),
    (ms / mean(c.base)).toFixed(1).padStart(11),
  );
}
