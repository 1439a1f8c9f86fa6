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
