// Adding a code: its parameters here, its wording in en.ts and in ar.ts, es.ts, fr.ts, ru.ts and
// zh.ts (each a MessageCatalogue, so a language left out fails the typecheck). docs/languages.md
// says how, step by step.

/**
 * The parameters each issue code's message is built from. The keys of this interface are every
 * issue code the SDK can report; the rules reference in `docs/` lists them with their meaning.
 *
 * @example
 * ```ts
 * const params: IssueParams['schema/unknown-key'] = {
 *   key: 'titel',
 *   suggestion: 'title',
 *   allowed: ['title', 'summary'],
 * };
 * ```
 */
export interface IssueParams {
  // Reading text
  'text/empty': Record<string, never>;
  'text/too-large': {
    size: number;
    limit: number;
    /** `bytes` for a file measured before it is read (then `size` may be a lower bound). */
    unit?: 'characters' | 'bytes' | undefined;
    /** Whether `size` is only a lower bound: reading stopped at the limit. */
    atLeast?: boolean | undefined;
  };
  'text/binary': Record<string, never>;
  'text/byte-order-mark': Record<string, never>;
  'text/syntax': { format: 'YAML' | 'JSON'; detail: string };
  'text/duplicate-key': { key: string };
  'text/alias-limit': { count: number; limit: number };
  'text/merge-key': Record<string, never>;
  'text/custom-tag': { tag: string };
  'text/multiple-documents': { count: number };
  'text/too-deep': { limit: number };
  // Finding and reading files (the Node entry, `@itu-aicb/core/node`)
  'file/unreadable': { what: 'file' | 'directory'; reason: string };
  'file/invalid-utf8': { byte: string; line: number; column: number };
  'file/unknown-kind': { kind: string; known: readonly string[]; suggestion?: string | undefined };
  'file/missing-kind': {
    evidence: string;
    known: readonly string[];
    suggestion?: string | undefined;
  };
  // Shape of the input value
  'input/not-text': { received: string };
  'input/not-a-list': { received: string };
  'input/not-json': { received: string };
  'input/forbidden-key': { key: string };
  // Document envelope
  'document/not-an-object': { received: string };
  'document/missing-kind': { known: readonly string[] };
  'document/unknown-kind': {
    kind: string;
    known: readonly string[];
    suggestion?: string | undefined;
  };
  'document/unsupported-schema-version': { version: string; supported: readonly number[] };
  'document/kind-mismatch': { kind: string; likely: string; fields: readonly string[] };
  // Structure (schema)
  'schema/missing-property': { key: string; expected: string };
  'schema/invalid-type': { expected: string; received: string; example?: string | undefined };
  'schema/unknown-key': {
    key: string;
    suggestion?: string | undefined;
    allowed: readonly string[];
  };
  'schema/invalid-value': {
    received: string;
    allowed: readonly string[];
    suggestion?: string | undefined;
  };
  'schema/invalid-format': { format: string; received: string; example?: string | undefined };
  'schema/too-small': { subject: string; minimum: number | string; inclusive: boolean };
  'schema/too-big': { subject: string; maximum: number | string; inclusive: boolean };
  'schema/not-multiple': { divisor: number };
  'schema/invalid': { detail: string };
  // A rule that failed while it ran
  'rule/crashed': { rule: string; error: string };
  // Suppressions: comments and configured entries that accept a finding with a reason
  'suppression/missing-code': Record<string, never>;
  'suppression/missing-reason': { codes: readonly string[] };
  'suppression/unused': { codes: readonly string[] };
  'suppression/expired': { codes: readonly string[]; expires: string };
  // Rules over one work plan
  'plan/duplicate-id': { id: string; collection: string; first: string };
  'plan/unresolved-objective': { measure: string; objective: string; known: readonly string[] };
  'plan/unresolved-milestone': { milestone: string; reference: string };
  'plan/unresolved-mandate': { measure: string; mandate: string; known: readonly string[] };
  'plan/milestone-cycle': { cycle: readonly string[] };
  'plan/date-order': { what: string; start: string; end: string };
  'plan/outside-period': { what: string; date: string; start: string; end: string };
  'plan/milestone-outside-schedule': { milestone: string; due: string; start: string; end: string };
  'plan/milestone-before-dependency': {
    milestone: string;
    due: string;
    dependency: string;
    dependencyDue: string;
  };
  'plan/secured-exceeds-budget': { secured: number; amount: number; currency: string };
  'plan/breakdown-sum': { sum: number };
  'plan/partner-financing-sum': { sum: number };
  'plan/amount-without-currency': { member: string };
  'plan/indicator-year-order': { indicator: string; baselineYear: number; targetYear: number };
  'plan/unknown-country': { country: string; suggestion?: string | undefined };
  'plan/unknown-office': { reference: string; suggestion?: string | undefined };
  'plan/unknown-sdg-target': { target: string };
  'plan/country-outside-region': {
    country: string;
    region: string;
    targetRegions: readonly string[];
  };
  'plan/objective-without-measure': { objective: string };
  'plan/lead-also-contributor': { entity: string };
  'plan/duplicate-entry': { value: string; list: string };
  'plan/pillar-outside-objectives': { measure: string; pillar: string };
  'plan/missing-estimates': { measure: string; fields: readonly string[] };
  'plan/global-with-targets': { measure: string; targets: number };
  // Rules over one work plan: what a reviewer checks beyond consistency
  'plan/long-period': { start: string; end: string; limit: number };
  'plan/mandate-after-plan': { mandate: string; year: number; end: string };
  'plan/first-results-after-end': { measure: string; months: number; runs: number; end: string };
  'plan/non-budget-currency': { currency: string; what: string };
  'plan/partner-finances-nothing': { measure: string; partner: string };
  'plan/duplicate-partner': { measure: string; partner: string };
  'plan/lead-bureau-participating': { bureau: string };
  'plan/lead-outside-arrangements': {
    measure: string;
    lead: string;
    taking: readonly string[];
    list: 'participatingBureaus' | 'regionalOffices';
  };
  'plan/region-without-country': {
    measure: string;
    region: string;
    countries: readonly string[];
  };
  'plan/chair-not-member': { chair: string; members: readonly string[] };
  'plan/done-milestone-in-pipeline': { milestone: string; measure: string };
  'plan/country-not-itu-member': { country: string; date: string };
  'plan/duplicate-title': { title: string; collection: string; first: string };
  'plan/indicator-without-unit': { indicator: string };
  'plan/indicator-target-outside-period': {
    indicator: string;
    year: number;
    first: number;
    last: number;
  };
  'plan/financing-without-budget': { measure: string };
  // Rules over one initiative catalogue
  'catalogue/duplicate-id': { id: string; first: string };
  'catalogue/date-order': { initiative: string; start: string; end: string };
  'catalogue/unknown-office': { reference: string; suggestion?: string | undefined };
  'catalogue/ended-but-active': { initiative: string; end: string; asOf: string };
  'catalogue/over-without-end': { initiative: string; status: string };
  'catalogue/reach-after-as-of': { initiative: string; figureAsOf: string; asOf: string };
  'catalogue/duplicate-entry': { value: string; list: string };
  'catalogue/active-before-start': { initiative: string; start: string; asOf: string };
  // Rules over one needs assessment
  'assessment/unknown-country': { country: string; suggestion?: string | undefined };
  'assessment/no-pillars': Record<string, never>;
  'assessment/target-below-current': { pillar: string; current: number; target: number };
  'assessment/need-pillar-not-assessed': { pillar: string };
  'assessment/unknown-framework-version': {
    framework: string;
    version: string;
    known: readonly string[];
  };
  // Scoring profile rules
  'profile/duplicate-criterion': { id: string; first: string };
  'profile/unknown-criterion': { id: string; suggestion?: string | undefined };
  'profile/invalid-field': {
    id: string;
    problem: 'built-in' | 'unknown-field' | 'no-direction';
    field?: string;
    suggestion?: string | undefined;
  };
  'profile/weighting': {
    problem:
      | 'missing-weight'
      | 'zero-weights'
      | 'matrix-size'
      | 'diagonal'
      | 'not-reciprocal'
      | 'unknown-in-order'
      | 'incomplete-order';
    detail: string;
  };
  'profile/preference-thresholds': { type: string };
  'profile/unused-setting': { setting: string; applies: string };
  'profile/inconsistent-judgements': {
    ratio: number;
    limit: number;
    table: string;
    lambdaMax: number;
  };
  // Progress report rules, over one report and across the workspace
  'report/date-order': { start: string; end: string };
  'report/after-as-of': { what: string; date: string; asOf: string };
  'report/duplicate-entry': { value: string; list: string };
  'report/unknown-plan': {
    plan: string;
    known: readonly string[];
    suggestion?: string | undefined;
  };
  'report/outside-plan-period': {
    start: string;
    end: string;
    planStart: string;
    planEnd: string;
    plan: string;
  };
  'report/unknown-reference': {
    what: 'measure' | 'milestone' | 'indicator' | 'objective' | 'contribution';
    reference: string;
    plan: string;
    /** The measure or objective the reference is looked up in, when it is one of its parts. */
    owner?: string | undefined;
    suggestion?: string | undefined;
  };
  'report/milestone-before-start': {
    milestone: string;
    measure: string;
    achieved: string;
    start: string;
  };
  'report/spend-currency': { measure: string; currency: string; budget?: string | undefined };
  'report/spend-above-budget': {
    measure: string;
    spent: number;
    budget: number;
    currency: string;
  };
  'report/spend-decrease': {
    measure: string;
    spent: number;
    earlier: number;
    currency: string;
    report: string;
  };
  'report/overlapping-periods': { plan: string; report: string; start: string; end: string };
  'report/implausible-status': { measure: string; from: string; to: string; report: string };
  'report/indicator-unit': { indicator: string; unit: string; planUnit?: string | undefined };
  /** `both`: the entry gives both dates; otherwise it gives neither. */
  'report/milestone-entry': { milestone: string; measure: string; both: boolean };
  'report/group-above-total': { measure: string; group: string; count: number; total: number };
  'report/amount-without-currency': { member: string };
  /** The spend of `measure`, or the delivery of `member`. */
  'report/non-budget-currency': {
    currency: string;
    measure?: string | undefined;
    member?: string | undefined;
  };
  'report/contribution-currency': { member: string; currency: string; pledged: string };
  // Rules over a workspace of several documents
  'workspace/duplicate-document-id': { id: string; kind: string; first: string };
  'workspace/duplicate-initiative-id': { id: string; first: string };
  'workspace/unresolved-initiative': {
    measure: string;
    initiative: string;
    suggestion?: string | undefined;
    catalogues: number;
  };
  'workspace/duplicate-assessment': { scope: string; date: string; first: string };
  'workspace/missing-exchange-rate': {
    measure: string;
    currency: string;
    reference: string;
    profile: string;
    fromProfile: boolean;
  };
}

/**
 * Every stable issue code the SDK reports.
 *
 * @example
 * ```ts
 * const code: IssueCode = 'schema/unknown-key';
 * ```
 */
export type IssueCode = keyof IssueParams;

/**
 * The words of one issue: the message and, where a fix can be suggested, a hint.
 *
 * @example
 * ```ts
 * const text: IssueText = { message: 'The file is empty.', hint: 'Add a document with a `kind`.' };
 * ```
 */
export interface IssueText {
  /** What is wrong. */
  readonly message: string;
  /** How to fix it. */
  readonly hint?: string | undefined;
}

/**
 * One language's wording for every issue code: a new language is one new object of this type.
 *
 * @example
 * ```ts
 * const partial: Pick<MessageCatalogue, 'text/empty'> = {
 *   'text/empty': () => ({ message: 'The file is empty.' }),
 * };
 * ```
 */
export type MessageCatalogue = { readonly [C in IssueCode]: (params: IssueParams[C]) => IssueText };
