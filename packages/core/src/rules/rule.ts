import type { DocumentKind } from '../documents/document-kind.js';
import type { IssueCode, IssueParams } from '../messages/catalogue.js';
import type { PathSegment, Severity } from '../findings/issue.js';

/**
 * What a rule checks: one of the document kinds, or a workspace of several documents.
 *
 * @example
 * ```ts
 * const scope: RuleScope = 'Workspace';
 * ```
 */
export type RuleScope = DocumentKind | 'Workspace';

/**
 * Reports one finding of a rule at a path in the document.
 *
 * @example
 * ```ts
 * const report: RuleReport<'plan/objective-without-measure'> = (path, params) => {
 *   console.log(path, params.objective);
 * };
 * ```
 */
export type RuleReport<C extends IssueCode> = (
  path: readonly PathSegment[],
  params: IssueParams[C],
) => void;

/**
 * A check beyond the schema, as data: its code, default severity, a summary for the rules
 * reference, an example of what it finds, how to fix it, and the check itself.
 *
 * @example
 * ```ts
 * const rule = WORK_PLAN_RULES.find((candidate) => candidate.code === 'plan/date-order');
 * rule?.severity;
 * //=> 'error'
 * ```
 */
export interface Rule<D, C extends IssueCode = IssueCode> {
  /** The stable code of every finding the rule reports. */
  readonly code: C;
  /** The default severity of its findings. */
  readonly severity: Severity;
  /** What the rule checks, in one sentence. */
  readonly summary: string;
  /** How to fix what it finds. */
  readonly fix: string;
  /**
   * A case it reports: one or more changes to the example workspace, each a code span
   * `file#/pointer: value` (YAML value; `-` appends to a list; `file#: value` adds a file), with
   * words around them. The rules reference shows it, and a test applies it and expects the code.
   */
  readonly example: string;
  /** What the rule checks. */
  readonly scope: RuleScope;
  /** Runs the rule over a validated document and reports each finding. */
  readonly check: (document: D, report: RuleReport<C>) => void;
}

/**
 * A rule over documents of type `D`, whatever its code.
 *
 * @example
 * ```ts
 * const rules: readonly AnyRule<WorkPlan>[] = WORK_PLAN_RULES;
 * ```
 */
export type AnyRule<D> = { [C in IssueCode]: Rule<D, C> }[IssueCode];

/**
 * Per-code severity overrides: a new severity, or `'off'` to skip the rule.
 *
 * @example
 * ```ts
 * const overrides: RuleOverrides = { 'plan/missing-estimates': 'off', 'plan/country-outside-region': 'error' };
 * ```
 */
export type RuleOverrides = Readonly<Partial<Record<string, Severity | 'off'>>>;

/** Declares a rule with its code's parameter type checked. */
export function defineRule<D, C extends IssueCode>(rule: Rule<D, C>): Rule<D, C> {
  return rule;
}
