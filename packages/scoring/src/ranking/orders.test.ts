// The two orders ranking rests on: the sort of the rank keys (a comparison sort for short lists, a
// radix sort on the bits of the doubles from 64 keys on, with wider digits past 32,768 keys), and
// the top places of a weight sweep (a selection that widens until no tie group is cut off). Both
// are checked against a plain comparison sort.
import { describe, expect, it } from 'vitest';
import { rank } from '../index.js';
import { ascendingOrder } from './ascending-order.js';
import { topOrder, topOrderBuffers } from './top-order.js';

/** A small deterministic generator (mulberry32), so that the lists are the same on every run. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Keys of every kind: negative and positive, tiny and huge, repeated, and 0. */
function mixedKeys(m: number, seed: number): Float64Array {
  const next = generator(seed);
  const keys = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    const u = next();
    const kind = Math.floor(next() * 6);
    keys[i] =
      kind === 0
        ? 0
        : kind === 1
          ? Math.floor(u * 5) // a few repeated small integers
          : kind === 2
            ? -u * 1e300
            : kind === 3
              ? (u - 0.5) * 1e-300
              : kind === 4
                ? 1 + Math.floor(u * 4) * 2 ** -52 // equal high words, different low words
                : (u - 0.5) * 1000;
  }
  return keys;
}

const reference = (keys: Float64Array): number[] =>
  Array.from(keys.keys()).sort((a, b) => keys[a]! - keys[b]! || a - b);

describe('ascendingOrder', () => {
  it('sorts short lists by key, equal keys by index', () => {
    const keys = new Float64Array([3, -1, 3, 0, -1]);
    expect(Array.from(ascendingOrder(keys))).toEqual([1, 4, 3, 0, 2]);
    expect(Array.from(ascendingOrder(new Float64Array(0)))).toEqual([]);
  });

  it('sorts by the bits of the keys from 64 keys on, keeping equal keys in index order', () => {
    for (const [m, seed] of [
      [63, 1],
      [64, 2],
      [65, 3],
      [1000, 4],
    ] as const) {
      const keys = mixedKeys(m, seed);
      expect(Array.from(ascendingOrder(keys))).toEqual(reference(keys));
    }
  });

  it('sorts a list of equal keys, where every digit is shared, in index order', () => {
    const keys = new Float64Array(100).fill(-2.5);
    expect(Array.from(ascendingOrder(keys))).toEqual(Array.from(keys.keys()));
  });

  it('sorts keys that differ only in their low or only in their high bits', () => {
    const keys = new Float64Array(128);
    for (let i = 0; i < 128; i++)
      keys[i] = i % 2 === 0 ? 1 + (127 - i) * 2 ** -52 : -(2 ** (i % 40));
    expect(Array.from(ascendingOrder(keys))).toEqual(reference(keys));
  });

  it('sorts with 16-bit digits past 32,768 keys', () => {
    const keys = mixedKeys(40_000, 5);
    expect(Array.from(ascendingOrder(keys))).toEqual(reference(keys));
  });

  it('gives rank the same ranks on either side of 64 scores', () => {
    const scores = Array.from(mixedKeys(70, 6));
    const ranks = rank(scores, { ties: 'ordinal', tolerance: 0 });
    const expected = new Array<number>(70);
    reference(Float64Array.from(scores, (s) => -s)).forEach((index, place) => {
      expected[index] = place + 1;
    });
    expect(ranks).toEqual(expected);
  });
});

/** The first `top` alternatives by ordinal rank: the definition topOrder must agree with. */
function topByRank(
  scores: readonly number[],
  order: 'ascending' | 'descending',
  top: number,
  tolerance: number,
): number[] {
  const ranks = rank(scores, { order, ties: 'ordinal', tolerance });
  const byPlace = new Array<number>(scores.length);
  ranks.forEach((r, i) => {
    byPlace[r - 1] = i;
  });
  return byPlace.slice(0, top);
}

describe('topOrder', () => {
  it('gives the first places, best first, a near-tie in index order', () => {
    const scores = [0.5, 0.9, 0.9 + 1e-12, 0.1, 0.7];
    expect(topOrder(scores, 'descending', 3, 1e-9)).toEqual([1, 2, 4]);
    expect(topOrder(scores, 'ascending', 2, 1e-9)).toEqual([3, 0]);
    expect(topOrder(scores, 'descending', 1, 0)).toEqual([2]);
    expect(topOrder(scores, 'descending', 5, 1e-9)).toEqual([1, 2, 4, 0, 3]);
  });

  it('widens its search when a tie group runs past the first candidates', () => {
    // Twenty scores within the tolerance of the best, listed worst first, then lower ones: the
    // group must be complete before it is put in index order.
    const scores = [
      ...Array.from({ length: 20 }, (_, i) => 1 - (19 - i) * 1e-11),
      ...Array.from({ length: 30 }, (_, i) => 0.5 - i * 0.01),
    ];
    for (const top of [1, 2, 5, 21, 25]) {
      expect(topOrder(scores, 'descending', top, 1e-9)).toEqual(
        topByRank(scores, 'descending', top, 1e-9),
      );
    }
    expect(topOrder(scores, 'descending', 3, 1e-9)).toEqual([0, 1, 2]);
    expect(topOrder(scores, 'descending', 3, 0)).toEqual([19, 18, 17]);
  });

  it('agrees with ordinal ranks on lists with ties, in either order, with reused buffers', () => {
    const next = generator(7);
    const buffers = topOrderBuffers(200);
    for (let trial = 0; trial < 20; trial++) {
      const scores = Array.from({ length: 200 }, () =>
        next() < 0.3 ? Math.floor(next() * 4) : Math.floor(next() * 1e6) / 1e3,
      );
      const top = 1 + Math.floor(next() * 60);
      const tolerance = trial % 2 === 0 ? 0 : 1e-3;
      const order = trial % 3 === 0 ? 'ascending' : 'descending';
      expect(topOrder(scores, order, top, tolerance, buffers)).toEqual(
        topByRank(scores, order, top, tolerance),
      );
    }
  });
});
