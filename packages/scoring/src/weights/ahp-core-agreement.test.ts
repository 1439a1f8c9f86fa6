// Core's validation reports inconsistent AHP judgements without importing this package: its
// consistency ratio and its random index for every order must be the ones ahpWeights uses.
import { describe, expect, it } from 'vitest';
import { ahpConsistency } from '@itu-aicb/core';
import { RANDOM_INDEX_TABLES, ahpWeights } from '@itu-aicb/scoring';

/** Reciprocal matrices of order 1 to 15, most from a fixed pattern of Saaty-scale judgements. */
function matrices(): number[][][] {
  const scale = [1, 2, 3, 5, 7, 9, 1 / 2, 1 / 3, 1 / 5, 1 / 9];
  const out: number[][][] = [
    [[1]],
    [
      [1, 6, 8],
      [1 / 6, 1, 4],
      [1 / 8, 1 / 4, 1],
    ],
    [
      [1, 9, 1 / 9],
      [1 / 9, 1, 9],
      [9, 1 / 9, 1],
    ],
  ];
  for (let n = 2; n <= 15; n++) {
    const a = Array.from({ length: n }, () => Array.from({ length: n }, () => 1));
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const x = scale[(i * 7 + j * 3 + n) % scale.length] ?? 1;
        a[i]![j] = x;
        a[j]![i] = 1 / x;
      }
    }
    out.push(a);
  }
  return out;
}

describe("core's AHP consistency", () => {
  it.each(['saaty-1980', 'alonso-lamata-2006'] as const)(
    'equals ahpWeights on the same matrices with the %s table',
    (table) => {
      for (const matrix of matrices()) {
        const n = matrix.length;
        if (RANDOM_INDEX_TABLES[table][n - 1] === undefined) {
          expect(ahpConsistency(matrix, table)).toBeUndefined();
          continue;
        }
        const core = ahpConsistency(matrix, table);
        const scoring = ahpWeights(matrix, { randomIndex: table });
        expect(core?.lambdaMax).toBeCloseTo(scoring.lambdaMax, 12);
        expect(core?.consistencyIndex).toBeCloseTo(scoring.consistencyIndex, 12);
        expect(core?.consistencyRatio).toBeCloseTo(scoring.consistencyRatio, 12);
        expect(core?.randomIndex).toBe(scoring.randomIndex.value);
      }
    },
  );
});
