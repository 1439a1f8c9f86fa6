import { MIN_NORMAL, powerOfTwoScale } from '../kernel/power-of-two-scale.js';
import { ScoringError } from '../kernel/scoring-error.js';

/** Throws `out-of-bounds` (with `index`) for an entry outside the ranks 1 to n. */
function checkRanks(x: readonly number[], y: readonly number[], n: number): void {
  for (const list of [x, y]) {
    list.forEach((value, index) => {
      if (value < 1 || value > n) {
        throw new ScoringError(
          'out-of-bounds',
          `Entry ${index} is ${value}; a ranking of ${n} alternatives has ranks from 1 to ${n}.`,
          { index },
        );
      }
    });
  }
}

function checkPair(x: readonly number[], y: readonly number[], minimum: number): number {
  if (x.length !== y.length) {
    throw new ScoringError(
      'length-mismatch',
      `The rankings have ${x.length} and ${y.length} entries.`,
    );
  }
  if (x.length < minimum) {
    throw new ScoringError(
      'too-few-alternatives',
      `A rank correlation needs at least ${minimum} alternatives; got ${x.length}.`,
    );
  }
  for (const list of [x, y]) {
    list.forEach((value, index) => {
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw new ScoringError('non-finite-value', `Entry ${index} is ${String(value)}.`, {
          index,
        });
      }
    });
  }
  return x.length;
}

/**
 * Spearman's rank correlation: Pearson's correlation of the two rankings, which handles ties.
 *
 * If either ranking is constant (all tied), the correlation is undefined and 0 is returned.
 *
 * @param x - The first ranking (or scores), one entry per alternative.
 * @param y - The second ranking, in the same order of alternatives.
 * @returns The correlation in [-1, 1].
 * @throws {@link ScoringError} `length-mismatch`, `too-few-alternatives` (fewer than 2),
 *   `non-finite-value` (with `index`).
 * @see Spearman, C. (1904). The proof and measurement of association between two things. American
 *   Journal of Psychology 15(1), 72-101.
 *
 * @example
 * ```ts
 * spearman([1, 2, 3, 4], [1, 3, 2, 4]);
 * //=> 0.8
 * ```
 */
export function spearman(x: readonly number[], y: readonly number[]): number {
  const n = checkPair(x, y, 2);
  const plain = pearson(x, y, n, 1, 1);
  if (plain !== undefined) return plain;
  // The correlation does not change when x or y is scaled; scaling by a power of two is exact and
  // keeps sums and squares of values near 1e308 (or 1e-200) in range.
  let largestX = 0;
  let largestY = 0;
  for (let i = 0; i < n; i++) {
    largestX = Math.max(largestX, Math.abs(x[i] ?? 0));
    largestY = Math.max(largestY, Math.abs(y[i] ?? 0));
  }
  return pearson(x, y, n, powerOfTwoScale(largestX), powerOfTwoScale(largestY)) ?? 0;
}

/**
 * Pearson's correlation of `x * scaleX` and `y * scaleY`, 0 when either is constant. Unscaled, it
 * gives `undefined` unless `sxx * syy` is a normal double: a sum past the largest double, or one
 * too small to tell underflow from a constant list, needs the scaled pass.
 */
function pearson(
  x: readonly number[],
  y: readonly number[],
  n: number,
  scaleX: number,
  scaleY: number,
): number | undefined {
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += (x[i] ?? 0) * scaleX;
    my += (y[i] ?? 0) * scaleY;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (x[i] ?? 0) * scaleX - mx;
    const dy = (y[i] ?? 0) * scaleY - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  const product = sxx * syy;
  const scaled = scaleX !== 1 || scaleY !== 1;
  if (!scaled && !(product >= MIN_NORMAL && product < Infinity && Number.isFinite(sxy))) {
    return undefined;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(product);
}

/**
 * Kendall's tau-b between two rankings, which corrects for ties; O(n log n) by Knight's algorithm.
 *
 * `tau-b = (C - D) / sqrt((n0 - n1) (n0 - n2))` with `C` and `D` the concordant and discordant
 * pairs, `n0 = n (n - 1) / 2` and `n1`, `n2` the pairs tied in `x` and in `y`. The pairs are sorted
 * by `x` (then `y`), and `D` is the number of swaps a merge sort by `y` makes. If either ranking is
 * constant, the coefficient is undefined and 0 is returned.
 *
 * @param x - The first ranking, one entry per alternative.
 * @param y - The second ranking, in the same order of alternatives.
 * @returns Tau-b in [-1, 1].
 * @throws {@link ScoringError} `length-mismatch`, `too-few-alternatives` (fewer than 2),
 *   `non-finite-value` (with `index`).
 * @see Kendall, M. G. (1945). The treatment of ties in ranking problems. Biometrika 33(3), 239-251;
 *   Knight, W. R. (1966). A computer method for calculating Kendall's tau with ungrouped data.
 *   Journal of the American Statistical Association 61(314), 436-439.
 *
 * @example
 * ```ts
 * kendallTau([1, 2, 3, 4], [1, 3, 2, 4]);
 * //=> 0.6666666666666666
 * ```
 */
export function kendallTau(x: readonly number[], y: readonly number[]): number {
  const n = checkPair(x, y, 2);
  const xs = Float64Array.from(x);
  const ys = Float64Array.from(y);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => (xs[a] ?? 0) - (xs[b] ?? 0) || (ys[a] ?? 0) - (ys[b] ?? 0));
  // In x order, y is merge-sorted below; pairs tied in x, and in both, are counted on the way.
  let yInX = new Float64Array(n);
  for (let k = 0; k < n; k++) yInX[k] = ys[order[k] ?? 0] ?? 0;
  let tiedX = 0;
  let tiedBoth = 0;
  let runX = 1;
  let runBoth = 1;
  for (let k = 1; k <= n; k++) {
    const a = order[k - 1] ?? 0;
    const b = order[k] ?? 0;
    const sameX = k < n && xs[a] === xs[b];
    if (sameX) runX++;
    else {
      tiedX += (runX * (runX - 1)) / 2;
      runX = 1;
    }
    if (sameX && ys[a] === ys[b]) runBoth++;
    else {
      tiedBoth += (runBoth * (runBoth - 1)) / 2;
      runBoth = 1;
    }
  }
  let buffer = new Float64Array(n);
  let discordant = 0;
  // Bottom-up merge sort; taking from the left on equal values counts only strict inversions.
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let left = lo;
      let right = mid;
      let k = lo;
      while (left < mid && right < hi) {
        const l = yInX[left] ?? 0;
        const r = yInX[right] ?? 0;
        if (l <= r) {
          buffer[k++] = l;
          left++;
        } else {
          buffer[k++] = r;
          right++;
          discordant += mid - left;
        }
      }
      while (left < mid) buffer[k++] = yInX[left++] ?? 0;
      while (right < hi) buffer[k++] = yInX[right++] ?? 0;
    }
    [yInX, buffer] = [buffer, yInX];
  }
  let tiedY = 0;
  let runY = 1;
  for (let k = 1; k <= n; k++) {
    if (k < n && yInX[k - 1] === yInX[k]) runY++;
    else {
      tiedY += (runY * (runY - 1)) / 2;
      runY = 1;
    }
  }
  const pairs = (n * (n - 1)) / 2;
  // Every count is an integer below 2^53, so C - D and both factors are exact.
  const notTiedX = pairs - tiedX;
  const notTiedY = pairs - tiedY;
  const difference = notTiedX - tiedY + tiedBoth - 2 * discordant;
  const denominator = Math.sqrt(notTiedY * notTiedX);
  return denominator === 0 ? 0 : difference / denominator;
}

/**
 * The weighted Spearman coefficient `r_w`, which weighs disagreements at the top of the rankings
 * more than at the bottom.
 *
 * `r_w = 1 - 6 sum (x - y)^2 ((n - x + 1) + (n - y + 1)) / (n^4 + n^3 - n^2 - n)`, for rankings
 * with 1 = best.
 *
 * @param x - The reference ranking, 1 = best.
 * @param y - The compared ranking, in the same order of alternatives.
 * @returns `r_w`, 1 for identical rankings.
 * @throws {@link ScoringError} `length-mismatch`, `too-few-alternatives` (fewer than 2),
 *   `non-finite-value` (with `index`), `out-of-bounds` (with `index`) for an entry outside 1 to n.
 * @see Pinto da Costa, J. and Soares, C. (2005). A weighted rank measure of correlation. Australian
 *   & New Zealand Journal of Statistics 47(4), 515-529.
 *
 * @example
 * ```ts
 * weightedSpearman([1, 2, 3], [1, 2, 3]);
 * //=> 1
 * ```
 */
export function weightedSpearman(x: readonly number[], y: readonly number[]): number {
  const n = checkPair(x, y, 2);
  checkRanks(x, y, n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const a = x[i] ?? 0;
    const b = y[i] ?? 0;
    sum += (a - b) ** 2 * (n - a + 1 + (n - b + 1));
  }
  return 1 - (6 * sum) / (n ** 4 + n ** 3 - n ** 2 - n);
}

/**
 * The WS similarity coefficient of a ranking to a reference ranking, which depends mostly on
 * agreement at the top of the reference.
 *
 * `WS = 1 - sum 2^(-x) |x - y| / max(|x - 1|, |x - n|)`, for rankings with 1 = best. It is not
 * symmetric: `x` is the reference.
 *
 * @param x - The reference ranking, 1 = best.
 * @param y - The compared ranking, in the same order of alternatives.
 * @returns `WS` in [0, 1] for rankings without ties; 1 for identical rankings.
 * @throws {@link ScoringError} `length-mismatch`, `too-few-alternatives` (fewer than 2),
 *   `non-finite-value` (with `index`), `out-of-bounds` (with `index`) for an entry outside 1 to n.
 * @see Sałabun, W. and Urbaniak, K. (2020). A new coefficient of rankings similarity in
 *   decision-making problems. ICCS 2020, LNCS 12138, 632-645.
 *
 * @example
 * ```ts
 * wsCoefficient([1, 2, 3], [2, 1, 3]);
 * //=> 0.5
 * ```
 */
export function wsCoefficient(x: readonly number[], y: readonly number[]): number {
  const n = checkPair(x, y, 2);
  checkRanks(x, y, n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const a = x[i] ?? 0;
    const b = y[i] ?? 0;
    // Ranks lie in [1, n] with n >= 2, so the larger distance to an end is at least 1/2.
    const spread = Math.max(Math.abs(a - 1), Math.abs(a - n));
    sum += (2 ** -a * Math.abs(a - b)) / spread;
  }
  return 1 - sum;
}
