import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { fsReason } from '@itu-aicb/core/node';
import { printable } from '../formats/code-frame.js';
import { UsageError } from '../usage-error.js';
import type { Finding } from './report.js';

/**
 * The version of the baseline file's shape. Version 2 names files relative to the baseline's
 * folder and holds `aicbFingerprint/v2` fingerprints; version 1 files are refused with a request
 * to write the baseline again.
 */
export const BASELINE_FORMAT_VERSION = 2;

/** A baseline read: how many findings of each key it accepts, and where it lies. */
export interface Baseline {
  /** The baseline file, absolute: its folder is what its file names are relative to. */
  readonly path: string;
  readonly counts: ReadonlyMap<string, number>;
}

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
 * A finding's file as the baseline names it: relative to the baseline's folder, with `/`, so that
 * runs from any folder of the repository match the same entries.
 */
function fileInBaseline(baselinePath: string, cwd: string, file: string): string {
  return relative(dirname(baselinePath), resolve(cwd, file)).split(sep).join('/');
}

/**
 * Reads a baseline file into counts by key; a file that does not exist is an empty baseline.
 *
 * @param path - The file, absolute.
 * @param name - The file as given, for messages.
 * @param command - The command, for usage errors.
 * @returns How many findings of each key the baseline accepts.
 * @throws {@link UsageError} when the file cannot be read, is not a baseline, or is a baseline of
 *   an earlier format.
 */
export function readBaseline(path: string, name: string, command: string): Baseline {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { path, counts: new Map() };
    throw new UsageError(
      `cannot read the baseline '${printable(name)}': ${fsReason(error)}`,
      command,
    );
  }
  let entries: unknown;
  let version: unknown;
  try {
    const parsed = JSON.parse(text) as { findings?: unknown; formatVersion?: unknown };
    entries = parsed.findings;
    version = parsed.formatVersion;
  } catch {
    entries = undefined;
  }
  if (Array.isArray(entries) && typeof version === 'number' && version < BASELINE_FORMAT_VERSION) {
    throw new UsageError(
      `the baseline '${printable(name)}' is of format ${version}, written by an earlier aicb whose fingerprints no longer match; write it again with --update-baseline`,
      command,
    );
  }
  if (!Array.isArray(entries) || version !== BASELINE_FORMAT_VERSION) {
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
  return { path, counts };
}

/**
 * Marks each finding `unchanged` when the baseline accepts it (as many times as it holds its key)
 * and `new` otherwise; suppressed findings are accepted already and left unmarked.
 *
 * @param findings - The findings, with fingerprints.
 * @param baseline - The baseline from {@link readBaseline}.
 * @param cwd - The working directory, which the findings' files are relative to.
 * @returns The findings with `baseline` set, and how many entries of the baseline matched nothing.
 */
export function matchBaseline(
  findings: readonly Finding[],
  baseline: Baseline,
  cwd: string,
): { findings: Finding[]; gone: number } {
  const left = new Map(baseline.counts);
  const marked = findings.map((finding): Finding => {
    if (finding.suppression !== undefined) return finding;
    const key = keyOf({ ...finding, file: fileInBaseline(baseline.path, cwd, finding.file) });
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
 * Writes the findings as a baseline file, sorted so that the file changes only when findings do,
 * with their files relative to the baseline's folder.
 *
 * @param path - The file, absolute.
 * @param name - The file as given, for messages.
 * @param findings - The findings to accept, with fingerprints.
 * @param cwd - The working directory, which the findings' files are relative to.
 * @param command - The command, for usage errors.
 * @throws {@link UsageError} when the file cannot be written.
 */
export function writeBaseline(
  path: string,
  name: string,
  findings: readonly Finding[],
  cwd: string,
  command: string,
): void {
  const entries: BaselineEntry[] = findings
    .map((finding) => ({
      file: fileInBaseline(path, cwd, finding.file),
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
