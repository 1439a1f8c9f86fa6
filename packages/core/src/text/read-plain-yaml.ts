// Plan files are nearly always written in a small part of YAML: block mappings with plain keys,
// block lists, one-line plain and quoted scalars without escapes, literal and folded block
// scalars, and flow lists and mappings of such scalars. This reader takes that part in one pass
// over the lines, without building the `yaml` package's token tree and nodes, which cost most of
// the time and memory of reading a large plan. It declines (returns `undefined`) at the first
// thing outside that part, and at everything the full reader would refuse or flag (aliases,
// anchors, tags, merge keys, repeated keys, `__proto__`, keys over 1024 characters, non-finite
// numbers, nesting beyond the limit, several documents), so the full reader then runs and reports
// it with its position. What it accepts, it reads to the very value the full reader gives. White
// space is only the space (tabs are declined): U+00A0, U+3000 and other Unicode spaces are content.

/** Plain keys read the same as text by every reader: a letter, `_` or `$`, then word characters. */
const KEY_LINE = /^([A-Za-z_$][\w$.-]*):(?: +(.*))?$/;
/** Keys the core schema reads as null or a boolean, which become `''`, `'true'` or `'false'`. */
const NOT_TEXT_KEY = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
/** A plain key in a flow mapping, with its colon and the spaces after it. */
const FLOW_KEY = /^([A-Za-z_$][\w$.-]*): +/;
/** Characters that end a plain scalar in a flow collection. */
const FLOW_END: ReadonlySet<string> = new Set([',', ']', '}']);
/** Characters that start something other than a plain scalar, or are unusual enough to leave. */
const NOT_PLAIN_START = /^[-?:,[\]{}#&*!|>'"%@`]/;
/** Line breaks of YAML 1.1, a byte-order mark inside the text, and tabs: the full reader decides. */
const UNUSUAL = /[\t\u0085\u2028\u2029\ufeff]/;
/**
 * The longest implicit block mapping key the full reader accepts: its `:` at most 1024 characters
 * after the key's start.
 */
const MAX_KEY_LENGTH = 1024;

const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
/** Other core-schema forms (octal, hexadecimal, infinity, not-a-number): left to the full reader. */
const OTHER_NUMBER = /^(?:0o|0x|[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$)/;

/**
 * Thrown inside the reader when the text leaves the plain part, and caught at its top: one
 * instance made once, so that declining costs no stack capture.
 */
const DECLINE = new Error('outside the plain part of YAML');

/**
 * `text` without the spaces at its end. Only spaces (and tabs, which the reader declines) are
 * white space in YAML: other Unicode spaces such as U+00A0 are content and stay.
 */
function trimSpacesEnd(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end -= 1;
  return end === text.length ? text : text.slice(0, end);
}

/** The value of a plain scalar by the YAML 1.2 core schema, as the `yaml` package reads it. */
function plainScalar(source: string): unknown {
  if (NOT_PLAIN_START.test(source) && !/^-[^\s]/.test(source)) throw DECLINE;
  // `a: b` inside a value, a trailing colon, or a colon-ended word are mappings or errors in YAML.
  if (source.includes(': ') || source.endsWith(':')) throw DECLINE;
  if (NULL.test(source)) return null;
  if (BOOL.test(source)) return source[0] === 't' || source[0] === 'T';
  if (OTHER_NUMBER.test(source)) throw DECLINE;
  let value: number | undefined;
  if (INT.test(source)) value = parseInt(source, 10);
  else if (FLOAT.test(source)) value = parseFloat(source);
  if (value === undefined) return source;
  if (!Number.isFinite(value)) throw DECLINE;
  return value;
}

/** Where a comment starts in `text` at or after `from` (a `#` after a space), or the end. */
function commentStart(text: string, from: number): number {
  const at = text.indexOf(' #', from);
  return at === -1 ? text.length : at;
}

/** Reads a quoted scalar at the start of `text`; returns the value and the offset after it. */
function quoted(text: string, start: number): { value: string; end: number } {
  const quote = text[start];
  if (quote === '"') {
    const close = text.indexOf('"', start + 1);
    // Escapes are left to the full reader.
    if (close === -1 || text.lastIndexOf('\\', close) > start) throw DECLINE;
    return { value: text.slice(start + 1, close), end: close + 1 };
  }
  let value = '';
  let from = start + 1;
  for (;;) {
    const close = text.indexOf("'", from);
    if (close === -1) throw DECLINE;
    value += text.slice(from, close);
    if (text[close + 1] !== "'") return { value, end: close + 1 };
    value += "'";
    from = close + 2;
  }
}

/** Reads a plain key of a flow mapping followed by `: ` at `start`; returns it and the offset after. */
function flowKey(text: string, start: number): { key: string; end: number } {
  const match = FLOW_KEY.exec(text.slice(start, start + 256));
  if (match === null) throw DECLINE;
  const key = match[1] ?? '';
  if (NOT_TEXT_KEY.test(key) || key === '__proto__') throw DECLINE;
  return { key, end: start + match[0].length };
}

/**
 * Reads a one-line flow value at `start` (a list, a mapping with plain keys, or a scalar inside
 * one) nested at `depth`, declining beyond `maxDepth`; returns it and the offset after it.
 */
function flowValue(
  text: string,
  start: number,
  depth: number,
  maxDepth: number,
): { value: unknown; end: number } {
  let i = start;
  const skipSpaces = (): void => {
    while (text.charCodeAt(i) === 32) i += 1;
  };
  skipSpaces();
  const first = text[i];
  if (first === '"' || first === "'") return quoted(text, i);
  if (first !== '[' && first !== '{') {
    let end = i;
    while (end < text.length && !FLOW_END.has(text.charAt(end))) end += 1;
    const source = trimSpacesEnd(text.slice(i, end));
    // Flow context gives `:`, brackets, braces and `#` meanings a plain scalar cannot hold.
    if (source === '' || /[:[\]{}#]/.test(source)) throw DECLINE;
    return { value: plainScalar(source), end };
  }
  if (depth > maxDepth) throw DECLINE;
  const close = first === '[' ? ']' : '}';
  const items: unknown[] = [];
  const members: Record<string, unknown> = {};
  i += 1;
  skipSpaces();
  if (text[i] === close) return { value: first === '[' ? items : members, end: i + 1 };
  for (;;) {
    skipSpaces();
    if (first === '[') {
      const read = flowValue(text, i, depth + 1, maxDepth);
      items.push(read.value);
      i = read.end;
    } else {
      const { key, end } = flowKey(text, i);
      if (Object.hasOwn(members, key)) throw DECLINE;
      const read = flowValue(text, end, depth + 1, maxDepth);
      setMember(members, key, read.value);
      i = read.end;
    }
    skipSpaces();
    if (text[i] === close) return { value: first === '[' ? items : members, end: i + 1 };
    if (text[i] !== ',') throw DECLINE;
    i += 1;
    skipSpaces();
    // One comma may end the collection.
    if (text[i] === close) return { value: first === '[' ? items : members, end: i + 1 };
  }
}

/** Sets a member as the full reader does: a key naming an inherited property becomes an own one. */
function setMember(members: Record<string, unknown>, key: string, value: unknown): void {
  if (key in members)
    Object.defineProperty(members, key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  else members[key] = value;
}

/**
 * Reads YAML text that keeps to the plain part of the language (see the top of this file) into the
 * value the full reader would give, or declines. Never throws.
 *
 * @param text - The YAML text, without a byte-order mark, lone carriage returns made line feeds.
 * @param maxDepth - Deepest nesting of lists and mappings accepted; deeper text is declined.
 * @returns The value (a mapping or list at the root), or `undefined` to let the full reader decide.
 *
 * @example
 * ```ts
 * readPlainYaml('kind: WorkPlan\npillars: [talent, data]\n', 64);
 * //=> { kind: 'WorkPlan', pillars: ['talent', 'data'] }
 * readPlainYaml('a: &x [1]\nb: *x\n', 64);
 * //=> undefined
 * ```
 */
export function readPlainYaml(text: string, maxDepth: number): unknown {
  if (UNUSUAL.test(text)) return undefined;
  const lines = text.split('\n');
  // The current line: its indentation and what follows it, comments kept. A list item that opens a
  // mapping (`- id: x`) is read again as a line of its own, indented to where the mapping starts.
  let row = -1;
  let indent = -1;
  let content = '';

  /** Moves to the next line with content (not blank, not only a comment); -1 at the end. */
  const advance = (): void => {
    for (row += 1; row < lines.length; row += 1) {
      let line = lines[row] ?? '';
      if (line.endsWith('\r')) line = line.slice(0, -1);
      let spaces = 0;
      while (line.charCodeAt(spaces) === 32) spaces += 1;
      if (spaces === line.length || line[spaces] === '#') continue;
      indent = spaces;
      content = trimSpacesEnd(line.slice(spaces));
      return;
    }
    indent = -1;
    content = '';
  };

  const isItem = (): boolean => content === '-' || content.startsWith('- ');

  /** A value written after `key: ` or `- ` on the same line. */
  /** A line as written, without the carriage return of a CRLF break. */
  const rawLine = (index: number): string => {
    const line = lines[index] ?? '';
    return line.endsWith('\r') ? line.slice(0, -1) : line;
  };

  /**
   * A block scalar (`|`, `|-`, `>`, `>-`) whose header ends the current line, its content on the
   * lines below indented deeper than `parentIndent`. Folded text with more indented lines, blank
   * lines holding spaces, and leading blank lines fold by rules left to the full reader.
   */
  const blockScalar = (header: string, parentIndent: number): string => {
    const match = /^([|>])(-?)(?: +#.*)?$/.exec(header);
    if (match === null) throw DECLINE;
    const folded = match[1] === '>';
    const body: string[] = [];
    let contentIndent = -1;
    let next = row + 1;
    for (; next < lines.length; next += 1) {
      const line = rawLine(next);
      if (line === '') {
        body.push('');
        continue;
      }
      let spaces = 0;
      while (line.charCodeAt(spaces) === 32) spaces += 1;
      if (spaces === line.length) throw DECLINE;
      if (contentIndent === -1) {
        if (spaces <= parentIndent || body.length > 0) break;
        contentIndent = spaces;
      }
      if (spaces < contentIndent) break;
      if (folded && spaces > contentIndent) throw DECLINE;
      body.push(line.slice(contentIndent));
    }
    while (body.length > 0 && body[body.length - 1] === '') body.pop();
    if (body.length === 0) throw DECLINE;
    row = next - 1;
    let text = body[0] ?? '';
    if (folded) {
      let breaks = 0;
      for (const line of body.slice(1)) {
        if (line === '') {
          breaks += 1;
          continue;
        }
        text += breaks === 0 ? ' ' : '\n'.repeat(breaks);
        text += line;
        breaks = 0;
      }
    } else {
      text = body.join('\n');
    }
    return match[2] === '-' ? text : `${text}\n`;
  };

  /**
   * The text of a flow collection that starts the current line's value and may go on over the
   * lines below (each indented deeper than `parentIndent`), comments taken away, the lines joined
   * by a space. Only breaks between items are taken, where no scalar goes on over the break.
   */
  const flowText = (source: string, parentIndent: number): string => {
    let nesting = 0;
    let quote = '';
    let joined = '';
    let line = source;
    for (;;) {
      let cut = line.length;
      for (let i = 0; i < line.length; i += 1) {
        const char = line[i];
        if (quote !== '') {
          if (char === quote) quote = '';
          else if (char === '\\' && quote === '"') throw DECLINE;
        } else if (char === '"' || char === "'") quote = char;
        else if (char === '#' && line[i - 1] === ' ') {
          cut = i;
          break;
        } else if (char === '[' || char === '{') nesting += 1;
        else if (char === ']' || char === '}') nesting -= 1;
      }
      const piece = trimSpacesEnd(line.slice(0, cut));
      if (joined === '') joined = piece;
      else {
        const next = piece.replace(/^ +/, '');
        // A plain scalar going on over lines folds blank lines and stops at comments by rules left
        // to the full reader: a break is taken only after an opening bracket or a comma, or before
        // a closing bracket or a comma, where no scalar goes on.
        if (!/[[{,]$/.test(joined) && !/^[\]},]/.test(next)) throw DECLINE;
        joined += ` ${next}`;
      }
      if (nesting <= 0) return joined;
      // A quoted scalar over several lines folds by rules left to the full reader.
      if (quote !== '') throw DECLINE;
      do {
        row += 1;
        if (row >= lines.length) throw DECLINE;
        line = rawLine(row);
      } while (/^ *(?:#.*)?$/.test(line));
      let spaces = 0;
      while (line.charCodeAt(spaces) === 32) spaces += 1;
      if (spaces <= parentIndent) throw DECLINE;
    }
  };

  /** A value written after `key: ` or `- ` on a line of a collection indented `parentIndent`. */
  const inline = (source: string, depth: number, parentIndent: number): unknown => {
    const first = source[0];
    if (first === '"' || first === "'") {
      const read = quoted(source, 0);
      const rest = source.slice(read.end);
      if (rest !== '' && !/^ +#/.test(rest)) throw DECLINE;
      return read.value;
    }
    if (first === '|' || first === '>') return blockScalar(source, parentIndent);
    if (first === '[' || first === '{') {
      const text = flowText(source, parentIndent);
      const read = flowValue(text, 0, depth, maxDepth);
      if (read.end !== text.length) throw DECLINE;
      return read.value;
    }
    return plainScalar(trimSpacesEnd(source.slice(0, commentStart(source, 0))));
  };

  /** The value of a key or item written on the lines below it (or null when there is none). */
  const below = (parentIndent: number, depth: number, sameIndentList: boolean): unknown => {
    advance();
    if (indent > parentIndent) return block(depth);
    if (sameIndentList && indent === parentIndent && isItem()) return list(depth);
    return null;
  };

  const block = (depth: number): unknown => (isItem() ? list(depth) : mapping(depth));

  const mapping = (depth: number): Record<string, unknown> => {
    if (depth > maxDepth) throw DECLINE;
    const at = indent;
    const members: Record<string, unknown> = {};
    while (indent === at && !isItem()) {
      const match = KEY_LINE.exec(content);
      if (match === null) throw DECLINE;
      const key = match[1] ?? '';
      if (
        key.length > MAX_KEY_LENGTH ||
        NOT_TEXT_KEY.test(key) ||
        key === '__proto__' ||
        Object.hasOwn(members, key)
      )
        throw DECLINE;
      const rest = match[2];
      let value: unknown;
      if (rest === undefined || rest.startsWith('#')) {
        value = below(at, depth + 1, true);
      } else {
        value = inline(rest, depth + 1, at);
        advance();
        // A more indented line after a one-line value continues it or is an error.
        if (indent > at) throw DECLINE;
      }
      setMember(members, key, value);
    }
    if (indent > at) throw DECLINE;
    return members;
  };

  const list = (depth: number): unknown[] => {
    if (depth > maxDepth) throw DECLINE;
    const at = indent;
    const items: unknown[] = [];
    while (indent === at && isItem()) {
      if (content === '-') {
        items.push(below(at, depth + 1, false));
        continue;
      }
      let offset = 1;
      while (content.charCodeAt(offset) === 32) offset += 1;
      const rest = content.slice(offset);
      if (rest.startsWith('#')) {
        items.push(below(at, depth + 1, false));
      } else if (rest === '-' || rest.startsWith('- ') || rest.startsWith('? ')) {
        throw DECLINE;
      } else if (KEY_LINE.test(rest)) {
        // `- key: value` opens a mapping whose keys line up after the dash.
        indent = at + offset;
        content = rest;
        items.push(mapping(depth + 1));
      } else {
        items.push(inline(rest, depth + 1, at));
        advance();
        if (indent > at) throw DECLINE;
      }
    }
    if (indent > at) throw DECLINE;
    return items;
  };

  try {
    advance();
    // One document: a leading `---` alone on its line is allowed. Any other marker or directive
    // is no plain key, so the mapping below declines it.
    if (indent === 0 && /^---(?: +#.*)?$/.test(content)) advance();
    if (indent !== 0) return undefined;
    const value = block(1);
    // Whatever follows the root collection (a line less indented than it) is left to the full reader.
    return row >= lines.length ? value : undefined;
  } catch {
    // Declined, or the call stack is too small for the nesting allowed: the full reader decides.
    return undefined;
  }
}
