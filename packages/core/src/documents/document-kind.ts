/**
 * The document kinds the SDK reads, as written in a document's `kind`.
 *
 * @example
 * ```ts
 * DOCUMENT_KINDS.length;
 * //=> 5
 * ```
 */
export const DOCUMENT_KINDS = [
  'WorkPlan',
  'InitiativeCatalogue',
  'NeedsAssessment',
  'ScoringProfile',
  'ProgressReport',
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

/** A top-level `kind` key of block YAML (at the start of a line), the key and value optionally quoted. */
const BLOCK_KIND = /^["']?kind["']?[ \t]*:[ \t]*["']?([A-Za-z][\w.-]*)/m;

/** A `kind` key right after `{` or `,` of the outermost mapping of JSON or a YAML flow mapping. */
const FLOW_KIND = /\s*["']?kind["']?\s*:\s*["']?([A-Za-z][\w.-]*)/y;

/**
 * The `kind` written at the top level of a YAML or JSON text, known or not, read without parsing:
 * the text may be cut short or broken. In a text that starts with `{` (JSON, a YAML flow mapping)
 * only keys of the outermost mapping count; otherwise a `kind:` key at the start of a line (the
 * top level of block YAML). A `kind` nested deeper, such as in a saved report, is not the
 * document's. Linear in the length of the text.
 *
 * @param text - The text.
 * @returns The value written after the top-level `kind` key, or `undefined`.
 */
export function topLevelKindText(text: string): string | undefined {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const first = /\S/.exec(body);
  if (first?.[0] !== '{') return BLOCK_KIND.exec(body)?.[1];
  let depth = 0;
  let quote = '';
  for (let index = first.index; index < body.length; index += 1) {
    const char = body[index];
    if (quote !== '') {
      if (char === '\\' && quote === '"') index += 1;
      else if (char === quote) quote = '';
      continue;
    }
    if (char === '"' || char === "'") quote = char;
    else if (char === '{' || char === '[') depth += 1;
    else if (char === '}' || char === ']') {
      depth -= 1;
      if (depth === 0) return undefined;
    }
    if (depth === 1 && (char === '{' || char === ',')) {
      FLOW_KIND.lastIndex = index + 1;
      const match = FLOW_KIND.exec(body);
      if (match !== null) return match[1];
    }
  }
  return undefined;
}

/**
 * Finds the known kind a document declares, without validating it: from the `kind` of a parsed
 * document, or from the top-level `kind:` key in the text of one (a `kind` nested deeper, as in a
 * saved report that quotes documents, does not count). The text may be incomplete or broken (only
 * the start of a file too large to read, a file that is not valid YAML), which is why this reads
 * the text rather than parsing it. Never throws.
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
 * declaredKind('{"report": {"files": [{"kind": "WorkPlan"}]}}');
 * //=> undefined
 * declaredKind({ kind: 'Workplan' });
 * //=> undefined
 * ```
 */
export function declaredKind(document: unknown): DocumentKind | undefined {
  if (typeof document === 'string') {
    const kind = topLevelKindText(document);
    return isDocumentKind(kind) ? kind : undefined;
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
