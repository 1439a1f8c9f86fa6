/** What a walk over a parsed JSON value counts; see {@link censusOfJsonValue}. */
export interface JsonValueCensus {
  /** Object keys, over every object. */
  readonly keys: number;
  /** Colons inside keys and string values. */
  readonly colons: number;
  /** Whether a container lies deeper than the limit (the walk stops there). */
  readonly tooDeep: boolean;
  /** Whether a number is not finite: a literal too large for a double, read as Infinity. */
  readonly overflow: boolean;
}

function colonsIn(text: string): number {
  let count = 0;
  for (let at = text.indexOf(':'); at !== -1; at = text.indexOf(':', at + 1)) count += 1;
  return count;
}

/**
 * Walks a value `JSON.parse` returned and counts its keys and the colons in its strings, without
 * recursion (a deep value cannot overflow the stack) and without descending below `maxDepth`.
 *
 * In JSON text every key is followed by one colon and every other colon stands inside a string,
 * so a text without repeated keys has exactly `keys + colons` colons (a colon written `\u003a`
 * aside). A repeated key makes the value lose that key and the value it replaced, so the value
 * counts fewer: comparing the two decides that a text has no repeated key without reading its
 * keys again.
 *
 * @param value - What `JSON.parse` returned.
 * @param maxDepth - Deepest nesting of arrays and objects accepted.
 * @returns The counts.
 */
export function censusOfJsonValue(value: unknown, maxDepth: number): JsonValueCensus {
  let keys = 0;
  let colons = 0;
  let tooDeep = false;
  let overflow = false;
  const values: unknown[] = [value];
  const depths: number[] = [0];
  while (values.length > 0) {
    const current = values.pop();
    const depth = (depths.pop() as number) + 1;
    if (typeof current === 'string') {
      if (current.includes(':')) colons += colonsIn(current);
    } else if (typeof current === 'number') {
      if (!Number.isFinite(current)) overflow = true;
    } else if (typeof current === 'object' && current !== null) {
      if (depth > maxDepth) {
        tooDeep = true;
        continue;
      }
      if (Array.isArray(current)) {
        for (const item of current) {
          if (typeof item === 'object' || typeof item === 'string' || typeof item === 'number') {
            values.push(item);
            depths.push(depth);
          }
        }
      } else {
        const names = Object.keys(current);
        keys += names.length;
        for (const key of names) {
          if (key.includes(':')) colons += colonsIn(key);
          values.push((current as Record<string, unknown>)[key]);
          depths.push(depth);
        }
      }
    }
  }
  return { keys, colons, tooDeep, overflow };
}

/**
 * Counts the colons of a JSON text that would be keys' colons or literal colons in strings, and
 * says whether the text writes a colon as an escape (`\u003a`), which the comparison of
 * {@link censusOfJsonValue} cannot account for.
 *
 * @param text - JSON text that `JSON.parse` accepted.
 * @returns The number of colons, or `undefined` when a colon is escaped.
 */
export function colonsOfJsonText(text: string): number | undefined {
  if (text.includes('\\u003a') || text.includes('\\u003A')) return undefined;
  return colonsIn(text);
}
