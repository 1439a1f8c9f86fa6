import type { Dirent } from 'node:fs';
import { lstatSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AicbError } from '../index.js';
import { fsReason } from './fs-reason.js';

/** A file to read: named, or found in a directory or by a glob. */
export interface Candidate {
  /** Absolute path. */
  readonly path: string;
  /** Named explicitly: checked even if it declares no known kind. */
  readonly explicit: boolean;
}

/**
 * Why a search for plan files could not start: a path is empty (`path/empty`), a named path does
 * not exist (`path/not-found`), or a glob matches no plan file (`glob/no-match`). Nothing is read
 * then; `target` is the argument as given.
 *
 * @example
 * ```ts
 * try {
 *   await loadPlanFiles(['plans/*.yaml']);
 * } catch (error) {
 *   if (error instanceof PlanFileSearchError) console.log(error.code, error.target);
 * }
 * ```
 */
export class PlanFileSearchError extends AicbError {
  /** The path or glob as given. */
  readonly target: string;

  /**
   * @param code - `path/empty`, `path/not-found` or `glob/no-match`.
   * @param target - The path or glob as given.
   */
  constructor(code: 'path/empty' | 'path/not-found' | 'glob/no-match', target: string) {
    super(
      code,
      code === 'path/empty'
        ? 'a path is empty'
        : code === 'path/not-found'
          ? `no such file or directory: '${target}'`
          : `no plan files match '${target}'`,
    );
    this.name = 'PlanFileSearchError';
    this.target = target;
  }
}

/** A directory or path that could not be searched. */
export interface SearchProblem {
  /** Absolute path. */
  readonly path: string;
  /** Why, such as `EACCES: permission denied`. */
  readonly reason: string;
}

/** The file name endings searched in directories and by globs. */
const PLAN_FILE = /\.(ya?ml|json)$/i;

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
 * links, FIFOs and devices are passed over: a search only keeps files that can hold a plan
 * document, and these cannot.
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
  /** Whether a target that does not exist is matched as a glob. Default: true. */
  readonly globs?: boolean | undefined;
}

/**
 * Turns paths, directories and globs into the files to read.
 *
 * @param targets - The arguments; a path that exists is taken as a path even if it holds glob
 *   characters.
 * @param cwd - The working directory.
 * @param options - Whether globs are expanded.
 * @returns The files, without duplicates, and the directories that could not be searched.
 * @throws {@link PlanFileSearchError} when a path is empty or does not exist, or a glob matches nothing.
 */
export async function discover(
  targets: readonly string[],
  cwd: string,
  options: DiscoverOptions = {},
): Promise<{ candidates: Candidate[]; problems: SearchProblem[] }> {
  const globs = options.globs ?? true;
  const found: Candidate[] = [];
  const problems: SearchProblem[] = [];
  for (const target of targets) {
    if (target === '') throw new PlanFileSearchError('path/empty', target);
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
        throw new PlanFileSearchError('path/not-found', target);
      }
      const matches = await expandGlob(target, cwd);
      if (matches.length === 0) {
        throw new PlanFileSearchError('glob/no-match', target);
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
