import type { ScoringMethod, ScoringProfile } from '@itu-aicb/core';
import type { CriterionDirection } from '../kernel/criterion-direction.js';
import { normalize } from '../kernel/normalization.js';
import type { MethodResult } from '../methods/method-options.js';
import { prometheeII } from '../methods/promethee-ii.js';
import type { ResolvedCriterion } from './derive-criteria.js';
import { preferences } from './method-settings.js';

type Matrix = readonly (readonly number[])[];

const column = (matrix: Matrix, j: number): number[] => matrix.map((row) => row[j] ?? 0);

/**
 * What each criterion adds to each measure's score (rows = measures, columns = criteria):
 * - weighted sum: `w_j r_ij` with the method's normalisation; they sum to the score.
 * - weighted product: `w_j ln(x_ij / x*_j)` (inverted for a cost); they sum to `ln score`.
 * - TOPSIS: `((v_ij - v-_j)^2 - (v_ij - v+_j)^2) / sum_k ((v_ik - v-_k)^2 + (v_ik - v+_k)^2)`,
 *   the criterion's share of `(D-^2 - D+^2) / (D-^2 + D+^2)`, which orders as the closeness does.
 * - VIKOR: `w_j (f*_j - f_ij) / (f*_j - f-_j)`, the terms of S (0 for a constant criterion).
 * - PROMETHEE II: `w_j phi_j(a)`, the criterion's weighted single-criterion net flow; they sum to
 *   the net flow.
 * - COPRAS: `w_j x_ij / sum_i x_ij`, positive for a benefit (the terms of S+) and negative for a
 *   cost (the terms of S-).
 * - SPOTIS: `w_j |x_ij - s*_j| / (max_j - min_j)`, the terms of the distance; they sum to the score.
 */
export function contributions(
  profile: ScoringProfile,
  criteria: readonly ResolvedCriterion[],
  matrix: Matrix,
  weights: readonly number[],
  directions: readonly CriterionDirection[],
  details: MethodResult<ScoringMethod>,
  bounds: readonly (readonly [number, number])[],
): number[][] {
  const m = matrix.length;
  const n = criteria.length;
  const w = (j: number): number => weights[j] ?? 0;
  const cost = (j: number): boolean => directions[j] === 'cost';
  const out = Array.from({ length: m }, () => new Array<number>(n).fill(0));
  const set = (f: (i: number, j: number) => number): number[][] => {
    for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) (out[i] as number[])[j] = f(i, j);
    return out;
  };
  const x = (i: number, j: number): number => matrix[i]?.[j] ?? 0;
  switch (profile.method.name) {
    case 'weighted-sum': {
      const r = normalize(matrix, {
        method: profile.method.normalization ?? 'min-max',
        directions,
      });
      return set((i, j) => w(j) * (r[i]?.[j] ?? 0));
    }
    case 'weighted-product': {
      const best = criteria.map((_, j) =>
        cost(j) ? Math.min(...column(matrix, j)) : Math.max(...column(matrix, j)),
      );
      return set((i, j) => {
        const logRatio = Math.log(x(i, j)) - Math.log(best[j] ?? 1);
        return w(j) * (cost(j) ? -logRatio : logRatio);
      });
    }
    case 'topsis': {
      const r = normalize(matrix, { method: profile.method.normalization ?? 'vector' });
      const v = (i: number, j: number): number => w(j) * (r[i]?.[j] ?? 0);
      const ideal: number[] = [];
      const anti: number[] = [];
      for (let j = 0; j < n; j++) {
        const values = matrix.map((_, i) => v(i, j));
        ideal[j] = cost(j) ? Math.min(...values) : Math.max(...values);
        anti[j] = cost(j) ? Math.max(...values) : Math.min(...values);
      }
      for (let i = 0; i < m; i++) {
        let total = 0;
        const terms: number[] = [];
        for (let j = 0; j < n; j++) {
          const toAnti = (v(i, j) - (anti[j] ?? 0)) ** 2;
          const toIdeal = (v(i, j) - (ideal[j] ?? 0)) ** 2;
          terms[j] = toAnti - toIdeal;
          total += toAnti + toIdeal;
        }
        for (let j = 0; j < n; j++)
          (out[i] as number[])[j] = total > 0 ? (terms[j] ?? 0) / total : 0;
      }
      return out;
    }
    case 'vikor': {
      return set((i, j) => {
        const values = column(matrix, j);
        const best = cost(j) ? Math.min(...values) : Math.max(...values);
        const worst = cost(j) ? Math.max(...values) : Math.min(...values);
        return best === worst ? 0 : (w(j) * (best - x(i, j))) / (best - worst);
      });
    }
    case 'promethee-ii': {
      const preference = preferences(profile, criteria);
      for (let j = 0; j < n; j++) {
        const single = prometheeII(
          matrix.map((row) => [row[j] ?? 0]),
          {
            weights: [1],
            directions: [directions[j] ?? 'benefit'],
            preference: preference[j] ?? { type: 'usual' },
          },
        );
        for (let i = 0; i < m; i++) (out[i] as number[])[j] = w(j) * (single.netFlow[i] ?? 0);
      }
      return out;
    }
    case 'copras': {
      const sums = criteria.map((_, j) => column(matrix, j).reduce((a, b) => a + b, 0));
      return set((i, j) => {
        const share = (sums[j] ?? 0) === 0 ? 0 : (w(j) * x(i, j)) / (sums[j] ?? 1);
        return cost(j) ? -share : share;
      });
    }
    case 'spotis': {
      const ideal = 'idealPoint' in details ? (details.idealPoint as readonly number[]) : [];
      return set((i, j) => {
        const [low, high] = bounds[j] ?? [0, 1];
        return (w(j) * Math.abs(x(i, j) - (ideal[j] ?? 0))) / (high - low);
      });
    }
  }
}
