// The decision matrices of the benchmarks, generated from a seed so that every run, and the
// comparison with other libraries (pymcdm-compare.py), scores the same numbers.
//
// As a script: `node matrices.mjs DIR` writes each matrix of MATRICES to DIR/<name>.f64 (the
// cells row by row as little-endian doubles) with DIR/matrices.json describing them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Rows of values in [1, 1000] from a Lehmer generator. */
export function generate(m, n, seed) {
  let state = seed;
  const next = () => (state = (state * 16807) % 2147483647) / 2147483647;
  return Array.from({ length: m }, () => Array.from({ length: n }, () => 1 + 999 * next()));
}

/** Weights 1..5 repeating, every third criterion a cost. */
export const weightsOf = (n) => Array.from({ length: n }, (_, j) => 1 + (j % 5));
export const directionsOf = (n) =>
  Array.from({ length: n }, (_, j) => (j % 3 === 0 ? 'cost' : 'benefit'));
/** SPOTIS bounds around the generated range [1, 1000]. */
export const boundsOf = (n) => Array.from({ length: n }, () => [0, 1000]);

/** The matrices the comparison reads: name, size and seed. */
export const MATRICES = [
  { name: 'm10000x20', m: 10_000, n: 20, seed: 10_000 },
  { name: 'm100000x20', m: 100_000, n: 20, seed: 100_000 },
  { name: 'm500x10', m: 500, n: 10, seed: 500 },
];

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2];
  if (dir === undefined) throw new Error('usage: node matrices.mjs DIR');
  mkdirSync(dir, { recursive: true });
  for (const { name, m, n, seed } of MATRICES) {
    const values = Float64Array.from(generate(m, n, seed).flat());
    writeFileSync(join(dir, `${name}.f64`), new Uint8Array(values.buffer));
  }
  const described = MATRICES.map((x) => ({
    ...x,
    weights: weightsOf(x.n),
    types: directionsOf(x.n).map((d) => (d === 'cost' ? -1 : 1)),
    bounds: boundsOf(x.n),
  }));
  writeFileSync(join(dir, 'matrices.json'), JSON.stringify(described));
}
