// Fast skipping over JSON text already known to be valid (JSON.parse accepted it): native
// indexOf and regular-expression searches jump over strings and scalars instead of reading
// them character by character.

const STRUCTURE = /["{}[\]]/g;
const SCALAR_END = /[\s,\]}]/g;

/**
 * Finds the end of the JSON string whose opening quote is at `quote`.
 *
 * @param text - Valid JSON text.
 * @param quote - Offset of the opening quote.
 * @returns The offset just past the closing quote (the text's length when it is missing).
 *
 * @example
 * ```ts
 * skipJsonString('"a\\"b" : 1', 0);
 * //=> 6
 * ```
 */
export function skipJsonString(text: string, quote: number): number {
  let from = quote + 1;
  for (;;) {
    const close = text.indexOf('"', from);
    if (close < 0) return text.length;
    let slashes = 0;
    while (text.charCodeAt(close - 1 - slashes) === 92) slashes += 1;
    if (slashes % 2 === 0) return close + 1;
    from = close + 1;
  }
}

/**
 * Finds the end of the JSON value that starts at `start`.
 *
 * @param text - Valid JSON text.
 * @param start - Offset of the value's first character (not whitespace).
 * @returns The offset just past the value.
 *
 * @example
 * ```ts
 * skipJsonValue('[{"a": "]"}, 2]', 1);
 * //=> 11
 * ```
 */
export function skipJsonValue(text: string, start: number): number {
  const first = text.charCodeAt(start);
  if (first === 34) return skipJsonString(text, start);
  if (first !== 123 && first !== 91) {
    SCALAR_END.lastIndex = start;
    return SCALAR_END.exec(text)?.index ?? text.length;
  }
  let depth = 0;
  STRUCTURE.lastIndex = start;
  for (let match = STRUCTURE.exec(text); match !== null; match = STRUCTURE.exec(text)) {
    const code = text.charCodeAt(match.index);
    if (code === 34) STRUCTURE.lastIndex = skipJsonString(text, match.index);
    else if (code === 123 || code === 91) depth += 1;
    else if (--depth === 0) return match.index + 1;
  }
  return text.length;
}

/**
 * Finds the first character after `from` that is not JSON whitespace.
 *
 * @param text - JSON text.
 * @param from - Offset to start at.
 * @returns The offset of the next visible character, or the text's length.
 *
 * @example
 * ```ts
 * skipJsonSpace('[ \r\n 1]', 1);
 * //=> 5
 * ```
 */
export function skipJsonSpace(text: string, from: number): number {
  let i = from;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 10 && code !== 13 && code !== 9) break;
  }
  return i;
}

/**
 * Reads the key whose quoted text runs from `start` to `end`, decoding escapes only when present.
 *
 * @param text - Valid JSON text.
 * @param start - Offset of the opening quote.
 * @param end - Offset just past the closing quote.
 * @returns The key as a JavaScript string.
 *
 * @example
 * ```ts
 * readJsonKey('{"\\u0061": 1}', 1, 9);
 * //=> 'a'
 * ```
 */
export function readJsonKey(text: string, start: number, end: number): string {
  const raw = text.slice(start + 1, end - 1);
  return raw.includes('\\') ? (JSON.parse(text.slice(start, end)) as string) : raw;
}
