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
  return runRulesTracked(rules, overrides, () => trackReads(partial.value, tree));
}

/**
 * Runs each rule on a fresh view from `view`, and keeps its findings only when it read no invalid
 * part through that view (see {@link runRulesOnPart}).
 */
export function runRulesTracked<D>(
  rules: readonly AnyRule<D>[],
  overrides: RuleOverrides | undefined,
  view: () => { readonly document: unknown; readonly touchedInvalid: () => boolean },
): ValidationIssue[] {
  const findings: ValidationIssue[] = [];
  for (const rule of rules) {
    const tracked = view();
    const reported = runRules([rule], tracked.document as D, overrides);
    if (!tracked.touchedInvalid()) findings.push(...reported);
  }
  return findings;
}
