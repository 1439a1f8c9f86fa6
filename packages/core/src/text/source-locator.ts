import type { PathSegment, SourcePosition } from '../findings/issue.js';

/**
 * Finds where a key or value of a parsed document stands in its source text.
 *
 * @example
 * ```ts
 * const parsed = parseText('kind: WorkPlan\nid: x\n');
 * parsed.ok ? parsed.locator.locate(['id'], 'key')?.line : undefined;
 * //=> 2
 * ```
 */
export interface SourceLocator {
  /**
   * The position of the value at `path` (or, with `target: 'key'`, of its key). When the path does
   * not exist, the position of its deepest existing ancestor (its key where it has one); for the
   * root, the start of the document.
   */
  locate(path: readonly PathSegment[], target?: 'key' | 'value'): SourcePosition | undefined;
}

/** Where one node stands: its value, and its key when it is an object member. */
export interface NodeSpan {
  readonly keyStart?: number;
  readonly keyEnd?: number;
  readonly valueStart: number;
  readonly valueEnd: number;
}

/**
 * Builds a locator from a function that finds a node's span by path; the fallback to the deepest
 * existing ancestor lives here, once for both formats.
 */
export function createLocator(
  find: (path: readonly PathSegment[]) => NodeSpan | undefined,
  span: (start: number, end: number) => SourcePosition,
): SourceLocator {
  return {
    locate(path, target) {
      for (let length = path.length; length >= 0; length--) {
        const node = find(path.slice(0, length));
        if (node === undefined) continue;
        const { keyStart } = node;
        const wantKey = target === 'key' || length < path.length;
        return wantKey && keyStart !== undefined
          ? span(keyStart, node.keyEnd ?? keyStart)
          : span(node.valueStart, node.valueEnd);
      }
      return undefined;
    },
  };
}
