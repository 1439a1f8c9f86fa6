import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { relative, sep } from 'node:path';
import type { DocumentKind, SkipReason, SourcePosition, ValidationIssue } from '../index.js';
import { classifyPlanText, createIssue, declaredKind } from '../index.js';
import type { Candidate, SearchProblem } from './discover.js';
import { fsReason } from './fs-reason.js';

/**
 * The largest file read, in bytes: a larger one is a `text/too-large` finding and is not read.
 * Reading stops after this many bytes whatever size the file claims.
 *
 * @example
 * ```ts
 * MAX_FILE_BYTES;
 * //=> 10000000
 * ```
 */
export const MAX_FILE_BYTES = 10_000_000;

/** How much of a file too large to read is looked at for its `kind`. */
const HEAD_BYTES = 64 * 1024;

/**
 * A file that was read or reported: a plan document to validate, a file with findings of its own,
 * or a file or directory that could not be read.
 *
 * @example
 * ```ts
 * const file: PlanFile = {
 *   source: 'work-plan.yaml',
 *   path: '/plans/work-plan.yaml',
 *   kind: 'WorkPlan',
 *   text: 'kind: WorkPlan\n',
 *   unreadable: false,
 * };
 * ```
 */
export interface PlanFile {
  /** The path relative to the working directory, with `/` separators, as findings name it. */
  readonly source: string;
  /** The absolute path. */
  readonly path: string;
  /** The known document kind it declares at the top level, or `null`. */
  readonly kind: DocumentKind | null;
  /** The text, for code frames: decoded loosely when it is not valid UTF-8; absent when not read. */
  readonly text: string | undefined;
  /** Whether the file or directory could not be read at all. */
  readonly unreadable: boolean;
}

/**
 * A YAML or JSON file found by a search and left alone, with the reason.
 *
 * @example
 * ```ts
 * const skipped: SkippedFile = { source: '.github/ci.yaml', path: '/repo/ci.yaml', reason: 'no-kind' };
 * ```
 */
export interface SkippedFile {
  /** The path relative to the working directory, with `/` separators. */
  readonly source: string;
  /** The absolute path. */
  readonly path: string;
  /** Why it is not a plan document. */
  readonly reason: SkipReason;
}

/** What reading the candidates gives. */
export interface ReadOutcome {
  /** Every file read or reported, in order: the plan documents and the files with findings. */
  readonly files: PlanFile[];
  /** The plan documents to validate, in order. */
  readonly documents: (PlanFile & { readonly text: string })[];
  /** Findings about files that are not validated (not read, not text, not a plan document). */
  readonly findings: ValidationIssue[];
  /** The files found by a search and left alone. */
  readonly skipped: SkippedFile[];
  /** How many files or directories could not be read at all. */
  readonly unreadable: number;
  /** How many of `unreadable` are directories that could not be searched. */
  readonly unreadableDirectories: number;
}

/**
 * The format a file is read in: JSON for `.json`, YAML for the rest.
 *
 * @param source - The file's path.
 * @returns `json` or `yaml`.
 */
export function formatOf(source: string): 'json' | 'yaml' {
  return /\.json$/i.test(source) ? 'json' : 'yaml';
}

/**
 * A path as findings name it: relative to the working directory, with `/` separators.
 *
 * @param cwd - The working directory.
 * @param path - An absolute path.
 * @returns The relative path.
 */
export function toSource(cwd: string, path: string): string {
  const name = relative(cwd, path);
  return (name === '' ? '.' : name).split(sep).join('/');
}

/**
 * The index of the first byte that does not belong to a valid UTF-8 sequence, or -1.
 *
 * @param bytes - The bytes.
 * @returns The index, or -1 when all are valid.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    if (lead < 0x80) {
      index += 1;
      continue;
    }
    let length: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 2;
      if (lead === 0xe0) lower = 0xa0;
      if (lead === 0xed) upper = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 3;
      if (lead === 0xf0) lower = 0x90;
      if (lead === 0xf4) upper = 0x8f;
    } else return index;
    for (let step = 1; step <= length; step += 1) {
      const byte = bytes[index + step];
      const low = step === 1 ? lower : 0x80;
      const high = step === 1 ? upper : 0xbf;
      if (byte === undefined || byte < low || byte > high) return index;
    }
    index += length + 1;
  }
  return -1;
}

/**
 * The line and column (UTF-16 units) of a byte offset in a valid UTF-8 prefix. A byte-order mark
 * at the start is not counted, as core leaves it out of its positions.
 */
function positionOfByte(bytes: Uint8Array, at: number): SourcePosition {
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, at));
  const breaks = prefix.match(/\r\n|\r|\n/g) ?? [];
  const lastBreak = Math.max(prefix.lastIndexOf('\n'), prefix.lastIndexOf('\r'));
  const column = prefix.length - lastBreak;
  const line = breaks.length + 1;
  return {
    line,
    column,
    offset: prefix.length,
    endLine: line,
    endColumn: column + 1,
    endOffset: prefix.length + 1,
  };
}

/** What reading a file with a bound gives. */
type BoundedRead =
  | { readonly kind: 'bytes'; readonly bytes: Buffer }
  | { readonly kind: 'too-large'; readonly claimedSize: number; readonly head: Buffer }
  | { readonly kind: 'not-a-file' };

// Opening without blocking lets a FIFO be recognised by its descriptor instead of waiting for a
// writer. Windows has no such flag (Node's types declare it everywhere): there 0 leaves the open
// as it is.
const OPEN_FLAGS = constants.O_RDONLY | ((constants as Partial<typeof constants>).O_NONBLOCK ?? 0);

function roundUp(value: number, multiple: number): number {
  return Math.ceil(value / multiple) * multiple;
}

/**
 * Reads a file through one descriptor: what it is and its bytes come from the same open file, and
 * the read stops after `limit + 1` bytes whatever size the file claims (files under `/proc` claim
 * 0), so a file swapped or growing during the run cannot make the process load more than that.
 *
 * @param path - The file.
 * @param limit - The most bytes a file may have.
 * @returns Its bytes; or that it is larger than `limit`, with its first bytes and the size it
 *   claims; or that it is not a regular file.
 * @throws The file-system error when it cannot be opened or read.
 */
export function readBounded(path: string, limit: number): BoundedRead {
  const handle = openSync(path, OPEN_FLAGS);
  try {
    const stats = fstatSync(handle);
    if (!stats.isFile()) return { kind: 'not-a-file' };
    // The claimed size is only a first guess for the buffer; the bound is what is read. Reads ask
    // for whole blocks, as some special files (such as `/proc/self/pagemap`) require.
    const block = 64 * 1024;
    let buffer = Buffer.allocUnsafe(roundUp(Math.min(Math.max(stats.size, 0), limit) + 1, block));
    let length = 0;
    while (length <= limit) {
      if (length === buffer.length) {
        const grown = Buffer.allocUnsafe(roundUp(Math.min(buffer.length * 2, limit + 1), block));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      const read = readSync(handle, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length > limit) {
      return {
        kind: 'too-large',
        claimedSize: stats.size,
        head: buffer.subarray(0, HEAD_BYTES),
      };
    }
    return { kind: 'bytes', bytes: buffer.subarray(0, length) };
  } finally {
    closeSync(handle);
  }
}

/**
 * Reads each candidate as UTF-8 text. Never throws for a file: a file that cannot be read, is
 * above {@link MAX_FILE_BYTES} (reading stops after the limit, whatever size the file claims) or
 * is not valid UTF-8 is a finding, and the others are read on. A named file is always kept; a
 * file found in a directory or by a glob is kept when its top-level `kind` is a known kind,
 * reported when it looks meant to be a plan document ({@link classifyPlanText}), and skipped with
 * the reason otherwise.
 *
 * @param candidates - The files, in order.
 * @param problems - Directories that could not be searched; each becomes a finding.
 * @param cwd - The working directory, which paths are reported relative to.
 * @param onProgress - Called as each file is taken up, with its number (from 1).
 * @returns The texts, the findings about files that could not be used, and the files skipped.
 */
export function readPlanFiles(
  candidates: readonly Candidate[],
  problems: readonly SearchProblem[],
  cwd: string,
  onProgress: (done: number) => void = () => undefined,
): ReadOutcome {
  const outcome = {
    files: [] as PlanFile[],
    documents: [] as (PlanFile & { readonly text: string })[],
    findings: [] as ValidationIssue[],
    skipped: [] as SkippedFile[],
    unreadable: 0,
    unreadableDirectories: 0,
  };
  const report = (file: PlanFile, issues: readonly ValidationIssue[]) => {
    outcome.files.push(file);
    for (const issue of issues) outcome.findings.push({ ...issue, source: file.source });
  };
  const unreadable = (path: string, what: 'file' | 'directory', reason: string) => {
    outcome.unreadable += 1;
    if (what === 'directory') outcome.unreadableDirectories += 1;
    report({ source: toSource(cwd, path), path, kind: null, text: undefined, unreadable: true }, [
      createIssue('file/unreadable', 'error', [], { what, reason }),
    ]);
  };
  for (const problem of problems) unreadable(problem.path, 'directory', problem.reason);

  /**
   * Whether a file found by a search is kept, by the text it holds (perhaps only its start, or
   * decoded loosely): a plan document or a suspect is; another file is skipped. The findings of a
   * suspect are reported by the caller when the file has no finding of its own.
   */
  const sift = (
    path: string,
    source: string,
    text: string,
    explicit: boolean,
  ): { kind: DocumentKind | null; suspect: readonly ValidationIssue[] } | undefined => {
    if (explicit) return { kind: declaredKind(text) ?? null, suspect: [] };
    const found = classifyPlanText(text, formatOf(source));
    if (found.status === 'document') return { kind: found.kind, suspect: [] };
    if (found.status === 'suspect') return { kind: null, suspect: found.issues };
    outcome.skipped.push({ source, path, reason: found.reason });
    return undefined;
  };

  let done = 0;
  for (const { path, explicit } of candidates) {
    done += 1;
    onProgress(done);
    const source = toSource(cwd, path);
    let read: BoundedRead;
    try {
      read = readBounded(path, MAX_FILE_BYTES);
    } catch (error) {
      unreadable(path, 'file', fsReason(error));
      continue;
    }
    if (read.kind === 'not-a-file') {
      unreadable(path, 'file', 'not a regular file');
      continue;
    }
    if (read.kind === 'too-large') {
      const kept = sift(path, source, new TextDecoder('utf-8').decode(read.head), explicit);
      if (kept === undefined) continue;
      report({ source, path, kind: kept.kind, text: undefined, unreadable: false }, [
        createIssue('text/too-large', 'error', [], {
          size: Math.max(read.claimedSize, MAX_FILE_BYTES),
          limit: MAX_FILE_BYTES,
          unit: 'bytes',
          atLeast: read.claimedSize <= MAX_FILE_BYTES,
        }),
      ]);
      continue;
    }
    const bytes = read.bytes;
    let text: string;
    try {
      // The byte-order mark is kept, for core to report it.
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      const loose = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
      const kept = sift(path, source, loose, explicit);
      if (kept === undefined) continue;
      const at = firstInvalidUtf8(bytes);
      const position = positionOfByte(bytes, Math.max(at, 0));
      const byte = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
      report({ source, path, kind: kept.kind, text: loose, unreadable: false }, [
        {
          ...createIssue('file/invalid-utf8', 'error', [], {
            byte,
            line: position.line,
            column: position.column,
          }),
          position,
        },
      ]);
      continue;
    }
    const kept = sift(path, source, text, explicit);
    if (kept === undefined) continue;
    const file = { source, path, kind: kept.kind, text, unreadable: false };
    if (kept.suspect.length > 0) report(file, kept.suspect);
    else {
      outcome.files.push(file);
      outcome.documents.push(file);
    }
  }
  return outcome;
}
