// The SDK's side of pymcdm-compare.py: times the compared rows on the matrices that
// `node matrices.mjs DIR` wrote, and prints the minimum of several warmed runs per row as JSON.
// Usage (after a build): `node sdk-times.mjs DIR`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { copras, prepareMatrix, rankAcceptability, spotis, topsis, vikor } from '../dist/index.js';

const dir = process.argv[2];
if (dir === undefined) throw new Error('usage: node sdk-times.mjs DIR');
const described = JSON.parse(readFileSync(join(dir, 'matrices.json'), 'utf8'));
const load = (name) => {
  const { m, n, weights, types, bounds } = described.find((x) => x.name === name);
  const bytes = readFileSync(join(dir, `${name}.f64`));
  const values = new Float64Array(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
  );
  const matrix = prepareMatrix({ kind: 'decision-matrix', alternatives: m, criteria: n, values });
  const directions = types.map((t) => (t === -1 ? 'cost' : 'benefit'));
  return { matrix, weights, directions, bounds };
};
const best = (run, runs) => {
  run();
  run();
  let min = Infinity;
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    run();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
};

const times = {};
for (const name of ['m10000x20', 'm100000x20']) {
  const { matrix, weights, directions, bounds } = load(name);
  times[`topsis ${name}`] = best(() => topsis(matrix, { weights, directions }), 7);
  times[`vikor ${name}`] = best(() => vikor(matrix, { weights, directions }), 7);
  if (name === 'm100000x20') {
    times[`copras ${name}`] = best(() => copras(matrix, { weights, directions }), 7);
    times[`spotis ${name}`] = best(() => spotis(matrix, { weights, directions, bounds }), 7);
  }
}
{
  const { matrix, directions } = load('m500x10');
  times['smaa m500x10'] = best(
    () => rankAcceptability(matrix, { method: 'topsis', directions, samples: 10_000, seed: 1 }),
    3,
  );
}
console.log(JSON.stringify(times));
