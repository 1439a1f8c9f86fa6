import type { DocumentKind } from '@itu-aicb/core';
import { DOCUMENT_KINDS, documentJsonSchema, JSON_SCHEMA_FILES } from '@itu-aicb/core';

/** A document kind's JSON Schema, as written to a file. */
export interface SchemaFile {
  /** The document kind. */
  readonly kind: DocumentKind;
  /** The file name, such as `work-plan.schema.json`. */
  readonly file: string;
  /** The schema as indented JSON, ending with a line break. */
  readonly text: string;
}

/**
 * The JSON Schemas of the document kinds, in the order of `DOCUMENT_KINDS`.
 *
 * @param kinds - The kinds to give; default: all.
 * @returns Each kind's file name and text.
 */
export function schemaFiles(kinds: readonly DocumentKind[] = DOCUMENT_KINDS): SchemaFile[] {
  return kinds.map((kind) => ({
    kind,
    file: JSON_SCHEMA_FILES[kind],
    text: `${JSON.stringify(documentJsonSchema(kind), null, 2)}\n`,
  }));
}

/**
 * The kind that a name means: a kind as written in `kind` (`WorkPlan`) or its schema file's stem
 * (`work-plan`), in any letter case.
 *
 * @param name - What was typed.
 * @returns The kind, or `undefined` when the name means none.
 */
export function kindByName(name: string): DocumentKind | undefined {
  const wanted = name.toLowerCase();
  return DOCUMENT_KINDS.find(
    (kind) =>
      kind.toLowerCase() === wanted ||
      JSON_SCHEMA_FILES[kind].replace('.schema.json', '') === wanted,
  );
}
