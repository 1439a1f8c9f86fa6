/**
 * The largest and smallest value of each column of a packed matrix, in one sweep over the rows.
 * Where a column holds both 0 and -0 as its extreme, the one in the earlier row is kept, as a scan
 * down the column would.
 */
export function columnExtremes(
  values: Float64Array,
  m: number,
  n: number,
): { readonly high: Float64Array; readonly low: Float64Array } {
  const high = new Float64Array(n).fill(-Infinity);
  const low = new Float64Array(n).fill(Infinity);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      const x = values[i * n + j] ?? 0;
      if (x > (high[j] ?? 0)) high[j] = x;
      if (x < (low[j] ?? 0)) low[j] = x;
    }
  }
  return { high, low };
}
