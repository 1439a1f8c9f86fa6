/**
 * Why a JSON text was rejected, and where (offsets, end exclusive).
 *
 * @example
 * ```ts
 * const failure: JsonScanFailure = { reason: 'duplicate-key', start: 9, end: 12, detail: 'a' };
 * ```
 */
export interface JsonScanFailure {
  readonly reason: 'syntax' | 'duplicate-key' | 'too-deep';
  readonly start: number;
  readonly end: number;
  readonly detail: string;
}

interface Frame {
  readonly array: boolean;
  readonly keys: Set<string> | undefined;
}

function describeChar(text: string, at: number): string {
  return at >= text.length ? 'the end of the text' : `"${text[at] ?? ''}"`;
}

/**
 * Checks a JSON text in one pass, character by character, without building values: the grammar
 * (RFC 8259), numbers too large to be finite, keys that repeat within an object, and the nesting
 * depth. Used to explain a text `JSON.parse` refused; iterative, so deep nesting cannot overflow
 * the stack.
 *
 * @param text - The JSON text.
 * @param maxDepth - Deepest nesting of arrays and objects accepted.
 * @returns The first problem, or `undefined` when the text is acceptable.
 *
 * @example
 * ```ts
 * scanJson('{"a": 1,}', 64);
 * //=> { reason: 'syntax', start: 7, end: 8, detail: 'a trailing comma is not allowed.' }
 * ```
 */
export function scanJson(text: string, maxDepth: number): JsonScanFailure | undefined {
  const stack: Frame[] = [];
  const length = text.length;
  let i = 0;
  const fail = (reason: JsonScanFailure['reason'], start: number, end: number, detail: string) => ({
    reason,
    start,
    end: Math.max(end, start),
    detail,
  });
  const skipSpace = (): void => {
    for (; i < length; i++) {
      const code = text.charCodeAt(i);
      if (code !== 32 && code !== 10 && code !== 13 && code !== 9) return;
    }
  };
  /** Scans a string starting at the quote at `i`; returns its end (after the closing quote). */
  const scanString = (): number | JsonScanFailure => {
    const start = i;
    for (let j = i + 1; j < length; j++) {
      const code = text.charCodeAt(j);
      if (code === 34) return j + 1;
      if (code === 92) {
        const next = text.charCodeAt(j + 1);
        if (next === 117) {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) {
            return fail('syntax', j, j + 6, 'a \\u escape needs four hexadecimal digits.');
          }
          j += 5;
        } else if ('"\\/bfnrt'.includes(text[j + 1] ?? '')) {
          j += 1;
        } else {
          return fail(
            'syntax',
            j,
            j + 2,
            `${describeChar(text, j + 1)} cannot follow a backslash.`,
          );
        }
      } else if (code < 32) {
        return fail(
          'syntax',
          j,
          j + 1,
          'a string holds a raw control character or line break; write it as an escape (\\n).',
        );
      }
    }
    return fail('syntax', start, length, 'a string is not closed with a quote.');
  };
  const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

  skipSpace();
  if (i >= length) return fail('syntax', 0, 0, 'the text holds no value.');
  for (;;) {
    // A value starts at i.
    skipSpace();
    const start = i;
    const code = text.charCodeAt(i);
    if (code === 123 || code === 91) {
      if (stack.length >= maxDepth)
        return fail('too-deep', i, i + 1, `deeper than ${maxDepth} levels.`);
      const array = code === 91;
      stack.push({ array, keys: array ? undefined : new Set() });
      i++;
      skipSpace();
      const close = array ? 93 : 125;
      if (text.charCodeAt(i) === close) {
        i++;
        stack.pop();
      } else if (!array) {
        const keyFailure = scanKey(stack[stack.length - 1] as Frame);
        if (keyFailure !== undefined) return keyFailure;
        continue;
      } else {
        continue;
      }
    } else if (code === 34) {
      const end = scanString();
      if (typeof end !== 'number') return end;
      i = end;
    } else if (code === 116 || code === 102 || code === 110) {
      const word = code === 116 ? 'true' : code === 102 ? 'false' : 'null';
      if (!text.startsWith(word, i))
        return fail('syntax', i, i + 1, `unexpected ${describeChar(text, i)}.`);
      i += word.length;
    } else {
      number.lastIndex = i;
      const match = number.exec(text);
      if (match === null || match[0].length === 0) {
        return fail('syntax', i, i + 1, `expected a value but found ${describeChar(text, i)}.`);
      }
      const written = match[0];
      i += written.length;
      // Only long numbers or exponents can overflow; JSON.parse would read them as Infinity.
      if ((written.length > 308 || /[eE]/.test(written)) && !Number.isFinite(Number(written))) {
        const shown = written.length > 24 ? `${written.slice(0, 20)}…` : written;
        return fail('syntax', start, i, `the number ${shown} is too large to be read as a number.`);
      }
    }
    // After a value: close containers or move to the next member.
    for (;;) {
      const top = stack[stack.length - 1];
      skipSpace();
      if (top === undefined) {
        return i >= length
          ? undefined
          : fail('syntax', i, i + 1, `unexpected ${describeChar(text, i)} after the value.`);
      }
      const next = text.charCodeAt(i);
      const close = top.array ? 93 : 125;
      if (next === close) {
        i++;
        stack.pop();
        continue;
      }
      if (next !== 44) {
        return fail(
          'syntax',
          i,
          i + 1,
          `expected "," or "${top.array ? ']' : '}'}" but found ${describeChar(text, i)}.`,
        );
      }
      const comma = i;
      i++;
      skipSpace();
      if (text.charCodeAt(i) === close)
        return fail('syntax', comma, comma + 1, 'a trailing comma is not allowed.');
      if (!top.array) {
        const keyFailure = scanKey(top);
        if (keyFailure !== undefined) return keyFailure;
      }
      break;
    }
  }

  function scanKey(frame: Frame): JsonScanFailure | undefined {
    skipSpace();
    if (text.charCodeAt(i) !== 34)
      return fail(
        'syntax',
        i,
        i + 1,
        `expected a key in quotes but found ${describeChar(text, i)}.`,
      );
    const start = i;
    const end = scanString();
    if (typeof end !== 'number') return end;
    const raw = text.slice(start + 1, end - 1);
    const key = raw.includes('\\') ? (JSON.parse(text.slice(start, end)) as string) : raw;
    if (frame.keys?.has(key)) return fail('duplicate-key', start, end, key);
    frame.keys?.add(key);
    i = end;
    skipSpace();
    if (text.charCodeAt(i) !== 58)
      return fail('syntax', i, i + 1, `expected ":" after the key "${key}".`);
    i++;
    return undefined;
  }
}
