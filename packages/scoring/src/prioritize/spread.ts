import type { CriterionDirection } from '../kernel/criterion-direction.js';

/**
 * Where the measured values of one criterion lie, with the direction applied (a cost is negated,
 * so that higher is always better): the lower quartile, the median and the upper quartile
 * (linear interpolation between order statistics), the best and the worst.
 */
export interface Spread {
  readonly lower: number;
  readonly median: number;
  readonly upper: number;
  readonly best: number;
  readonly worst: number;
}

/** The `p`-quantile of sorted values, interpolating linearly between order statistics. */
function quantile(sorted: readonly number[], p: number): number {
  const at = (sorted.length - 1) * p;
  const low = Math.floor(at);
  const a = sorted[low] ?? 0;
  const b = sorted[Math.min(low + 1, sorted.length - 1)] ?? a;
  return a + (b - a) * (at - low);
}

/** The spread of the measured values of a criterion; undefined when none is measured. */
export function spreadOf(
  measured: readonly number[],
  direction: CriterionDirection,
): Spread | undefined {
  if (measured.length === 0) return undefined;
  const sorted = measured.map((x) => (direction === 'cost' ? -x : x)).sort((a, b) => a - b);
  return {
    lower: quantile(sorted, 0.25),
    median: quantile(sorted, 0.5),
    upper: quantile(sorted, 0.75),
    best: sorted[sorted.length - 1] ?? 0,
    worst: sorted[0] ?? 0,
  };
}

/**
 * How a measured value reads against the spread: a strength when it is at least the upper
 * quartile and above the median, a weakness when it is at most the lower quartile and below the
 * median, neither otherwise. Quartiles rest on ranks, so one outlier cannot turn the second
 * worst value into a strength, as it can on a min-max scale.
 */
export function standing(
  value: number,
  direction: CriterionDirection,
  spread: Spread,
): 'strength' | 'weakness' | undefined {
  const x = direction === 'cost' ? -value : value;
  if (x >= spread.upper && x > spread.median) return 'strength';
  if (x <= spread.lower && x < spread.median) return 'weakness';
  return undefined;
}

/** Whether a value is the best (or, for `worst`, the worst) measured value. */
export function isExtreme(
  value: number,
  direction: CriterionDirection,
  spread: Spread,
  end: 'best' | 'worst',
): boolean {
  const x = direction === 'cost' ? -value : value;
  return x === spread[end];
}
