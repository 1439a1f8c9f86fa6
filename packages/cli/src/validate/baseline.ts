import { readFileSync, writeFileSync } from 'node:fs';
import { fsReason } from '@itu-aicb/core/node';
import { printable } from '../formats/code-frame.js';
import { UsageError } from '../usage-error.js';
import type { Finding } from './report.js';

/** The version of the baseline file's shape. */
export const BASELINE_FORMAT_VERSION = 1;

/** One accepted finding of a baseline. */
interface BaselineEntry {
  readonly file: string;
  readonly code: string;
  readonly fingerprint: string;
  /** Where it was when the baseline was written: for the reader only, not matched. */
  readonly pointer: string;
  readonly message: string;
}

/** The key findings are matched by: code, file and fingerprint, never lines. */
const keyOf = (finding: { file: string; code: string; fingerprint?: string | undefined }): string =>
  `${finding.file}\u0000${finding.code}\u0000${finding.fingerprint ?? ''}`;

/**
 * Reads a baseline file into counts by key; a file that does not exist is an empty baseline.
 *
 * @param path - The file, absolute.
 * @param name - The file as given, for messages.
 * @param command - The command, for usage errors.
 * @returns How many findings of each key the baseline accepts.
 * @throws {@link UsageError} when the file cannot be read or is not a baseline.
 */
export function readBaseline(path: string, name: string, command: string): Map<string, number> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw new UsageError(
      `cannot read the baseline '${printable(name)}': ${fsReason(error)}`,
      command,
    );
  }
  let entries: unknown;
  try {
    entries = (JSON.parse(text) as { findings?: unknown }).findings;
  } catch {
    entries = undefined;
  }
  if (!Array.isArray(entries)) {
    throw new UsageError(
      `the baseline '${printable(name)}' is not a baseline file; write it with --update-baseline`,
      command,
    );
  }
  const counts = new Map<string, number>();
  for (const entry of entries as Partial<BaselineEntry>[]) {
    if (
      typeof entry.file !== 'string' ||
      typeof entry.code !== 'string' ||
      typeof entry.fingerprint !== 'string'
    ) {
      throw new UsageError(
        `the baseline '${printable(name)}' has an entry without file, code and fingerprint`,
        command,
      );
    }
    const key = keyOf({ file: entry.file, code: entry.code, fingerprint: entry.fingerprint });
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * Marks each finding `unchanged` when the baseline accepts it (as many times as it holds its key)
 * and `new` otherwise.
 *
 * @param findings - The findings, with fingerprints.
 * @param baseline - The counts from {@link readBaseline}.
 * @returns The findings with `baseline` set, and how many entries of the baseline matched nothing.
 */
export function matchBaseline(
  findings: readonly Finding[],
  baseline: ReadonlyMap<string, number>,
): { findings: Finding[]; gone: number } {
  const left = new Map(baseline);
  const marked = findings.map((finding): Finding => {
    const key = keyOf(finding);
    const count = left.get(key) ?? 0;
    if (count === 0) return { ...finding, baseline: 'new' };
    left.set(key, count - 1);
    return { ...finding, baseline: 'unchanged' };
  });
  let gone = 0;
  for (const count of left.values()) gone += count;
  return { findings: marked, gone };
}

/**
 * Writes the findings as a baseline file, sorted so that the file changes only when findings do.
 *
 * @param path - The file, absolute.
 * @param name - The file as given, for messages.
 * @param findings - The findings to accept, with fingerprints.
 * @param command - The command, for usage errors.
 * @throws {@link UsageError} when the file cannot be written.
 */
export function writeBaseline(
  path: string,
  name: string,
  findings: readonly Finding[],
  command: string,
): void {
  const entries: BaselineEntry[] = findings
    .map((finding) => ({
      file: finding.file,
      code: finding.code,
      fingerprint: finding.fingerprint ?? '',
      pointer: finding.pointer,
      message: finding.message,
    }))
    .sort((a, b) => {
      const x = `${keyOf(a)}\u0000${a.pointer}`;
      const y = `${keyOf(b)}\u0000${b.pointer}`;
      return x < y ? -1 : x > y ? 1 : 0;
    });
  const text = `${JSON.stringify({ formatVersion: BASELINE_FORMAT_VERSION, tool: 'aicb', findings: entries }, null, 2)}\n`;
  try {
    writeFileSync(path, text);
  } catch (error) {
    throw new UsageError(
      `cannot write the baseline '${printable(name)}': ${fsReason(error)}`,
      command,
    );
  }
}
