/**
 * A pure function that keeps its answers, up to `limit` keys: for the formatting a page repeats
 * tens of thousands of times over a few hundred values (shares, dates, cell colours), where a
 * lookup is faster than computing again. Keys compare as in a `Map` (so `-0` is `0`: callers
 * with such keys pass them by).
 *
 * @example
 * ```ts
 * const square = remembered((n: number) => n * n);
 * square(3);
 * //=> 9
 * ```
 */
export function remembered<K, V>(compute: (key: K) => V, limit = 10_000): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    if (known.has(key)) return known.get(key) as V;
    const value = compute(key);
    if (known.size < limit) known.set(key, value);
    return value;
  };
}
