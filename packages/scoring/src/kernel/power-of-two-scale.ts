/** The smallest positive normal double, 2^-1022. */
export const MIN_NORMAL = 2 ** -1022;

/**
 * The power of two that brings a positive finite magnitude near [0.5, 1), for sums, squares and
 * differences of values near the limits of floating point (a column summing past `Number.MAX_VALUE`,
 * `1e308 - (-1e308)`). Multiplying by a power of two is exact while the result stays in the normal
 * range, so a computation on scaled values gives the same bits, scaled, as the plain one wherever
 * the plain one does not overflow. The factor is finite and non-zero; 0 and non-finite magnitudes
 * give 1.
 */
export function powerOfTwoScale(magnitude: number): number {
  if (!(magnitude > 0) || !Number.isFinite(magnitude)) return 1;
  const exponent = Math.min(1024, Math.max(-1022, Math.floor(Math.log2(magnitude)) + 1));
  return 2 ** -exponent;
}

/**
 * The sum of column `j` of a packed matrix of non-negative values, and the factor its values were
 * multiplied by to get it: 1, or a power of two when the plain sum overflows (a column of several
 * values near 1e308). `value * scale / sum` is then each value's share, finite either way.
 */
export function scaledColumnSum(
  values: Float64Array,
  m: number,
  n: number,
  j: number,
): { readonly sum: number; readonly scale: number } {
  let sum = 0;
  let max = 0;
  for (let i = 0; i < m; i++) {
    const x = values[i * n + j] ?? 0;
    sum += x;
    if (x > max) max = x;
  }
  if (sum !== Infinity) return { sum, scale: 1 };
  const scale = powerOfTwoScale(max);
  sum = 0;
  for (let i = 0; i < m; i++) sum += (values[i * n + j] ?? 0) * scale;
  return { sum, scale };
}
