import { ScoringError } from '../kernel/scoring-error.js';

const MASK_64 = (1n << 64n) - 1n;

/**
 * SplitMix64 (Steele, Lea and Flood 2014; Vigna's reference `splitmix64.c`): a 64-bit generator
 * used here only to expand a seed into the state of {@link createRandom}'s generator.
 *
 * @param seed - Any integer; taken modulo 2^64.
 * @returns A function that returns the next 64-bit output as a BigInt.
 *
 * @example
 * ```ts
 * splitMix64(1234567)();
 * //=> 6457827717110365317n
 * ```
 */
export function splitMix64(seed: number | bigint): () => bigint {
  let state = BigInt.asUintN(64, BigInt(seed));
  return () => {
    state = (state + 0x9e3779b97f4a7c15n) & MASK_64;
    let z = state;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK_64;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK_64;
    return z ^ (z >> 31n);
  };
}

/**
 * A seeded source of uniform numbers in (0, 1): xoshiro128** (Blackman and Vigna 2018, "Scrambled
 * linear pseudorandom number generators"), its 128-bit state filled from SplitMix64 of the seed as
 * its authors recommend. The same seed gives the same numbers on every platform; `Math.random` is
 * never used.
 *
 * @param seed - A safe integer (for example 42).
 * @returns A function returning the next number, strictly between 0 and 1 (32 random bits).
 * @throws {@link ScoringError} `invalid-option` for a seed that is not a safe integer.
 *
 * @example
 * ```ts
 * const random = createRandom(42);
 * const u = random(); // the same value for seed 42, everywhere
 * ```
 */
export function createRandom(seed: number): () => number {
  if (!Number.isSafeInteger(seed)) {
    throw new ScoringError(
      'invalid-option',
      `The seed must be a safe integer; got ${String(seed)}.`,
    );
  }
  const expand = splitMix64(seed);
  const first = expand();
  const second = expand();
  const state = [first & 0xffffffffn, first >> 32n, second & 0xffffffffn, second >> 32n].map(
    (word) => Number(word) | 0,
  ) as [number, number, number, number];
  if (state.every((word) => word === 0)) state[0] = 1;
  const next = xoshiro128StarStar(state);
  return () => (next() + 0.5) / 4294967296;
}

/**
 * The xoshiro128** generator from a given 128-bit state (four 32-bit words, not all zero).
 *
 * @param state - The initial state.
 * @returns A function returning the next 32-bit output as an unsigned integer.
 */
export function xoshiro128StarStar(state: readonly [number, number, number, number]): () => number {
  let [s0, s1, s2, s3] = state.map((word) => word | 0) as [number, number, number, number];
  return () => {
    const product = Math.imul(s1, 5);
    const result = Math.imul((product << 7) | (product >>> 25), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
    return result;
  };
}
