import type { DocumentKind } from '../documents/document-kind.js';
import { DOCUMENT_KINDS } from '../documents/document-kind.js';
import { createIssue } from '../findings/create-issue.js';
import type { ValidationIssue } from '../findings/issue.js';
import { allowedKeysAt } from './schema-walk.js';
import { DOCUMENT_SCHEMAS } from './document-schemas.js';

let topLevelKeys: ReadonlyMap<DocumentKind, ReadonlySet<string>> | undefined;

/** The top-level fields of each kind, read from its schema once, when first needed. */
function fieldsOf(kind: DocumentKind): ReadonlySet<string> {
  topLevelKeys ??= new Map(
    // Each kind's schema is an object: its keys are always found.
    DOCUMENT_KINDS.map((each) => [each, new Set(allowedKeysAt(DOCUMENT_SCHEMAS[each], {}, []))]),
  );
  return topLevelKeys.get(kind) ?? new Set();
}

/**
 * The finding for a document that is clearly another kind than it declares: it has fields the
 * declared kind does not know, and every one of its fields belongs to exactly one other kind.
 * Such a document would otherwise get a finding for each field, none of which names the cause.
 */
export function kindMismatch(
  declared: DocumentKind,
  document: unknown,
): ValidationIssue | undefined {
  let keys: string[];
  try {
    // Only a plain object declares a kind; `Object.keys` fails only on a proxy that refuses it.
    keys = Object.keys(document as object);
  } catch {
    // A value that cannot be read has its finding from the validator already.
    return undefined;
  }
  const declaredFields = fieldsOf(declared);
  const foreign = keys.filter((key) => !declaredFields.has(key));
  if (foreign.length === 0) return undefined;
  const fitting = DOCUMENT_KINDS.filter(
    (kind) => kind !== declared && keys.every((key) => fieldsOf(kind).has(key)),
  );
  const [likely] = fitting;
  if (likely === undefined || fitting.length > 1) return undefined;
  return createIssue('document/kind-mismatch', 'error', ['kind'], {
    kind: declared,
    likely,
    fields: foreign,
  });
}
