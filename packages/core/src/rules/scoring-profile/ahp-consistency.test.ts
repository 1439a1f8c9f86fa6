// Saaty's consistency measure at the edges of what it accepts: the sizes its random-index tables
// cover, matrices that are not square or hold a value that is not a positive finite number, and
// the matrices of one and two criteria, whose consistency is 0 by definition.
import { describe, expect, it } from 'vitest';
import { ahpConsistency } from '@itu-aicb/core';

/** An `n` x `n` reciprocal matrix in which every criterion is 3 times as important as the next. */
const ladder = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (i === j ? 1 : i < j ? 3 : 1 / 3)),
  );

describe('ahpConsistency', () => {
  it('measures sizes its table covers, and no others', () => {
    expect(ahpConsistency([])).toBeUndefined();
    expect(ahpConsistency(ladder(10))?.randomIndex).toBe(1.49);
    expect(ahpConsistency(ladder(11))).toBeUndefined();
    expect(ahpConsistency(ladder(11), 'alonso-lamata-2006')?.randomIndex).toBe(1.5141);
    expect(ahpConsistency(ladder(16), 'alonso-lamata-2006')).toBeUndefined();
  });

  it('wants a square matrix, even when its rows are long enough', () => {
    expect(
      ahpConsistency([
        [1, 2, 3],
        [1 / 2, 1, 4],
      ]),
    ).toBeUndefined();
    expect(ahpConsistency([[1, 2], [1 / 2]])).toBeUndefined();
    // As JSON input may have it.
    expect(ahpConsistency([[1, 2], null] as unknown as number[][])).toBeUndefined();
  });

  it('wants every judgement positive and finite', () => {
    for (const x of [0, -2, Number.POSITIVE_INFINITY, Number.NaN]) {
      expect(
        ahpConsistency([
          [1, x],
          [1 / 2, 1],
        ]),
        String(x),
      ).toBeUndefined();
    }
    expect(
      ahpConsistency([
        [1, Number.MIN_VALUE],
        [1 / 2, 1],
      ]),
    ).toBeDefined();
  });

  it('gives one and two criteria a consistency of 0, whatever the judgements', () => {
    expect(ahpConsistency([[1]])).toEqual({
      lambdaMax: 1,
      consistencyIndex: 0,
      consistencyRatio: 0,
      randomIndex: 0,
    });
    // Not reciprocal: lambda max is 3, yet two judgements cannot contradict a third.
    const pair = ahpConsistency([
      [1, 2],
      [2, 1],
    ]);
    expect(pair?.lambdaMax).toBeCloseTo(3, 12);
    expect(pair).toMatchObject({ consistencyIndex: 0, consistencyRatio: 0, randomIndex: 0 });
  });

  it('finds lambda max = n for consistent judgements, and more for a circle', () => {
    const consistent = ahpConsistency([
      [1, 2, 4],
      [1 / 2, 1, 2],
      [1 / 4, 1 / 2, 1],
    ]);
    expect(consistent?.lambdaMax).toBeCloseTo(3, 12);
    expect(consistent?.consistencyRatio).toBeCloseTo(0, 12);
    // A over B, B over C, C over A, each by 2: lambda max = 1 + 2 + 1/2, CI = 0.25, RI(3) = 0.58.
    const circle = ahpConsistency([
      [1, 2, 1 / 2],
      [1 / 2, 1, 2],
      [2, 1 / 2, 1],
    ]);
    expect(circle?.lambdaMax).toBeCloseTo(3.5, 12);
    expect(circle?.consistencyIndex).toBeCloseTo(0.25, 12);
    expect(circle?.consistencyRatio).toBeCloseTo(0.25 / 0.58, 12);
  });
});
