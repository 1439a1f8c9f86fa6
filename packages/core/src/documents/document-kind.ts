/**
 * The document kinds the SDK reads, as written in a document's `kind`.
 *
 * @example
 * ```ts
 * DOCUMENT_KINDS.length;
 * //=> 4
 * ```
 */
export const DOCUMENT_KINDS = [
  'WorkPlan',
  'InitiativeCatalogue',
  'NeedsAssessment',
  'ScoringProfile',
] as const;

/**
 * A document kind, as written in a document's `kind`.
 *
 * @example
 * ```ts
 * const kind: DocumentKind = 'NeedsAssessment';
 * ```
 */
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/**
 * Tells whether a value is one of the known document kinds.
 *
 * @param value - Any value.
 * @returns Whether it is a {@link DocumentKind}.
 *
 * @example
 * ```ts
 * isDocumentKind('WorkPlan');
 * //=> true
 * ```
 */
export function isDocumentKind(value: unknown): value is DocumentKind {
  return typeof value === 'string' && (DOCUMENT_KINDS as readonly string[]).includes(value);
}

/**
 * A `kind` key followed by a known kind, in YAML (block or flow) or JSON: at the start of a line or
 * after a space, `{` or `,`, the key and the kind each optionally quoted.
 */
const KIND_IN_TEXT = new RegExp(
  `(?:^|[\\s{,])["']?kind["']?[ \\t]*:[ \\t]*["']?(${DOCUMENT_KINDS.join('|')})(?![\\w-])`,
  'm',
);

/**
 * Finds the known kind a document declares, without validating it: from the `kind` of a parsed
 * document, or from the first `kind:` key with a known kind in the text of one. The text may be
 * incomplete or broken (only the start of a file too large to read, a file that is not valid
 * YAML), which is why this reads the text rather than parsing it. Never throws.
 *
 * @param document - A parsed document (any value), or the YAML or JSON text of one as a string.
 * @returns The kind, or `undefined` when no known kind is declared.
 *
 * @example
 * ```ts
 * declaredKind('schemaVersion: 1\nkind: NeedsAssessment\n');
 * //=> 'NeedsAssessment'
 * declaredKind('{"kind": "InitiativeCatalogue", "initiatives": [');
 * //=> 'InitiativeCatalogue'
 * declaredKind({ kind: 'WorkPlan', schemaVersion: 9 });
 * //=> 'WorkPlan'
 * declaredKind({ kind: 'Workplan' });
 * //=> undefined
 * ```
 */
export function declaredKind(document: unknown): DocumentKind | undefined {
  if (typeof document === 'string') {
    return KIND_IN_TEXT.exec(document)?.[1] as DocumentKind | undefined;
  }
  if (typeof document !== 'object' || document === null) return undefined;
  let kind: unknown;
  try {
    kind = (document as Record<string, unknown>)['kind'];
  } catch {
    return undefined;
  }
  return isDocumentKind(kind) ? kind : undefined;
}
