import { describe, expect, it } from 'vitest';
import type { CriterionDirection, MethodSpec } from '../index.js';
import {
  copras,
  createRandom,
  prometheeII,
  spotis,
  topsis,
  vikor,
  weightStability,
  weightedProduct,
  weightedSum,
} from '../index.js';

type Check = (matrix: number[][], weights: number[], directions: CriterionDirection[]) => unknown;

const bounds = (n: number) => Array.from({ length: n }, () => [0, 10] as [number, number]);

// Each method as weightStability runs it, and the plain ranking that must succeed first.
const methods: readonly { spec: (n: number) => MethodSpec; rank: Check }[] = [
  {
    spec: () => 'weighted-sum',
    rank: (x, weights, directions) => weightedSum(x, { weights, directions }),
  },
  { spec: () => 'topsis', rank: (x, weights, directions) => topsis(x, { weights, directions }) },
  {
    spec: () => 'vikor',
    rank: (x, weights, directions) => vikor(x, { weights, directions, constantCriteria: 'ignore' }),
  },
  {
    spec: () => 'weighted-product',
    rank: (x, weights, directions) => weightedProduct(x, { weights, directions }),
  },
  {
    spec: () => 'promethee-ii',
    rank: (x, weights, directions) => prometheeII(x, { weights, directions }),
  },
  { spec: () => 'copras', rank: (x, weights, directions) => copras(x, { weights, directions }) },
  {
    spec: (n) => ({ name: 'spotis', bounds: bounds(n) }),
    rank: (x, weights, directions) =>
      spotis(x, { weights, directions, bounds: bounds(x[0]!.length) }),
  },
];

describe('weightStability with weights from rounding', () => {
  it('never fails where the ranking succeeds, over 3,000 random integer-weight cases', () => {
    const random = createRandom(16);
    const int = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
    const failures: string[] = [];
    let ranked = 0;
    for (let c = 0; c < 3000; c++) {
      const m = int(3, 4);
      const n = int(2, 3);
      const matrix = Array.from({ length: m }, () => Array.from({ length: n }, () => int(1, 9)));
      const weights = Array.from({ length: n }, () => int(0, 9));
      if (Math.max(...weights) === 0) weights[0] = 1;
      const directions = Array.from({ length: n }, (): CriterionDirection =>
        random() < 0.5 ? 'benefit' : 'cost',
      );
      const method = methods[c % methods.length]!;
      try {
        method.rank(matrix, weights, directions);
      } catch {
        continue;
      }
      ranked++;
      try {
        // A coarse tolerance keeps the bisection short; the scan still reaches weights 0 and 1.
        weightStability(matrix, { method: method.spec(n), weights, directions, tolerance: 1e-4 });
      } catch (error) {
        failures.push(
          `${JSON.stringify(method.spec(n))} ${JSON.stringify(weights)}: ${String(error)}`,
        );
      }
    }
    expect(ranked).toBeGreaterThan(2900);
    expect(failures).toEqual([]);
    // 3,000 analyses over every method: seconds alone, several times that on a busy machine.
  }, 120_000);

  it('takes weights such as [3/13, 10/13, 0], which sum to 1 only up to rounding', () => {
    const matrix = [
      [5, 7, 7],
      [3, 7, 7],
      [9, 8, 8],
    ];
    const result = weightStability(matrix, {
      method: 'topsis',
      weights: [3 / 13, 10 / 13, 0],
      directions: ['benefit', 'cost', 'benefit'],
    });
    for (const entry of result.criteria) {
      expect(entry.low).toBeGreaterThanOrEqual(0);
      expect(entry.high).toBeLessThanOrEqual(1);
    }
  });
});
