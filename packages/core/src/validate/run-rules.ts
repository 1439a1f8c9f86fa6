import type { IssueCode, IssueParams } from '../messages/catalogue.js';
import { createIssue } from '../findings/create-issue.js';
import type { PathSegment, Severity, ValidationIssue } from '../findings/issue.js';
import { readOptions } from './read-options.js';
import type { AnyRule, RuleOverrides } from '../rules/rule.js';

const SETTINGS = new Set<unknown>(['off', 'error', 'warning', 'info']);

/** Runs rules over a validated document and returns their findings in rule order. */
export function runRules<D>(
  rules: readonly AnyRule<D>[],
  document: D,
  overrides?: RuleOverrides | null,
): ValidationIssue[] {
  const settings = readOptions(overrides);
  const findings: ValidationIssue[] = [];
  for (const rule of rules) {
    // A setting that is not one of the four (from an untyped caller) leaves the rule's own severity.
    const given: unknown = Object.hasOwn(settings, rule.code) ? settings[rule.code] : undefined;
    const setting = SETTINGS.has(given) ? (given as Severity | 'off') : rule.severity;
    if (setting === 'off') continue;
    const code: IssueCode = rule.code;
    type Report = (path: readonly PathSegment[], params: IssueParams[IssueCode]) => void;
    const report: Report = (path, params) => {
      findings.push(createIssue(code, setting, path, params as never));
    };
    (rule.check as (document: D, report: Report) => void)(document, report);
  }
  return findings;
}
