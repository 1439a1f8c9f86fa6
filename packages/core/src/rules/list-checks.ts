import type { PathSegment } from '../validation/issue.js';

/** Calls `onRepeat` for every entry of a list that equals an earlier one. */
export function forEachRepeat(
  values: readonly string[],
  onRepeat: (value: string, index: number) => void,
): void {
  const seen = new Set<string>();
  values.forEach((value, index) => {
    if (seen.has(value)) onRepeat(value, index);
    else seen.add(value);
  });
}

/**
 * Finds ids used more than once in a collection and calls `onDuplicate` with the later use and
 * the path of the first.
 */
export function forEachDuplicateId(
  entries: Iterable<{ readonly id: string; readonly path: readonly PathSegment[] }>,
  onDuplicate: (
    id: string,
    path: readonly PathSegment[],
    firstPath: readonly PathSegment[],
  ) => void,
): void {
  const first = new Map<string, readonly PathSegment[]>();
  for (const { id, path } of entries) {
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, path);
    else onDuplicate(id, path, earlier);
  }
}
