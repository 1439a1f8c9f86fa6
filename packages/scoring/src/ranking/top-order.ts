import { rankKeys, tiesWith } from './rank.js';

/**
 * The indices of the `top` best scores, best first, as ordinal ranks (`rankValues` with
 * `ties: 'ordinal'`) order them: tied groups start at their best score and take every score within
 * the tolerance of it, and a group is in index order.
 *
 * Only the best few scores are sorted: those up to a threshold found by selection, taken further
 * while the group that holds place `top` may reach past it. The groups of a prefix of the sorted
 * scores are those of the whole list, so the places agree with a full ranking.
 *
 * @param scores - Finite scores.
 * @param order - `descending` when a higher score is better.
 * @param top - How many places, from 1 to the number of scores.
 * @param tolerance - The relative tolerance under which scores tie.
 * @param buffers - Room for as many keys as scores, reused by a caller that ranks many times.
 * @throws `ScoringError` `non-finite-value` (with `row`) for a score that is not finite.
 */
export function topOrder(
  scores: ArrayLike<number>,
  order: 'ascending' | 'descending',
  top: number,
  tolerance: number,
  buffers: TopOrderBuffers = topOrderBuffers(scores.length),
): number[] {
  const { keys, scratch } = buffers;
  rankKeys(scores, order, keys);
  const m = keys.length;
  for (let count = Math.min(m, top + 1); ; count = Math.min(m, count * 4)) {
    scratch.set(keys);
    const threshold = select(scratch, count - 1);
    const candidates: number[] = [];
    for (let i = 0; i < m; i++) if ((keys[i] ?? 0) <= threshold) candidates.push(i);
    candidates.sort((a, b) => (keys[a] ?? 0) - (keys[b] ?? 0) || a - b);
    const places: number[] = [];
    let start = 0;
    let complete = true;
    while (places.length < top) {
      const anchor = keys[candidates[start] ?? 0] ?? 0;
      let end = start + 1;
      while (
        end < candidates.length &&
        tiesWith(anchor, keys[candidates[end] ?? 0] ?? 0, tolerance)
      ) {
        end++;
      }
      // A group that runs to the last candidate may go on past the threshold.
      if (end === candidates.length && candidates.length < m) {
        complete = false;
        break;
      }
      places.push(...candidates.slice(start, end).sort((a, b) => a - b));
      start = end;
    }
    if (complete) return places.slice(0, top);
  }
}

/** Room for the keys of {@link topOrder} and their copy for selection. */
export interface TopOrderBuffers {
  readonly keys: Float64Array;
  readonly scratch: Float64Array;
}

/** Buffers for {@link topOrder} of `m` scores. */
export function topOrderBuffers(m: number): TopOrderBuffers {
  return { keys: new Float64Array(m), scratch: new Float64Array(m) };
}

/** The `k`-th smallest value (0-based) of `values`, which it reorders (Hoare's selection). */
function select(values: Float64Array, k: number): number {
  let left = 0;
  let right = values.length - 1;
  while (left < right) {
    const pivot = values[(left + right) >>> 1] ?? 0;
    let i = left;
    let j = right;
    while (i <= j) {
      while ((values[i] ?? 0) < pivot) i++;
      while ((values[j] ?? 0) > pivot) j--;
      if (i <= j) {
        const t = values[i] ?? 0;
        values[i] = values[j] ?? 0;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else break;
  }
  return values[k] ?? 0;
}
