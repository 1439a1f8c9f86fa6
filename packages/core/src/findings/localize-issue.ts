import type { IssueCode, IssueParams, MessageCatalogue } from '../messages/catalogue.js';
import type { Locale } from '../messages/locale.js';
import type { ValidationIssue, ValidationResult } from './issue.js';

/**
 * The same finding worded in another language: message and hint from the locale's catalogue,
 * built from the finding's `params`; code, severity, path, parameters and position stay as they
 * are. A finding without parameters, or with a code the catalogue does not know, is returned
 * unchanged (in the wording it came with).
 *
 * @param issue - A finding, as any validator returns it.
 * @param locale - The language to word it in; `undefined` keeps the finding as it is.
 * @returns The finding in that language.
 *
 * @example
 * ```ts
 * declare const french: Locale;
 * localizeIssue(createIssue('text/empty', 'error', [], {}), french).message;
 * // 'Le fichier est vide.'
 * ```
 */
export function localizeIssue(issue: ValidationIssue, locale: Locale | undefined): ValidationIssue {
  if (locale === undefined || issue.params === undefined) return issue;
  const catalogue: MessageCatalogue = locale.messages;
  if (!Object.hasOwn(catalogue, issue.code)) return issue;
  const word = catalogue[issue.code as IssueCode] as (params: IssueParams[IssueCode]) => {
    message: string;
    hint?: string | undefined;
  };
  let text: { message: string; hint?: string | undefined };
  try {
    text = word(issue.params as IssueParams[IssueCode]);
  } catch {
    // A finding built by hand with parameters of another shape keeps its own wording.
    return issue;
  }
  const worded: { -readonly [K in keyof ValidationIssue]: ValidationIssue[K] } = {
    ...issue,
    message: text.message,
  };
  if (text.hint === undefined) delete worded.hint;
  else worded.hint = text.hint;
  return worded;
}

/**
 * Every finding of a validation result worded in another language (see {@link localizeIssue}).
 *
 * @param result - A validation result.
 * @param locale - The language; `undefined` returns the result as it is.
 * @returns The result with its issues and warnings in that language.
 *
 * @example
 * ```ts
 * declare const french: Locale;
 * declare const input: unknown;
 * const result = localizeResult(validateWorkPlan(input), french);
 * ```
 */
export function localizeResult<T>(
  result: ValidationResult<T>,
  locale: Locale | undefined,
): ValidationResult<T> {
  if (locale === undefined) return result;
  const warnings = result.warnings.map((issue) => localizeIssue(issue, locale));
  return result.ok
    ? { ...result, warnings }
    : { ...result, issues: result.issues.map((issue) => localizeIssue(issue, locale)), warnings };
}
