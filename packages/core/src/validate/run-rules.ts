import type { IssueCode, IssueParams } from '../messages/catalogue.js';
import { createIssue } from '../findings/create-issue.js';
import { describeValue } from '../findings/describe-value.js';
import type { PathSegment, Severity, ValidationIssue } from '../findings/issue.js';
import { readOptions } from './read-options.js';
import type { AnyRule, RuleOverrides } from '../rules/rule.js';

const SETTINGS = new Set<unknown>(['off', 'error', 'warning', 'info']);

/** The error a rule threw, in words, without trusting it: reading it may throw in turn. */
function describeError(error: unknown): string {
  try {
    return error instanceof Error ? `${error.name}: ${error.message}` : describeValue(error);
  } catch {
    return 'an error that cannot be read';
  }
}

/**
 * Runs rules over a validated document and returns their findings in rule order. A rule that
 * throws is a fault of the SDK, not of the document: it becomes one `rule/crashed` finding naming
 * the rule, after the findings it reported before it stopped, and the other rules still run.
 */
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
    try {
      (rule.check as (document: D, report: Report) => void)(document, report);
    } catch (error) {
      findings.push(
        createIssue('rule/crashed', 'error', [], { rule: code, error: describeError(error) }),
      );
    }
  }
  return findings;
}
