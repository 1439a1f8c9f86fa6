import type { IssueCode, IssueParams } from '../messages/catalogue.js';
import { en } from '../messages/en.js';
import type { PathSegment, Severity, ValidationIssue } from './issue.js';
import { toJsonPointer } from './issue.js';

/**
 * Builds a finding from its code and parameters, with the English wording from the message
 * catalogue; the parameters stay on the finding so that {@link localizeIssue} can word it again.
 *
 * @param code - The stable issue code.
 * @param severity - How serious the finding is.
 * @param path - Path from the document root to the offending key or value.
 * @param params - The values the message is built from.
 * @returns The finding, with its JSON Pointer.
 *
 * @example
 * ```ts
 * createIssue('text/empty', 'error', [], {}).message;
 * //=> 'The file is empty.'
 * ```
 */
export function createIssue<C extends IssueCode>(
  code: C,
  severity: Severity,
  path: readonly PathSegment[],
  params: IssueParams[C],
): ValidationIssue {
  const text = en[code](params);
  return {
    code,
    severity,
    path: [...path],
    pointer: toJsonPointer(path),
    message: text.message,
    ...(text.hint === undefined ? {} : { hint: text.hint }),
    params,
  };
}
