import { Lexer } from 'yaml';
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

/** The lexer's marks between tokens, which stand for no text: document, scalar, flow end. */
const MARKS = new Set(['\u0002', '\u001f', '\u0018']);

/**
 * The comments of a YAML text, each with its offset, as the YAML lexer reads them: text inside
 * block scalars (`narrative: |`) and quoted scalars, even on lines of their own, is not a comment.
 */
function yamlComments(text: string): { text: string; offset: number }[] {
  const comments: { text: string; offset: number }[] = [];
  let offset = 0;
  let previous = '';
  for (const token of new Lexer().lex(text)) {
    if (MARKS.has(token)) {
      previous = token;
      continue;
    }
    // A scalar's text follows the scalar mark; a block scalar's may start with `#`.
    if (token.startsWith('#') && previous !== '\u001f') comments.push({ text: token, offset });
    offset += token.length;
    previous = token;
  }
  return comments;
}

/**
 * Finds the suppression comments of a YAML text: the comments as the YAML lexer reads them (not
 * `#` inside quoted or block scalars) that start with a directive. The codes are separated by
 * commas or spaces; the reason follows ` -- `. Never throws.
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
  let found: { text: string; offset: number }[];
  try {
    found = yamlComments(text);
  } catch {
    return [];
  }
  const comments: SuppressionComment[] = [];
  let line = 0;
  let lineStart = 0;
  for (const comment of found) {
    const body = comment.text.endsWith('\r') ? comment.text.slice(0, -1) : comment.text;
    const match = DIRECTIVE.exec(body);
    if (match === null) continue;
    for (let next = text.indexOf('\n', lineStart); next !== -1 && next < comment.offset;) {
      line += 1;
      lineStart = next + 1;
      next = text.indexOf('\n', lineStart);
    }
    const rest = match[2] ?? '';
    const separator = rest.search(/\s--(\s|$)/);
    const codePart = separator === -1 ? rest : rest.slice(0, separator);
    const reason = separator === -1 ? '' : rest.slice(separator).replace(/^\s--/, '').trim();
    const column = comment.offset - lineStart;
    comments.push({
      codes: codePart.split(/[\s,]+/).filter((code) => code !== ''),
      reason: reason === '' ? undefined : reason,
      line: match[1] === 'next-line' ? line + 2 : line + 1,
      position: {
        line: line + 1,
        column: column + 1,
        offset: comment.offset,
        endLine: line + 1,
        endColumn: column + body.length + 1,
        endOffset: comment.offset + body.length,
      },
    });
  }
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
