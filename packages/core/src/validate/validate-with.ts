import type * as z from 'zod';
import type { AnyRule, RuleOverrides } from '../rules/rule.js';
import { runRules } from './run-rules.js';
import type { PartialDocument } from './partial-parse.js';
import { createIssue } from '../findings/create-issue.js';
import { describeValue } from '../findings/describe-value.js';
import { readOptions } from './read-options.js';
import type { ValidationIssue, ValidationResult } from '../findings/issue.js';
import { localizeResult } from '../findings/localize-issue.js';
import type { Locale } from '../messages/locale.js';
import { mapZodIssues } from './map-zod-issues.js';
import { forbiddenRecordKeys } from './forbidden-record-keys.js';
import { parseIfValid } from './fast-parse.js';
import { parsePartially } from './partial-parse.js';
import { runRulesOnPart } from './run-rules-on-part.js';

/**
 * The document format versions this release reads.
 *
 * @example
 * ```ts
 * SUPPORTED_SCHEMA_VERSIONS.includes(1);
 * //=> true
 * ```
 */
export const SUPPORTED_SCHEMA_VERSIONS: readonly number[] = [1];

/**
 * Options of every `validateX` function.
 *
 * @example
 * ```ts
 * const options: ValidateOptions = { rules: { 'plan/missing-estimates': 'off' } };
 * declare const input: unknown;
 * validateWorkPlan(input, options);
 * ```
 */
export interface ValidateOptions {
  /**
   * Severity overrides by rule code: a severity, or `'off'` to skip the rule. Only rules (codes
   * listed in the rules reference under "Rules") can be changed; structural findings cannot.
   * Default: every rule at its own severity.
   */
  readonly rules?: RuleOverrides;
  /**
   * The language of the findings' messages and hints: English (`englishLocale`) by default, or a
   * locale imported from its own entry, such as `import { fr } from '@itu-aicb/core/locales/fr'`.
   * Codes, paths and `params` are the same in every language.
   */
  readonly locale?: Locale;
}

/** The locale of options that may not be an object, or none when it cannot be read. */
export function localeOf(options: ValidateOptions | null | undefined): Locale | undefined {
  try {
    return readOptions(options).locale;
  } catch {
    return undefined;
  }
}

/** Whether a value is a plain object (not an array, a Date, a Map or a class instance). */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function envelopeIssue(input: unknown): ValidationIssue | undefined {
  if (!isPlainRecord(input)) {
    return createIssue('document/not-an-object', 'error', [], { received: describeValue(input) });
  }
  const version = input['schemaVersion'];
  if (typeof version === 'number' && !SUPPORTED_SCHEMA_VERSIONS.includes(version)) {
    return createIssue('document/unsupported-schema-version', 'error', ['schemaVersion'], {
      version: String(version),
      supported: SUPPORTED_SCHEMA_VERSIONS,
    });
  }
  return undefined;
}

/** Splits findings into errors and the rest, keeping their order. */
export function splitBySeverity(findings: readonly ValidationIssue[]): {
  errors: ValidationIssue[];
  warnings: ValidationIssue[];
} {
  const errors: ValidationIssue[] = [];
  const warnings: ValidationIssue[] = [];
  for (const finding of findings) (finding.severity === 'error' ? errors : warnings).push(finding);
  return { errors, warnings };
}

/**
 * Validates one document in the pipeline every kind shares: envelope, then schema, then rules.
 * Never throws: a value that cannot even be read (a throwing getter or proxy) becomes a finding.
 * Only reading the input and the options is guarded so; a rule that throws is reported by
 * {@link runRules} as `rule/crashed`, since it is a fault of the SDK rather than of the input.
 *
 * A document that fails its schema still has its rules run, over the parts that passed (see
 * {@link runRulesOnPart}), so that one run reports structural and rule findings together.
 */
export function validateWith<S extends z.ZodType>(
  schema: S,
  rules: readonly AnyRule<z.output<S>>[],
  input: unknown,
  options: ValidateOptions = {},
): ValidationResult<z.output<S>> {
  return localizeResult(validateInEnglish(schema, rules, input, options), localeOf(options));
}

function validateInEnglish<S extends z.ZodType>(
  schema: S,
  rules: readonly AnyRule<z.output<S>>[],
  input: unknown,
  options: ValidateOptions,
): ValidationResult<z.output<S>> {
  let parsed: { valid: true; value: z.output<S> } | { valid: false; issues: ValidationIssue[] };
  let partial: PartialDocument | undefined;
  let forbidden: ValidationIssue[];
  let overrides: RuleOverrides;
  try {
    const envelope = envelopeIssue(input);
    if (envelope !== undefined) return { ok: false, issues: [envelope], warnings: [] };
    // A valid document takes the fast path; the schema's own parse then only places findings.
    const fast = parseIfValid(schema, input);
    if (fast !== undefined) {
      parsed = { valid: true, value: fast.value };
    } else {
      const result = schema.safeParse(input, { reportInput: true });
      if (result.success) {
        parsed = { valid: true, value: result.data };
      } else {
        parsed = { valid: false, issues: mapZodIssues(result.error.issues, schema, input) };
        partial = parsePartially(schema, input);
      }
    }
    forbidden = forbiddenRecordKeys(schema, input);
    // Copied here, so that options that cannot be read fail as input, not inside the rules.
    overrides = { ...readOptions(options).rules };
  } catch {
    return {
      ok: false,
      issues: [
        createIssue('input/not-json', 'error', [], { received: 'a value that cannot be read' }),
      ],
      warnings: [],
    };
  }
  if (!parsed.valid) {
    const { errors, warnings } = splitBySeverity(
      partial === undefined ? [] : runRulesOnPart(rules, partial, overrides),
    );
    return { ok: false, issues: [...parsed.issues, ...forbidden, ...errors], warnings };
  }
  const { errors, warnings } = splitBySeverity(runRules(rules, parsed.value, overrides));
  return errors.length > 0 || forbidden.length > 0
    ? { ok: false, issues: [...forbidden, ...errors], warnings }
    : { ok: true, value: parsed.value, warnings };
}
