// Writes the JSON Schemas of the plan documents, for editors and for tools in other languages.
//   pnpm --filter ./examples/sdk-usage schemas -- [folder]
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOCUMENT_KINDS, JSON_SCHEMA_FILES, documentJsonSchema } from '@itu-aicb/core';
import { isMain } from './workspace.js';

/** Writes one schema file per document kind into a folder; returns the paths written. */
export function exportSchemas(folder: string): string[] {
  mkdirSync(folder, { recursive: true });
  return DOCUMENT_KINDS.map((kind) => {
    const path = join(folder, JSON_SCHEMA_FILES[kind]);
    writeFileSync(path, `${JSON.stringify(documentJsonSchema(kind), null, 2)}\n`);
    return path;
  });
}

if (isMain(import.meta.url)) {
  const folder = process.argv[2] ?? join(tmpdir(), 'itu-aicb-schemas');
  for (const path of exportSchemas(folder)) console.log(`wrote ${path}`);
}
