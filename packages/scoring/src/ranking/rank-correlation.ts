import { ScoringError } from '../kernel/scoring-error.js';

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
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i] ?? 0;
    my += y[i] ?? 0;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (x[i] ?? 0) - mx;
    const dy = (y[i] ?? 0) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}

/**
 * Kendall's tau-b between two rankings, which corrects for ties; O(n^2).
 *
 * If either ranking is constant, the coefficient is undefined and 0 is returned.
 *
 * @param x - The first ranking, one entry per alternative.
 * @param y - The second ranking, in the same order of alternatives.
 * @returns Tau-b in [-1, 1].
 * @throws {@link ScoringError} `length-mismatch`, `too-few-alternatives` (fewer than 2),
 *   `non-finite-value` (with `index`).
 * @see Kendall, M. G. (1945). The treatment of ties in ranking problems. Biometrika 33(3), 239-251.
 *
 * @example
 * ```ts
 * kendallTau([1, 2, 3, 4], [1, 3, 2, 4]);
 * //=> 0.6666666666666666
 * ```
 */
export function kendallTau(x: readonly number[], y: readonly number[]): number {
  const n = checkPair(x, y, 2);
  let concordant = 0;
  let discordant = 0;
  let tiesX = 0;
  let tiesY = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const dx = Math.sign((x[i] ?? 0) - (x[j] ?? 0));
      const dy = Math.sign((y[i] ?? 0) - (y[j] ?? 0));
      if (dx === 0 && dy === 0) continue;
      if (dx === 0) tiesX++;
      else if (dy === 0) tiesY++;
      else if (dx === dy) concordant++;
      else discordant++;
    }
  }
  const denominator = Math.sqrt(
    (concordant + discordant + tiesX) * (concordant + discordant + tiesY),
  );
  return denominator === 0 ? 0 : (concordant - discordant) / denominator;
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
 *   `non-finite-value` (with `index`).
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
 *   `non-finite-value` (with `index`).
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
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const a = x[i] ?? 0;
    const b = y[i] ?? 0;
    const spread = Math.max(Math.abs(a - 1), Math.abs(a - n));
    sum += spread === 0 ? 0 : (2 ** -a * Math.abs(a - b)) / spread;
  }
  return 1 - sum;
}
