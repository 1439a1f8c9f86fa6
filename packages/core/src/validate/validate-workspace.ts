import { declaredKind } from '../documents/document-kind.js';
import type { PlanDocument } from '../documents/plan-document.js';
import { validateDocument } from './validate-document.js';
import { runRules } from './run-rules.js';
import type { WorkspaceView } from '../rules/workspace/workspace-rules.js';
import { WORKSPACE_RULES } from '../rules/workspace/workspace-rules.js';
import type { ValidationIssue, ValidationResult } from '../findings/issue.js';
import { toJsonPointer } from '../findings/issue.js';
import type { ValidateOptions } from './validate-with.js';
import { isPlainRecord, localeOf } from './validate-with.js';
import { localizeIssue, localizeResult } from '../findings/localize-issue.js';
import { splitBySeverity } from './validate-with.js';
import { createIssue } from '../findings/create-issue.js';
import { describeValue } from '../findings/describe-value.js';
import { readOptions } from './read-options.js';
import { DOCUMENT_KINDS, isDocumentKind } from '../documents/document-kind.js';
import { closestMatch } from '../findings/closest.js';
import { DOCUMENT_SCHEMAS } from './document-schemas.js';
import { parsePartially } from './partial-parse.js';
import type { PathNode } from './tracked-view.js';
import { invalidPathTree, trackReads } from './tracked-view.js';
import { runRulesTracked } from './run-rules-on-part.js';

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

/** A document as the checks across documents see it, with where its invalid parts are. */
interface WorkspacePart {
  readonly source: string;
  readonly document: PlanDocument;
  readonly locate?: ((issues: readonly ValidationIssue[]) => ValidationIssue[]) | undefined;
  /** The invalid parts of a document that is not valid, when it has some. */
  readonly invalid?: PathNode;
}

/** The findings across documents, each with the index of the document it belongs to. */
function checkAcross(
  documents: readonly WorkspacePart[],
  options: ValidateOptions & Pick<WorkspaceView, 'invalidKinds'>,
): { readonly index: number; readonly issue: ValidationIssue }[] {
  const view = (listed: WorkspaceView['documents']): WorkspaceView =>
    options.invalidKinds === undefined
      ? { documents: listed }
      : { documents: listed, invalidKinds: options.invalidKinds };
  const findings = documents.some((part) => part.invalid !== undefined)
    ? runOnValidParts(documents, view, options)
    : runRules(WORKSPACE_RULES, view(documents), options.rules);
  return findings.map((finding) => {
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
 * Runs each rule across documents, some of which have invalid parts, through views that record
 * what it reads: a rule that read an invalid part of any document reports nothing, as
 * {@link runRulesOnPart} does within one document.
 */
function runOnValidParts(
  documents: readonly WorkspacePart[],
  view: (listed: WorkspaceView['documents']) => WorkspaceView,
  options: ValidateOptions,
): ValidationIssue[] {
  return runRulesTracked(WORKSPACE_RULES, options.rules, () => {
    const tracked = documents.map((part) =>
      part.invalid === undefined ? undefined : trackReads(part.document, part.invalid),
    );
    const listed = documents.map((part, index) => ({
      source: part.source,
      document: (tracked[index]?.document ?? part.document) as PlanDocument,
    }));
    return {
      document: view(listed),
      touchedInvalid: () => tracked.some((each) => each?.touchedInvalid() === true),
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
          input: document,
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
  // The fields are read once, into a plain record: an entry that throws when read (a proxy, a
  // getter) counts as an entry with none of them, so that its document is a finding.
  let record: Readonly<Record<string, unknown>> = {};
  if (typeof entry === 'object' && entry !== null) {
    try {
      const { source, document, text, format } = entry as Record<string, unknown>;
      record = { source, document, text, format };
    } catch {
      record = {};
    }
  }
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
  /** The document as read, before validation; the checks across documents read its valid parts. */
  readonly input?: unknown;
}

/**
 * The kind a document that cannot be read is meant to be: the kind it declares, or the known kind
 * closest to a misspelt one (`Workplan`), or `unknown`.
 */
function meantKind(entry: CheckedEntry): string {
  if (entry.kind !== 'unknown') return entry.kind;
  let declared: unknown;
  try {
    declared = isPlainRecord(entry.input) ? entry.input['kind'] : undefined;
  } catch {
    return entry.kind;
  }
  return typeof declared === 'string'
    ? (closestMatch(declared, DOCUMENT_KINDS) ?? entry.kind)
    : entry.kind;
}

/** Codes after which a document's kind or shape cannot be trusted, so that no part of it is read. */
const UNREADABLE = /^(?:document|text|input\/not-json)/;

/**
 * What the checks across documents may read of an entry: all of a valid document; the parts
 * that passed the schema of one that did not (defaults filled in, as in a valid document); or
 * nothing, when its kind or its shape as a whole cannot be trusted.
 */
function partOf(entry: CheckedEntry): WorkspacePart | undefined {
  const { source, locate, result } = entry;
  if (result.ok) return { source, document: result.value, locate };
  if (entry.input === undefined || !isDocumentKind(entry.kind)) return undefined;
  if (result.issues.some((issue) => UNREADABLE.test(issue.code))) return undefined;
  const partial = parsePartially(DOCUMENT_SCHEMAS[entry.kind], entry.input);
  const invalid = invalidPathTree(partial.invalid, partial.lostKeys);
  if (invalid === undefined) return undefined;
  const document = partial.value as PlanDocument;
  return partial.invalid.length + partial.lostKeys.length === 0
    ? { source, document, locate }
    : { source, document, locate, invalid };
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
  const parts = entries.map(partOf);
  const readable = parts.filter((part) => part !== undefined);
  const invalidKinds = entries.flatMap((entry, index) =>
    parts[index] === undefined ? [meantKind(entry)] : [],
  );
  const across = checkAcross(readable, { ...options, invalidKinds }).map(({ index, issue }) => {
    const locate = readable[index]?.locate;
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
