import type { Dirent } from 'node:fs';
import { lstatSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fsReason } from '../fs-reason.js';
import { UsageError } from '../usage-error.js';

/** A file to read: named on the command line, or found in a directory or by a glob. */
export interface Candidate {
  /** Absolute path. */
  readonly path: string;
  /** Named explicitly: checked even if it declares no known kind. */
  readonly explicit: boolean;
}

/** A directory or path that could not be searched. */
export interface SearchProblem {
  /** Absolute path. */
  readonly path: string;
  /** Why, such as `EACCES: permission denied`. */
  readonly reason: string;
}

/** The file name endings searched in directories and by globs. */
export const PLAN_FILE = /\.(ya?ml|json)$/i;

const GLOB_CHARS = /[*?[\]{}]/;

function walk(directory: string, found: Candidate[], problems: SearchProblem[]): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(directory, { withFileTypes: true });
  } catch (error) {
    problems.push({ path: directory, reason: fsReason(error) });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && entry.name !== 'node_modules') {
        walk(path, found, problems);
      }
    } else if (entry.isFile() && PLAN_FILE.test(entry.name)) {
      found.push({ path, explicit: false });
    } else if (entry.isSymbolicLink() && PLAN_FILE.test(entry.name) && isRegularFile(path)) {
      found.push({ path, explicit: false });
    }
  }
}

/**
 * Whether a path found by a search leads to a regular file. Symbolic links to folders, broken
 * links, FIFOs and devices are passed over silently: a search only keeps files that declare a
 * known kind, and these cannot.
 */
function isRegularFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Whether a path is a symbolic link, whatever it leads to. */
function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

async function expandGlob(pattern: string, cwd: string): Promise<Candidate[]> {
  const { glob } = await import('tinyglobby');
  const paths = await glob(pattern, {
    cwd,
    absolute: true,
    onlyFiles: true,
    dot: false,
    expandDirectories: false,
    followSymbolicLinks: false,
    ignore: ['**/node_modules/**'],
  });
  return paths
    .filter((path) => PLAN_FILE.test(path) && isRegularFile(path))
    .sort()
    .map((path) => ({ path: resolve(path), explicit: false }));
}

/** How {@link discover} treats its targets. */
export interface DiscoverOptions {
  /** The command whose help a usage error points to. Default: `aicb validate`. */
  readonly command?: string;
  /** Whether a target that does not exist is matched as a glob. Default: true. */
  readonly globs?: boolean;
}

/**
 * Turns the paths, directories and globs of the command line into the files to read.
 *
 * @param targets - The arguments; a path that exists is taken as a path even if it holds glob
 *   characters.
 * @param cwd - The working directory.
 * @param options - The command, and whether globs are expanded.
 * @returns The files, without duplicates, and the directories that could not be searched.
 * @throws {@link UsageError} when a path is empty or does not exist, or a glob matches nothing.
 */
export async function discover(
  targets: readonly string[],
  cwd: string,
  options: DiscoverOptions = {},
): Promise<{ candidates: Candidate[]; problems: SearchProblem[] }> {
  const command = options.command ?? 'aicb validate';
  const globs = options.globs ?? true;
  const found: Candidate[] = [];
  const problems: SearchProblem[] = [];
  for (const target of targets) {
    if (target === '') throw new UsageError('a path is empty', command);
    const path = resolve(cwd, target);
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch (error) {
      // A named link that leads nowhere (broken, or a loop) is a file that cannot be read.
      if (isLink(path)) {
        found.push({ path, explicit: true });
        continue;
      }
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') {
        problems.push({ path, reason: fsReason(error) });
        continue;
      }
      if (!globs || !GLOB_CHARS.test(target)) {
        throw new UsageError(`no such file or directory: '${target}'`, command);
      }
      const matches = await expandGlob(target, cwd);
      if (matches.length === 0) {
        throw new UsageError(`no plan files match '${target}'`, command);
      }
      found.push(...matches);
      continue;
    }
    if (isDirectory) walk(path, found, problems);
    else found.push({ path, explicit: true });
  }
  // A file named and also found keeps `explicit`.
  const byPath = new Map<string, Candidate>();
  for (const candidate of found) {
    const seen = byPath.get(candidate.path);
    if (seen === undefined || (!seen.explicit && candidate.explicit)) {
      byPath.set(candidate.path, candidate);
    }
  }
  return { candidates: [...byPath.values()], problems };
}
