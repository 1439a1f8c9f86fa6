// Reads the plan files of the bundled example workspace, for the other programs.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceText } from '@itu-aicb/core';

/** The folder of the example workspace. */
export const EXAMPLE_WORKSPACE = fileURLToPath(
  new URL('../itu-ai-capacity-building/', import.meta.url),
);

/** Every YAML or JSON plan file under a folder, with its path relative to the folder. */
export function readPlanFiles(folder: string = EXAMPLE_WORKSPACE): SourceText[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : walk(path);
      return /\.(ya?ml|json)$/.test(entry.name) && entry.name !== 'package.json' ? [path] : [];
    });
  return walk(folder)
    .sort()
    .map((path) => ({ source: relative(folder, path), text: readFileSync(path, 'utf8') }));
}

/** Whether a module is the program node was asked to run. */
export function isMain(moduleUrl: string): boolean {
  return process.argv[1] !== undefined && fileURLToPath(moduleUrl) === process.argv[1];
}
