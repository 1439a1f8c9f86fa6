import { DOCUMENT_KINDS, isDocumentKind, topLevelKindText } from '../documents/document-kind.js';
import type { DocumentKind } from '../documents/document-kind.js';
import { closestMatch } from '../findings/closest.js';
import { createIssue } from '../findings/create-issue.js';
import type { ValidationIssue } from '../findings/issue.js';
import { parseText } from './parse-text.js';
import { DOCUMENT_SCHEMAS } from '../validate/document-schemas.js';

/**
 * Why a YAML or JSON file found by a search is not a plan document, as {@link classifyPlanText}
 * says: it has no top-level `kind`; its `kind` is another tool's (`Deployment`); its top level is
 * not a mapping; or it is not valid YAML or JSON. None of these shows any sign of a plan document.
 *
 * @example
 * ```ts
 * SKIP_REASONS.includes('other-kind');
 * //=> true
 * ```
 */
export const SKIP_REASONS = ['no-kind', 'other-kind', 'not-a-mapping', 'not-yaml-or-json'] as const;

/**
 * Why a file found by a search is not a plan document.
 *
 * @example
 * ```ts
 * const reason: SkipReason = 'no-kind';
 * ```
 */
export type SkipReason = (typeof SKIP_REASONS)[number];

/**
 * What a text found by a search is, by {@link classifyPlanText}: a plan document of a known kind
 * (to validate); a text that looks meant to be one but cannot be read as one (reported, with its
 * findings); or another file (skipped, with the reason).
 *
 * @example
 * ```ts
 * const found: PlanTextClass = { status: 'document', kind: 'WorkPlan' };
 * ```
 */
export type PlanTextClass =
  | { readonly status: 'document'; readonly kind: DocumentKind }
  | { readonly status: 'suspect'; readonly issues: readonly ValidationIssue[] }
  | { readonly status: 'other'; readonly reason: SkipReason };

/** The stem of a kind's schema file: `WorkPlan` -> `work-plan`. */
const stem = (kind: DocumentKind): string =>
  kind.replace(/[A-Z]/g, (letter, at: number) => (at === 0 ? '' : '-') + letter.toLowerCase());

const SCHEMA_FILE = `(${DOCUMENT_KINDS.map(stem).join('|')})\\.schema\\.json`;

/** A YAML modeline (`# yaml-language-server: $schema=...`) pointing at one of the plan schemas. */
const MODELINE = new RegExp(`^#\\s*yaml-language-server:\\s*\\$schema=\\S*?${SCHEMA_FILE}\\b`, 'm');

/** A `$schema` value (of a JSON document) naming one of the plan schemas. */
const SCHEMA_VALUE = new RegExp(`${SCHEMA_FILE}$`);

/** A `schemaVersion` key at the top level of block YAML, for a text that cannot be parsed. */
const SCHEMA_VERSION = /^["']?schemaVersion["']?[ \t]*:/m;

/** The keys of each kind that no other kind has (`measures`, `initiatives`, `pillars`, ...). */
function distinctiveKeys(): readonly (readonly [DocumentKind, readonly string[]])[] {
  const keysOf = (kind: DocumentKind): string[] => Object.keys(DOCUMENT_SCHEMAS[kind].shape);
  return DOCUMENT_KINDS.map((kind) => {
    const others = new Set(DOCUMENT_KINDS.filter((other) => other !== kind).flatMap(keysOf));
    return [kind, keysOf(kind).filter((key) => !others.has(key))] as const;
  });
}

/**
 * The lists that make a document what it is, with the key each of their entries has: one of
 * them, holding such entries, is evidence enough of its kind, where other keys need a second.
 */
const DEFINING_LISTS: Readonly<Record<string, readonly [DocumentKind, string]>> = {
  measures: ['WorkPlan', 'id'],
  initiatives: ['InitiativeCatalogue', 'id'],
  measureProgress: ['ProgressReport', 'measure'],
};

/**
 * The kind whose distinctive keys a mapping holds, two of them at least (the most wins), or else
 * the kind of a defining list it holds, such as `initiatives` with at least one mapping in it.
 */
function kindByKeys(record: Readonly<Record<string, unknown>>): DocumentKind | undefined {
  let best: DocumentKind | undefined;
  let most = 1;
  for (const [kind, keys] of distinctiveKeys()) {
    const count = keys.filter((key) => Object.hasOwn(record, key)).length;
    if (count > most) {
      best = kind;
      most = count;
    }
  }
  if (best !== undefined) return best;
  const defining = Object.entries(DEFINING_LISTS).find(([key, [, entryKey]]) => {
    const list = Object.hasOwn(record, key) ? record[key] : undefined;
    return (
      Array.isArray(list) &&
      list.length > 0 &&
      list.every((entry) => isRecord(entry) && typeof entry[entryKey] === 'string')
    );
  });
  const kind = defining?.[1][0];
  if (kind === undefined) return undefined;
  // Every other key must be one of the kind's too: saved outputs have such lists beside others.
  const fields = Object.keys(DOCUMENT_SCHEMAS[kind].shape);
  return Object.keys(record).every((key) => fields.includes(key)) ? kind : undefined;
}

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether a value is a mapping whose `kind` is a plan kind, or close to one. */
const declaresPlanKind = (value: unknown): boolean =>
  isRecord(value) &&
  typeof value['kind'] === 'string' &&
  closestMatch(value['kind'], DOCUMENT_KINDS) !== undefined;

/**
 * Tells a plan document from the other YAML and JSON files of a folder, by the top-level `kind`
 * only: a known kind is a plan document (a `kind` nested deeper, as in a saved report, is not).
 * A text without a known kind that looks meant to be a plan document is a suspect, with findings
 * that say why it cannot be read as one: a `kind` close to a known one (`Workplan`, `workplan`:
 * `file/unknown-kind` with a did-you-mean), no `kind` but a `schemaVersion`, a `$schema` modeline
 * or key pointing at a plan schema, or the top-level keys of a kind (`file/missing-kind`), or a
 * YAML text holding no document at all (`text/empty`); a text that cannot be parsed also gets its
 * syntax findings. Everything else is another file, with the reason. Runs in browsers as in Node;
 * never throws.
 *
 * @param text - The file's text.
 * @param format - How to read it: `yaml`, `json`, or `auto` (by the first visible character).
 *   Default: `auto`.
 * @returns The class: `document` with its kind, `suspect` with findings (errors, placed in the
 *   text where they can be), or `other` with the reason.
 *
 * @example
 * ```ts
 * classifyPlanText('kind: WorkPlan\nschemaVersion: 1\n');
 * //=> { status: 'document', kind: 'WorkPlan' }
 * classifyPlanText('{"runs": [{"kind": "WorkPlan"}]}', 'json');
 * //=> { status: 'other', reason: 'no-kind' }
 * const typo = classifyPlanText('kind: Workplan\nschemaVersion: 1\n');
 * typo.status === 'suspect' ? [typo.issues[0]?.code, typo.issues[0]?.hint] : undefined;
 * //=> ['file/unknown-kind', 'Did you mean "WorkPlan"?']
 * ```
 */
export function classifyPlanText(
  text: string,
  format: 'yaml' | 'json' | 'auto' = 'auto',
): PlanTextClass {
  if (typeof text !== 'string') return { status: 'other', reason: 'not-yaml-or-json' };
  const written = topLevelKindText(text);
  if (isDocumentKind(written)) return { status: 'document', kind: written };

  const parsed = parseText(text, { format });
  const value: unknown = parsed.ok ? parsed.value : undefined;
  const record = isRecord(value) ? value : undefined;
  const schema = record?.['$schema'];
  const schemaFile =
    MODELINE.exec(text)?.[1] ??
    (typeof schema === 'string' ? SCHEMA_VALUE.exec(schema)?.[1] : undefined);
  const bySchema = DOCUMENT_KINDS.find((kind) => stem(kind) === schemaFile);
  const hasVersion =
    record === undefined
      ? !parsed.ok && parsed.format === 'yaml' && SCHEMA_VERSION.test(text)
      : Object.hasOwn(record, 'schemaVersion');
  const kind = record === undefined ? written : record['kind'];
  // The quick look at the text misses kinds written in forms it does not read (indented block
  // YAML, tags, anchors, a comment before a JSON object); the parsed value decides then.
  if (isDocumentKind(kind)) return { status: 'document', kind };
  const byKeys = record === undefined ? undefined : kindByKeys(record);

  // A document written as an item of a list (`- kind: WorkPlan`) is meant as one, not a list.
  if (Array.isArray(value) && value.some(declaresPlanKind)) {
    const issue = createIssue('document/not-an-object', 'error', [], { received: 'a list' });
    return { status: 'suspect', issues: [issue] };
  }
  if (!parsed.ok && parsed.issues.some((issue) => issue.code === 'text/empty')) {
    // A YAML file holding no document at all, or only comments, is a plan file still to be written.
    if (parsed.format === 'yaml') return { status: 'suspect', issues: parsed.issues };
  }
  const place = (issue: ValidationIssue): ValidationIssue => {
    if (!parsed.ok) return issue;
    const position = parsed.locator.locate(issue.path);
    return position === undefined ? issue : { ...issue, position };
  };
  const before = parsed.ok ? [] : parsed.issues;

  if (typeof kind === 'string' && kind !== '') {
    const suggestion = closestMatch(kind, DOCUMENT_KINDS);
    if (suggestion === undefined && bySchema === undefined && !hasVersion && byKeys === undefined) {
      return { status: 'other', reason: 'other-kind' };
    }
    const issue = createIssue('file/unknown-kind', 'error', ['kind'], {
      kind,
      known: DOCUMENT_KINDS,
      suggestion: suggestion ?? bySchema ?? byKeys,
    });
    return { status: 'suspect', issues: [...before, place(issue)] };
  }
  const evidence =
    bySchema !== undefined
      ? `its \`$schema\` points at ${stem(bySchema)}.schema.json`
      : byKeys !== undefined
        ? `its top-level keys are those of the kind ${byKeys}`
        : hasVersion
          ? 'it has a `schemaVersion`'
          : undefined;
  if (evidence === undefined) {
    if (!parsed.ok) return { status: 'other', reason: 'not-yaml-or-json' };
    return { status: 'other', reason: record === undefined ? 'not-a-mapping' : 'no-kind' };
  }
  const issue = createIssue('file/missing-kind', 'error', [], {
    evidence,
    known: DOCUMENT_KINDS,
    suggestion: bySchema ?? byKeys,
  });
  return { status: 'suspect', issues: [...before, place(issue)] };
}
