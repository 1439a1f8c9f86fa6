import { declaredKind } from '../documents/document-kind.js';
import type { PlanDocument } from '../documents/plan-document.js';
import type { ValidationIssue, ValidationResult } from '../findings/issue.js';
import { readOptions } from '../validate/read-options.js';
import { validateDocument } from '../validate/validate-document.js';
import type { CheckedEntry } from '../validate/validate-workspace.js';
import type { ValidateOptions } from '../validate/validate-with.js';
import { splitBySeverity } from '../validate/validate-with.js';
import { attachPositions } from './attach-positions.js';
import type { ParseTextOptions } from './parse-text.js';
import { parseText } from './parse-text.js';

/**
 * Options of {@link validateDocumentText} and {@link validateWorkspaceText}: how to read the text
 * and how to check the document.
 *
 * @example
 * ```ts
 * const options: ValidateTextOptions = { format: 'yaml', maxAliases: 0, rules: { 'plan/missing-estimates': 'off' } };
 * ```
 */
export interface ValidateTextOptions extends ParseTextOptions, ValidateOptions {}

/** A text's result, how to place findings in it, and the kind it declares (`unknown` if none). */
export function checkText(
  text: string,
  options: ValidateTextOptions,
): Omit<CheckedEntry, 'source'> {
  const parsed = parseText(text, options);
  if (!parsed.ok) {
    const { errors, warnings } = splitBySeverity(parsed.issues);
    // No locator: a text that cannot be read leaves nothing for the checks across documents to
    // read, so none of their findings is placed in it.
    return {
      result: { ok: false, issues: errors, warnings },
      kind: (typeof text === 'string' ? declaredKind(text) : undefined) ?? 'unknown',
    };
  }
  const locate = (issues: readonly ValidationIssue[]): ValidationIssue[] =>
    attachPositions(issues, parsed.locator);
  const result = validateDocument(parsed.value, options);
  const warnings = [...parsed.issues, ...locate(result.warnings)];
  return {
    result: result.ok
      ? { ok: true, value: result.value, warnings }
      : { ok: false, issues: locate(result.issues), warnings },
    locate,
    kind: declaredKind(parsed.value) ?? 'unknown',
    input: parsed.value,
  };
}

/**
 * Reads a YAML or JSON text and checks the document in it, giving every finding the 1-based line
 * and column of the offending key or value. Runs in browsers as in Node. Never throws.
 *
 * @param text - The file's text.
 * @param options - How to read it (format, size and alias limits) and rule overrides.
 * @returns The typed document, or the findings with their `position`.
 *
 * @example
 * ```ts
 * const result = validateDocumentText('kind: WorkPlan\nschemaVersion: 1\ntitel: x\n');
 * result.ok ? undefined : result.issues.find((issue) => issue.code === 'schema/unknown-key')?.position?.line;
 * //=> 3
 * ```
 */
export function validateDocumentText(
  text: string,
  options: ValidateTextOptions = {},
): ValidationResult<PlanDocument> {
  return checkText(text, readOptions(options)).result;
}
