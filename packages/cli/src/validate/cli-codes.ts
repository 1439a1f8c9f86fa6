import type { Severity } from '@itu-aicb/core';

/** A code the CLI reports itself, about reading files, with its meaning and fix. */
export interface CliCodeEntry {
  /** The stable code. */
  readonly code: string;
  /** The severity it is reported with. */
  readonly severity: Severity;
  /** What it means, in one sentence. */
  readonly summary: string;
  /** How to fix it. */
  readonly fix: string;
}

/**
 * The codes the CLI adds to those of `@itu-aicb/core` (whose `text/too-large` it also reports,
 * for files above the size cap, without reading them).
 */
export const CLI_CODES: readonly CliCodeEntry[] = [
  {
    code: 'file/unreadable',
    severity: 'error',
    summary: 'The file or directory could not be read.',
    fix: 'Check that it exists, is a regular file or directory, and that you may read it.',
  },
  {
    code: 'file/invalid-utf8',
    severity: 'error',
    summary: 'The file is not valid UTF-8 text.',
    fix: 'Save the file as UTF-8.',
  },
];
