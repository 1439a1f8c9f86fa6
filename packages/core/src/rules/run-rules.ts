import type { IssueCode, IssueParams } from '../messages/catalogue.js';
import { createIssue } from '../validation/create-issue.js';
import type { PathSegment, ValidationIssue } from '../validation/issue.js';
import type { AnyRule, RuleOverrides } from './rule.js';

/** Runs rules over a validated document and returns their findings in rule order. */
export function runRules<D>(
  rules: readonly AnyRule<D>[],
  document: D,
  overrides: RuleOverrides = {},
): ValidationIssue[] {
  const findings: ValidationIssue[] = [];
  for (const rule of rules) {
    const setting = overrides[rule.code] ?? rule.severity;
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
