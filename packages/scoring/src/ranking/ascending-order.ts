// Reused views for reading the bits of a double.
const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const LOW = littleEndian ? 0 : 1;
const HIGH = littleEndian ? 1 : 0;

/** Below this many keys a comparator sort beats the radix passes and their bucket counts. */
const SMALL = 64;

/**
 * The indices of `keys` from the smallest key to the largest, equal keys in index order: the
 * order a comparator `keys[a] - keys[b] || a - b` gives, without calling a comparator.
 *
 * Each key's bits are mapped to an unsigned 64-bit integer that orders as the double does (the
 * sign bit flipped for a positive number, every bit for a negative one), and a stable
 * least-significant-digit radix sort orders the indices by it, skipping a digit that every key
 * shares. `-0` must be passed as `0` (it would sort just below it); the keys must not be `NaN`.
 *
 * @param keys - Finite keys, `-0` passed as `0`.
 * @returns A new array of indices.
 */
export function ascendingOrder(keys: Float64Array): Uint32Array {
  const m = keys.length;
  let order = new Uint32Array(m);
  for (let i = 0; i < m; i++) order[i] = i;
  if (m < SMALL) return order.sort((a, b) => (keys[a] ?? 0) - (keys[b] ?? 0) || a - b);
  const high = new Uint32Array(m);
  const low = new Uint32Array(m);
  for (let i = 0; i < m; i++) {
    bits[0] = keys[i] ?? 0;
    const h = words[HIGH] ?? 0;
    const l = words[LOW] ?? 0;
    if (h >>> 31 === 1) {
      high[i] = ~h >>> 0;
      low[i] = ~l >>> 0;
    } else {
      high[i] = (h | 0x80000000) >>> 0;
      low[i] = l;
    }
  }
  // 16-bit digits for long lists, 8-bit ones where 65,536 buckets would outweigh the keys.
  const width = m > 1 << 15 ? 16 : 8;
  const mask = (1 << width) - 1;
  const count = new Uint32Array(1 << width);
  let spare = new Uint32Array(m);
  for (let pass = 0; pass < 64 / width; pass++) {
    const source = pass < 32 / width ? low : high;
    const shift = (pass * width) % 32;
    count.fill(0);
    for (let i = 0; i < m; i++) {
      const digit = ((source[order[i] ?? 0] ?? 0) >>> shift) & mask;
      count[digit] = (count[digit] ?? 0) + 1;
    }
    let start = 0;
    let shared = false;
    for (let d = 0; d <= mask; d++) {
      const c = count[d] ?? 0;
      if (c === m) shared = true;
      count[d] = start;
      start += c;
    }
    if (shared) continue;
    for (let i = 0; i < m; i++) {
      const index = order[i] ?? 0;
      const digit = ((source[index] ?? 0) >>> shift) & mask;
      const at = count[digit] ?? 0;
      spare[at] = index;
      count[digit] = at + 1;
    }
    [order, spare] = [spare, order];
  }
  return order;
}
