import { declaredKind } from '../documents/document-kind.js';
import type { PlanDocument } from '../documents/plan-document.js';
import { validateDocument } from './validate-document.js';
import { runRules } from './run-rules.js';
import type { WorkspaceView } from '../rules/workspace/workspace-rules.js';
import { WORKSPACE_RULES } from '../rules/workspace/workspace-rules.js';
import type { ValidationIssue, ValidationResult } from '../findings/issue.js';
import { toJsonPointer } from '../findings/issue.js';
import type { ValidateOptions } from './validate-with.js';
import { localeOf } from './validate-with.js';
import { localizeIssue, localizeResult } from '../findings/localize-issue.js';
import { splitBySeverity } from './validate-with.js';
import { createIssue } from '../findings/create-issue.js';
import { describeValue } from '../findings/describe-value.js';
import { readOptions } from './read-options.js';

/**
 * One document of a workspace, not yet validated, with the name of the file it came from.
 *
 * @example
 * ```ts
 * const entry: WorkspaceEntry = { source: 'plans/work-plan.yaml', document: { kind: 'WorkPlan' } };
 * ```
 */
export interface WorkspaceEntry {
  /** File name or other label that findings refer to. */
  readonly source: string;
  /** The parsed document. */
  readonly document: unknown;
}

/**
 * The outcome of checking several documents together.
 *
 * @example
 * ```ts
 * declare const result: WorkspaceResult;
 * for (const issue of result.issues) console.log(issue.source, issue.pointer, issue.message);
 * ```
 */
export interface WorkspaceResult {
  /** Whether no document has an error and no reference between documents is broken. */
  readonly ok: boolean;
  /** Each entry's own result, in the order given. */
  readonly documents: readonly {
    readonly source: string;
    readonly result: ValidationResult<PlanDocument>;
  }[];
  /** Every error, each with its `source`: the documents' own, then those across documents. */
  readonly issues: readonly ValidationIssue[];
  /** Every warning and note, each with its `source`. */
  readonly warnings: readonly ValidationIssue[];
}

/**
 * Runs the rules across documents (references between files, ids unique across files) over
 * documents that are already valid. Never throws.
 *
 * @param documents - Valid documents with their sources.
 * @param options - Rule severity overrides, and the kinds of the workspace's documents that are
 *   not valid (see {@link WorkspaceView.invalidKinds}).
 * @returns The findings across documents, each with the `source` it belongs to.
 *
 * @example
 * ```ts
 * declare const plan: WorkPlan;
 * checkWorkspace([{ source: 'plan.yaml', document: plan }]).map((issue) => issue.code);
 * //=> ['workspace/unresolved-initiative']
 * ```
 */
export function checkWorkspace(
  documents: WorkspaceView['documents'],
  options: ValidateOptions & Pick<WorkspaceView, 'invalidKinds'> = {},
): ValidationIssue[] {
  const locale = localeOf(options);
  return checkAcross(documents, readOptions(options)).map(({ issue }) =>
    localizeIssue(issue, locale),
  );
}

/** The findings across documents, each with the index of the document it belongs to. */
function checkAcross(
  documents: WorkspaceView['documents'],
  options: ValidateOptions & Pick<WorkspaceView, 'invalidKinds'>,
): { readonly index: number; readonly issue: ValidationIssue }[] {
  const view: WorkspaceView =
    options.invalidKinds === undefined
      ? { documents }
      : { documents, invalidKinds: options.invalidKinds };
  return runRules(WORKSPACE_RULES, view, options.rules).map((finding) => {
    const [index, ...path] = finding.path;
    return {
      index: Number(index),
      issue: {
        ...finding,
        path,
        pointer: toJsonPointer(path),
        source: documents[Number(index)]?.source ?? '',
      },
    };
  });
}

/**
 * Checks several documents as one workspace: each on its own, then the references and ids across
 * them (measures' `buildsOn` resolve in a catalogue, ids are unique across files). Never throws:
 * a value that is not a list, or an entry that is not `{ source, document }`, is a finding.
 *
 * @param entries - The documents with the files they came from.
 * @param options - Rule severity overrides.
 * @returns Each document's result, and every finding with its `source`.
 *
 * @example
 * ```ts
 * const result = validateWorkspace([{ source: 'empty.yaml', document: null }]);
 * result.issues[0]?.code;
 * //=> 'document/not-an-object'
 * ```
 */
export function validateWorkspace(
  entries: readonly WorkspaceEntry[],
  options: ValidateOptions = {},
): WorkspaceResult {
  const settings = readOptions(options);
  return (
    notAList(entries) ??
    combineWorkspace(
      entries.map((given, index) => {
        const entry = readEntry(given, index);
        const document = entry.record['document'];
        return {
          source: entry.source,
          result: validateDocument(document, settings),
          kind: declaredKind(document) ?? 'unknown',
        };
      }),
      settings,
    )
  );
}

/** The result for a workspace that is not a list at all, or nothing when it is one. */
export function notAList(entries: unknown): WorkspaceResult | undefined {
  if (Array.isArray(entries)) return undefined;
  return {
    ok: false,
    documents: [],
    issues: [createIssue('input/not-a-list', 'error', [], { received: describeValue(entries) })],
    warnings: [],
  };
}

/**
 * An entry's fields, read without trusting its shape: a missing or non-string `source` becomes
 * `entry N` (N from 1), so that findings can still name it.
 */
export function readEntry(
  entry: unknown,
  index: number,
): { readonly source: string; readonly record: Readonly<Record<string, unknown>> } {
  const record: Readonly<Record<string, unknown>> =
    typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : {};
  const source = record['source'];
  return { source: typeof source === 'string' ? source : `entry ${index + 1}`, record };
}

/** One document's own result, and how to place findings in its source text, if it has one. */
export interface CheckedEntry {
  readonly source: string;
  readonly result: ValidationResult<PlanDocument>;
  /** The kind the document declares, or `unknown`; used when the document is not valid. */
  readonly kind: string;
  readonly locate?: (issues: readonly ValidationIssue[]) => ValidationIssue[];
}

/**
 * Joins documents' own results with the checks across them: every finding gets its source, and
 * its position where the entry can place it.
 */
export function combineWorkspace(
  entries: readonly CheckedEntry[],
  options: ValidateOptions,
): WorkspaceResult {
  const withSource = (issues: readonly ValidationIssue[], source: string): ValidationIssue[] =>
    issues.map((issue) => ({ ...issue, source }));
  const own = entries.flatMap(({ source, result }) => [
    ...withSource(result.ok ? [] : result.issues, source),
    ...withSource(result.warnings, source),
  ]);
  const valid = entries.flatMap((entry) =>
    entry.result.ok
      ? [{ source: entry.source, document: entry.result.value, locate: entry.locate }]
      : [],
  );
  const invalidKinds = entries.flatMap((entry) => (entry.result.ok ? [] : [entry.kind]));
  const across = checkAcross(valid, { ...options, invalidKinds }).map(({ index, issue }) => {
    const locate = valid[index]?.locate;
    return locate === undefined ? issue : (locate([issue])[0] ?? issue);
  });
  const { errors, warnings } = splitBySeverity([...own, ...across]);
  const locale = localeOf(options);
  const localize = (issue: ValidationIssue): ValidationIssue => localizeIssue(issue, locale);
  return {
    ok: errors.length === 0,
    documents: entries.map(({ source, result }) => ({
      source,
      result: localizeResult(result, locale),
    })),
    issues: errors.map(localize),
    warnings: warnings.map(localize),
  };
}
