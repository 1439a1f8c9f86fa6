import type { ValidationIssue } from '../findings/issue.js';
import type { SourceLocator } from './source-locator.js';

/** Findings about a key rather than its value: they point at the key. */
const KEY_CODES = new Set(['schema/unknown-key', 'input/forbidden-key', 'text/duplicate-key']);

/**
 * Gives findings the position of what they are about: the key for unknown and forbidden keys,
 * the parent's key for a missing field, the value for everything else. Findings that already have
 * a position keep it.
 *
 * @param issues - Findings with paths into the parsed value.
 * @param locator - The locator of the text the value was read from.
 * @returns New findings with `position` set wherever it can be found.
 *
 * @example
 * ```ts
 * const parsed = parseText('kind: WorkPlan\ntitel: x\n');
 * if (parsed.ok) {
 *   const result = validateWorkPlan(parsed.value);
 *   if (!result.ok) attachPositions(result.issues, parsed.locator)[0]?.position?.line;
 * }
 * ```
 */
export function attachPositions(
  issues: readonly ValidationIssue[],
  locator: SourceLocator,
): ValidationIssue[] {
  return issues.map((issue) => {
    if (issue.position !== undefined) return issue;
    const position = locator.locate(issue.path, KEY_CODES.has(issue.code) ? 'key' : 'value');
    return position === undefined ? issue : { ...issue, position };
  });
}
