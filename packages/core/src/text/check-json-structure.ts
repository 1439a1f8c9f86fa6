import type { JsonScanFailure } from './json-scanner.js';
import { readJsonKey, skipJsonSpace, skipJsonString } from './json-skip.js';

const STRUCTURE = /["{}[\]]/g;

/**
 * Checks JSON text that `JSON.parse` has accepted for what it lets through: a key repeated in one
 * object (where `JSON.parse` silently keeps the last value) and nesting deeper than `maxDepth`.
 * Jumps from bracket to bracket and quote to quote, so it costs a fraction of the parse.
 *
 * @param text - Valid JSON text.
 * @param maxDepth - Deepest nesting of arrays and objects accepted.
 * @returns The first repeated key or too deep container, or `undefined` when there is none.
 *
 * @example
 * ```ts
 * checkJsonStructure('{"a": 1, "a": 2}', 64)?.reason;
 * //=> 'duplicate-key'
 * ```
 */
export function checkJsonStructure(text: string, maxDepth: number): JsonScanFailure | undefined {
  // One key set per nesting level, reused: cleared when a new object opens at that level.
  const keys: Set<string>[] = [];
  const isObject: boolean[] = [];
  let depth = 0;
  STRUCTURE.lastIndex = 0;
  for (let match = STRUCTURE.exec(text); match !== null; match = STRUCTURE.exec(text)) {
    const at = match.index;
    const code = text.charCodeAt(at);
    if (code === 34) {
      const end = skipJsonString(text, at);
      STRUCTURE.lastIndex = end;
      if (!(isObject[depth] ?? false) || text.charCodeAt(skipJsonSpace(text, end)) !== 58) continue;
      const key = readJsonKey(text, at, end);
      const seen = keys[depth] ?? new Set<string>();
      keys[depth] = seen;
      if (seen.has(key)) return { reason: 'duplicate-key', start: at, end, detail: key };
      seen.add(key);
    } else if (code === 123 || code === 91) {
      depth += 1;
      if (depth > maxDepth)
        return {
          reason: 'too-deep',
          start: at,
          end: at + 1,
          detail: `deeper than ${maxDepth} levels.`,
        };
      isObject[depth] = code === 123;
      if (code === 123) keys[depth]?.clear();
    } else {
      depth -= 1;
    }
  }
  return undefined;
}
