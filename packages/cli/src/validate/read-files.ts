import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { relative, sep } from 'node:path';
import type { SourcePosition } from '@itu-aicb/core';
import { declaredKind } from '@itu-aicb/core';
import type { Candidate, SearchProblem } from './discover.js';
import { fsReason } from '../fs-reason.js';
import type { Finding } from './report.js';

/** Largest file read, in bytes; a larger one is a `text/too-large` finding and is not read. */
export const MAX_FILE_BYTES = 10_000_000;

/** How much of a file too large to read is looked at for its `kind`. */
const HEAD_BYTES = 64 * 1024;

/** A file read as text. */
export interface LoadedFile {
  /** The path relative to the working directory, with `/` separators. */
  readonly source: string;
  /** The text. */
  readonly text: string;
  /** The known kind the text declares, or `null`. */
  readonly kind: string | null;
}

/** What reading the candidates gives. */
export interface ReadOutcome {
  /** The files to validate, in order. */
  readonly files: LoadedFile[];
  /** Files with a finding of their own (not read, or not text), in order, with their kinds. */
  readonly failed: { readonly source: string; readonly kind: string | null }[];
  /** The findings about files that could not be validated. */
  readonly findings: Finding[];
  /** The text of each file with a finding of its own that could be decoded loosely. */
  readonly texts: Map<string, string>;
  /** How many files or directories could not be read at all. */
  readonly unreadable: number;
  /** How many of {@link unreadable} are directories that could not be searched. */
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
 * is not valid UTF-8
 * is a finding, and the others are read on. A file found in a directory or by a glob is kept only
 * when it declares a known kind.
 *
 * @param candidates - The files, in order.
 * @param problems - Directories that could not be searched; each becomes a finding.
 * @param cwd - The working directory, which paths are reported relative to.
 * @param onProgress - Called after each file with the number read so far.
 * @returns The texts, and findings about the files that could not be used.
 */
export function readFiles(
  candidates: readonly Candidate[],
  problems: readonly SearchProblem[],
  cwd: string,
  onProgress: (done: number) => void,
): ReadOutcome {
  const outcome = {
    files: [] as LoadedFile[],
    failed: [] as { source: string; kind: string | null }[],
    findings: [] as Finding[],
    texts: new Map<string, string>(),
    unreadable: 0,
    unreadableDirectories: 0,
  };
  const fail = (
    source: string,
    kind: string | null,
    finding: Omit<Finding, 'file' | 'pointer'>,
  ) => {
    outcome.failed.push({ source, kind });
    outcome.findings.push({ file: source, pointer: '', ...finding });
  };
  const unreadable = (source: string, what: string, reason: string) => {
    outcome.unreadable += 1;
    fail(source, null, {
      code: 'file/unreadable',
      severity: 'error',
      message: `The ${what} could not be read (${reason}).`,
      hint: `Check that it exists, is a regular ${what}, and that you may read it.`,
    });
  };
  for (const problem of problems) {
    outcome.unreadableDirectories += 1;
    unreadable(toSource(cwd, problem.path), 'directory', problem.reason);
  }

  let done = 0;
  for (const { path, explicit } of candidates) {
    done += 1;
    onProgress(done);
    const source = toSource(cwd, path);
    let read: BoundedRead;
    try {
      read = readBounded(path, MAX_FILE_BYTES);
    } catch (error) {
      unreadable(source, 'file', fsReason(error));
      continue;
    }
    if (read.kind === 'not-a-file') {
      unreadable(source, 'file', 'not a regular file');
      continue;
    }
    if (read.kind === 'too-large') {
      const kind = declaredKind(new TextDecoder('utf-8').decode(read.head)) ?? null;
      if (!explicit && kind === null) continue;
      fail(source, kind, {
        code: 'text/too-large',
        severity: 'error',
        message: `The file is ${read.claimedSize > MAX_FILE_BYTES ? '' : 'more than '}${Math.max(read.claimedSize, MAX_FILE_BYTES).toLocaleString('en')} bytes, above the limit of ${MAX_FILE_BYTES.toLocaleString('en')} bytes; it was not read.`,
        hint: 'Split the file into several documents.',
      });
      continue;
    }
    const bytes = read.bytes;
    let text: string;
    try {
      // The byte-order mark is kept, for core to report it.
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      const loose = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
      const kind = declaredKind(loose) ?? null;
      if (!explicit && kind === null) continue;
      const at = firstInvalidUtf8(bytes);
      const position = positionOfByte(bytes, Math.max(at, 0));
      const byte = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
      outcome.texts.set(source, loose);
      fail(source, kind, {
        code: 'file/invalid-utf8',
        severity: 'error',
        message: `The file is not valid UTF-8: byte 0x${byte} at line ${position.line}, column ${position.column} cannot be decoded.`,
        hint: 'Save the file as UTF-8.',
        position,
      });
      continue;
    }
    const kind = declaredKind(text) ?? null;
    if (!explicit && kind === null) continue;
    outcome.files.push({ source, text, kind });
  }
  return outcome;
}
