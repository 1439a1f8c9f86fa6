import type { ParseTextOptions } from './parse-text.js';
import { parseText } from './parse-text.js';
import { attachPositions } from './attach-positions.js';
import type { ValidationIssue, ValidationResult } from '../findings/issue.js';
import type { ValidateOptions } from '../validate/validate-with.js';
import { splitBySeverity } from '../validate/validate-with.js';
import type { WorkspaceResult } from '../validate/validate-workspace.js';
import {
  combineWorkspace,
  declaredKind,
  notAList,
  readEntry,
} from '../validate/validate-workspace.js';
import { readOptions } from '../validate/read-options.js';
import type { PlanDocument } from '../validate/validate-document.js';
import { validateDocument } from '../validate/validate-document.js';

/**
 * Options of {@link validateDocumentText} and {@link validateWorkspaceText}: how to read the text
 * and how to check the document.
 *
 * @example
 * ```ts
 * const options: ValidateTextOptions = { format: 'yaml', maxAliases: 0, rules: { 'plan/missing-estimates': 'off' } };
 * ```
 */
export interface ValidateTextOptions extends ParseTextOptions, ValidateOptions {}

/**
 * A source text and the name findings refer to.
 *
 * @example
 * ```ts
 * const file: SourceText = { source: 'work-plan.yaml', text: 'kind: WorkPlan\n' };
 * ```
 */
export interface SourceText {
  /** File name or other label. */
  readonly source: string;
  /** The YAML or JSON text. */
  readonly text: string;
  /**
   * How to read this text, for example from its file extension; overrides the `format` option.
   * Default: the option's, else `auto`.
   */
  readonly format?: 'yaml' | 'json' | 'auto';
}

interface Checked {
  readonly result: ValidationResult<PlanDocument>;
  readonly locate: (issues: readonly ValidationIssue[]) => ValidationIssue[];
  readonly kind: string;
}

/** Whether a text that could not be read says it is a catalogue (see `WorkspaceView.invalidKinds`). */
const CATALOGUE_KIND = /\bkind["']?[ \t]*:[ \t]*["']?InitiativeCatalogue\b/;

function check(text: string, options: ValidateTextOptions): Checked {
  const parsed = parseText(text, options);
  if (!parsed.ok) {
    const { errors, warnings } = splitBySeverity(parsed.issues);
    return {
      result: { ok: false, issues: errors, warnings },
      locate: (issues) => [...issues],
      kind:
        typeof text === 'string' && CATALOGUE_KIND.test(text) ? 'InitiativeCatalogue' : 'unknown',
    };
  }
  const locate = (issues: readonly ValidationIssue[]): ValidationIssue[] =>
    attachPositions(issues, parsed.locator);
  const result = validateDocument(parsed.value, options);
  const warnings = [...parsed.issues, ...locate(result.warnings)];
  return {
    result: result.ok
      ? { ok: true, value: result.value, warnings }
      : { ok: false, issues: locate(result.issues), warnings },
    locate,
    kind: declaredKind(parsed.value),
  };
}

/**
 * Reads a YAML or JSON text and checks the document in it, giving every finding the 1-based line
 * and column of the offending key or value. Runs in browsers as in Node. Never throws.
 *
 * @param text - The file's text.
 * @param options - How to read it (format, size and alias limits) and rule overrides.
 * @returns The typed document, or the findings with their `position`.
 *
 * @example
 * ```ts
 * const result = validateDocumentText('kind: WorkPlan\nschemaVersion: 1\ntitel: x\n');
 * result.ok ? undefined : result.issues.find((issue) => issue.code === 'schema/unknown-key')?.position?.line;
 * //=> 3
 * ```
 */
export function validateDocumentText(
  text: string,
  options: ValidateTextOptions = {},
): ValidationResult<PlanDocument> {
  return check(text, readOptions(options)).result;
}

/**
 * Reads several YAML or JSON texts and checks them as one workspace: each document on its own,
 * then the references and ids across them. Every finding has its `source` and, where it can be
 * placed, its `position`. One unreadable text never stops the others. Never throws: a value that
 * is not a list, or an entry without a string `text`, is a finding.
 *
 * @param files - The texts with their file names.
 * @param options - How to read them and rule overrides.
 * @returns Each file's result and every finding.
 *
 * @example
 * ```ts
 * declare const planText: string;
 * declare const catalogueText: string;
 * const result = validateWorkspaceText([
 *   { source: 'plan.yaml', text: planText },
 *   { source: 'initiatives.yaml', text: catalogueText },
 * ]);
 * result.ok;
 * //=> true
 * ```
 */
export function validateWorkspaceText(
  files: readonly SourceText[],
  options: ValidateTextOptions = {},
): WorkspaceResult {
  const settings = readOptions(options);
  return (
    notAList(files) ??
    combineWorkspace(
      files.map((file, index) => {
        const entry = readEntry(file, index);
        const format = entry.record['format'];
        const own: ValidateTextOptions =
          format === 'yaml' || format === 'json' || format === 'auto'
            ? { ...settings, format }
            : settings;
        return { source: entry.source, ...check(entry.record['text'] as string, own) };
      }),
      settings,
    )
  );
}
