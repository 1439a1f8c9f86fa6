// The folders of src/ form layers: a file imports only from its own folder or from a folder in a
// lower layer. Folders in one layer do not import each other.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** From the bottom up; a folder's line says what it holds. */
const LAYERS: readonly (readonly string[])[] = [
  // Code lists: as-const arrays, labels, guards and their sources.
  ['codes'],
  // The wording of every issue code (one catalogue per language).
  ['messages'],
  // The finding shape, how findings are built and worded, and the error classes carrying them.
  ['findings'],
  // Schema pieces shared by the document kinds (dates, money, localized text, references).
  ['schemas'],
  // One folder per document kind: its zod schema and the types inferred from it.
  [
    'documents/work-plan',
    'documents/initiative-catalogue',
    'documents/needs-assessment',
    'documents/scoring-profile',
  ],
  // A kind that reports on another: a progress report uses the work plan's period and
  // contribution kinds.
  ['documents/progress-report'],
  // What all kinds share: the list of kinds, declaredKind, the PlanDocument union.
  ['documents'],
  // Rules as data, per kind and across a workspace, and the issue-code reference.
  ['rules'],
  // validateX per kind, validateDocument, workspace validation, the rule runner.
  ['validate'],
  // Reading YAML and JSON text, positions, validateDocumentText and validateWorkspaceText.
  ['text'],
  // Suppressions (comments and configured entries with a reason) and finding fingerprints.
  ['suppressions'],
  // Products of the typed documents: JSON Schema export and views for apps.
  ['json-schema', 'views'],
  // One locale per official language (wording and terms), each its own entry except English.
  ['locales'],
  // The package face.
  ['index.ts', 'index.js'],
  // The Node entry (`@itu-aicb/core/node`): finds and reads files, through the package face only.
  ['node'],
];

const src = fileURLToPath(new URL('../src/', import.meta.url));

/** The folder of LAYERS a file belongs to (the longest that contains it), or undefined. */
function folderOf(file: string): string | undefined {
  const folders = LAYERS.flat().filter(
    (folder) => file === folder || file.startsWith(folder + '/'),
  );
  return folders.sort((a, b) => b.length - a.length)[0];
}

const layerOf = (folder: string): number => LAYERS.findIndex((layer) => layer.includes(folder));

/** Every relative import of the library's files, as `from` and `to` paths inside src/. */
function imports(): { from: string; to: string }[] {
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split('\\').join('/'))
    .filter((file) => file.endsWith('.ts') && !/\.test(-d)?\.ts$/.test(file));
  return files.flatMap((from) =>
    [...readFileSync(join(src, from), 'utf8').matchAll(/\bfrom\s+'(\.{1,2}\/[^']+)'/g)].map(
      (match) => ({
        from,
        to: relative(src, resolve(src, dirname(from), match[1] ?? ''))
          .split('\\')
          .join('/'),
      }),
    ),
  );
}

describe('folder layers of core', () => {
  const all = imports();

  it('places every file in a folder of a layer', () => {
    const files = new Set(all.flatMap(({ from, to }) => [from, to]));
    expect([...files].filter((file) => folderOf(file) === undefined)).toEqual([]);
  });

  it('imports only from the same folder or from a lower layer', () => {
    const upward = all.flatMap(({ from, to }) => {
      const a = folderOf(from) ?? '?';
      const b = folderOf(to) ?? '?';
      return a !== b && layerOf(b) >= layerOf(a) ? [`${from} -> ${to}`] : [];
    });
    expect(upward).toEqual([]);
  });

  it('keeps the Node entry on the package face, and the face off the Node entry', () => {
    const reachesIn = all.filter(
      ({ from, to }) => folderOf(from) === 'node' && folderOf(to) !== 'node' && to !== 'index.js',
    );
    expect(reachesIn).toEqual([]);
    expect(
      all.filter(({ from, to }) => folderOf(from) !== 'node' && to.startsWith('node/')),
    ).toEqual([]);
  });

  it('sees the imports it checks', () => {
    expect(all.length).toBeGreaterThan(200);
    expect(all).toContainEqual({ from: 'rules/rule.ts', to: 'documents/document-kind.js' });
  });
});
