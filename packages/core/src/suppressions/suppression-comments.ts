import type { SourcePosition } from '../findings/issue.js';
import type { Suppression } from './suppress-findings.js';

/**
 * A suppression written as a YAML comment: `# aicb-disable-next-line <codes> -- <reason>` on the
 * line above a finding, or `# aicb-disable-line <codes> -- <reason>` at the end of its line.
 *
 * @example
 * ```ts
 * const [comment] = scanSuppressionComments(
 *   '# aicb-disable-next-line plan/missing-estimates -- costed in the review\nid: M1\n',
 * );
 * comment?.line;
 * //=> 2
 * ```
 */
export interface SuppressionComment {
  /** The codes it suppresses, in the order written. */
  readonly codes: readonly string[];
  /** The reason after ` -- `, trimmed; `undefined` when there is none. */
  readonly reason: string | undefined;
  /** The 1-based line whose findings it suppresses. */
  readonly line: number;
  /** Where the comment itself stands, from `#` to the end of its line. */
  readonly position: SourcePosition;
}

const DIRECTIVE = /^#\s*aicb-disable-(next-line|line)(?=\s|$)(.*)$/;

/**
 * The column (0-based) where a line's comment starts: a `#` at the start of the line or after
 * white space, outside single- and double-quoted scalars; -1 when the line has no comment.
 */
function commentStart(line: string): number {
  let quote: '"' | "'" | undefined;
  for (let index = 0; index < line.length; index++) {
    const char = line[index];
    if (quote === '"') {
      if (char === '\\') index += 1;
      else if (char === '"') quote = undefined;
    } else if (quote === "'") {
      if (char === "'") quote = undefined;
    } else if (char === '"' || char === "'") {
      const before = index === 0 ? ' ' : (line[index - 1] ?? ' ');
      // A quote starts a scalar only where a scalar can start, not inside a plain one (`it's`).
      if (/[\s:,[{-]/.test(before)) quote = char;
    } else if (char === '#' && (index === 0 || /\s/.test(line[index - 1] ?? ''))) {
      return index;
    }
  }
  return -1;
}

/**
 * Finds the suppression comments of a YAML text with a small line scanner, without parsing the
 * YAML: a `#` comment counts where it starts a line or follows white space outside a quoted
 * scalar. The codes are separated by commas or spaces; the reason follows ` -- `. Never throws.
 *
 * @param text - The YAML text.
 * @returns The suppression comments, in the order of the text.
 *
 * @example
 * ```ts
 * scanSuppressionComments(
 *   'lead: BDT # aicb-disable-line plan/lead-also-contributor -- agreed, see minutes 2026-03\n',
 * ).map((comment) => [comment.codes, comment.reason, comment.line]);
 * //=> [[['plan/lead-also-contributor'], 'agreed, see minutes 2026-03', 1]]
 * ```
 */
export function scanSuppressionComments(text: string): SuppressionComment[] {
  if (typeof text !== 'string' || !text.includes('aicb-disable-')) return [];
  const comments: SuppressionComment[] = [];
  const lines = text.split('\n');
  let offset = 0;
  lines.forEach((raw, index) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const start = line.includes('aicb-disable-') ? commentStart(line) : -1;
    const match = start === -1 ? null : DIRECTIVE.exec(line.slice(start));
    if (match !== null) {
      const body = match[2] ?? '';
      const separator = body.search(/\s--(\s|$)/);
      const codePart = separator === -1 ? body : body.slice(0, separator);
      const reason = separator === -1 ? '' : body.slice(separator).replace(/^\s--/, '').trim();
      const codeSpan = codePart.split(/[\s,]+/).filter((code) => code !== '');
      comments.push({
        codes: codeSpan,
        reason: reason === '' ? undefined : reason,
        line: match[1] === 'next-line' ? index + 2 : index + 1,
        position: {
          line: index + 1,
          column: start + 1,
          offset: offset + start,
          endLine: index + 1,
          endColumn: line.length + 1,
          endOffset: offset + line.length,
        },
      });
    }
    offset += raw.length + 1;
  });
  return comments;
}

/**
 * The suppressions written as comments in a YAML file, ready for `suppressFindings`.
 *
 * @param source - The file's name, as its findings name it.
 * @param text - The YAML text.
 * @returns One suppression per comment, in the order of the text.
 *
 * @example
 * ```ts
 * suppressionsInText('plan.yaml', 'id: M1 # aicb-disable-line plan/x -- why\n')[0]?.line;
 * //=> 1
 * ```
 */
export function suppressionsInText(source: string, text: string): Suppression[] {
  return scanSuppressionComments(text).map((comment) => ({
    kind: 'inSource',
    source,
    codes: comment.codes,
    reason: comment.reason,
    line: comment.line,
    origin: { source, pointer: '', position: comment.position },
  }));
}
