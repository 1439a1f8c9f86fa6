// Shared by the packages' public-API tests.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { apiReport } from './api-report.js';
import { entriesProgram, exportsOf } from './doc-examples.js';

function exportedDeclarations(entry: string): { name: string; kind: string; docs: string }[] {
  return exportsOf(entriesProgram(), entry).map(({ name, value, docs }) => ({
    name,
    kind: value ? 'value' : 'type',
    docs,
  }));
}

/**
 * Checks a package's public surface: the API report of its entry (every export with its
 * declaration) is snapshotted in `api/exports.md`, so that every change of a name or a signature
 * shows in review; the run-time exports match the declared values; and every export is
 * documented with an example.
 */
export function describePublicApi(
  name: string,
  entryUrl: URL,
  runtime: Readonly<Record<string, unknown>>,
  reportUrl: URL = new URL('../api/exports.md', entryUrl),
): void {
  describe(`public API of ${name}`, () => {
    const declarations = exportedDeclarations(fileURLToPath(entryUrl));

    it('matches the reviewed API report', async () => {
      await expect(apiReport(entriesProgram(), fileURLToPath(entryUrl), name)).toMatchFileSnapshot(
        fileURLToPath(reportUrl),
      );
    });

    it('exports at run time exactly the values the entry declares', () => {
      const values = declarations
        .filter((d) => d.kind === 'value')
        .map((d) => d.name)
        .sort();
      expect(Object.keys(runtime).sort()).toEqual(values);
    });

    it('documents every export with a summary and an @example', () => {
      const undocumented = declarations
        .filter(({ docs }) => !/\/\*\*\s*\n?\s*\*?\s*\S/.test(docs) || !docs.includes('@example'))
        .map((d) => d.name);
      expect(undocumented).toEqual([]);
    });
  });
}
