import type { ValidationIssue } from '../findings/issue.js';
import type { AnyRule, RuleOverrides } from '../rules/rule.js';
import type { PartialDocument } from './partial-parse.js';
import { runRules } from './run-rules.js';
import { invalidPathTree, trackReads } from './tracked-view.js';

/**
 * Runs rules over the valid parts of a document that failed its schema. Each rule sees the
 * partial document through a view that records what it reads; a rule that read a value at or
 * under an invalid path reports nothing (neither its findings nor a crash), since its inputs are
 * not what the schema promises. The other rules report as they would on a valid document.
 */
export function runRulesOnPart<D>(
  rules: readonly AnyRule<D>[],
  partial: PartialDocument,
  overrides: RuleOverrides,
): ValidationIssue[] {
  const tree = invalidPathTree(partial.invalid, partial.lostKeys);
  if (tree === undefined) return [];
  const findings: ValidationIssue[] = [];
  for (const rule of rules) {
    const view = trackReads(partial.value, tree);
    const reported = runRules([rule], view.document as D, overrides);
    if (!view.touchedInvalid()) findings.push(...reported);
  }
  return findings;
}
