// Loads a CommonJS bundle as `require` does, but keeps V8's compiled code for it on disk between
// runs, as Node 22.1 and later do for every module with `module.enableCompileCache()`. Node 20 has
// no such cache, and compiling the program's bundle would otherwise be a third of a short run.
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** What {@link requireWithCodeCache} did with the cache. */
export type CodeCacheState =
  /** Compiled from the cache. */
  | 'used'
  /** Compiled from source; `save()` writes the cache. */
  | 'missing'
  /** A cache was there but V8 refused it (another V8, other flags, damaged); `save()` replaces it. */
  | 'rejected'
  /** Compiled from source, and nothing is kept: the folder is not one only this user can write. */
  | 'unsafe';

/** A bundle loaded by {@link requireWithCodeCache}. */
export interface CachedModule {
  /** The bundle's `module.exports`. */
  readonly exports: unknown;
  readonly state: CodeCacheState;
  /**
   * Writes V8's code for the bundle to the cache when it was missing or refused. Call it when the
   * program is done: the code of every function run by then is kept, so the next run of the same
   * command compiles none of them. Never throws; a cache that cannot be written is skipped.
   */
  save(): void;
}

/**
 * The folder Node 22 and later keep their compile cache in, which this cache shares:
 * `NODE_COMPILE_CACHE`, or `node-compile-cache` in the temporary folder.
 *
 * @param env - The environment.
 */
export function codeCacheDirectory(env: NodeJS.ProcessEnv): string {
  const named = env['NODE_COMPILE_CACHE'];
  return named !== undefined && named !== '' ? named : join(tmpdir(), 'node-compile-cache');
}

/**
 * Whether `directory` exists (it is made if not), belongs to this user and only this user can
 * write it: cached code is run, so a folder that another user could fill is never read.
 */
function isPrivateDirectory(directory: string): boolean {
  try {
    mkdirSync(directory, { recursive: true, mode: 0o700 });
    const stat = lstatSync(directory);
    if (!stat.isDirectory()) return false;
    // Windows has no owners in this sense; its temporary folder belongs to the user.
    const uid = process.getuid?.();
    return uid === undefined || (stat.uid === uid && (stat.mode & 0o022) === 0);
  } catch {
    return false;
  }
}

// The wrapper Node gives a CommonJS module; the same text each run, so cached code matches.
const WRAPPER_START = '(function (exports, require, module, __filename, __dirname) {\n';
const WRAPPER_END = '\n});';

/**
 * Loads the CommonJS file `file` and runs it, compiling it from the code cache in `directory` when
 * one is there for the same bytes, Node version, architecture, Node options and `key`.
 *
 * @param file - Absolute path of a CommonJS bundle (no shebang line).
 * @param directory - The cache folder; see {@link codeCacheDirectory}.
 * @param key - Which use of the bundle the cache is for (a command's name): each keeps the code of
 *   the functions its own runs need.
 * @returns The module's exports, what was done, and `save`.
 *
 * @example
 * ```ts
 * const program = requireWithCodeCache(file, codeCacheDirectory(process.env), 'validate');
 * await (program.exports as { start(argv: string[]): Promise<void> }).start(argv);
 * program.save();
 * ```
 */
export function requireWithCodeCache(file: string, directory: string, key: string): CachedModule {
  const bytes = readFileSync(file);
  const safe = isPrivateDirectory(directory);
  // V8 refuses code compiled under other flags: runs with other options keep their own cache
  // instead of replacing each other's.
  const hash = createHash('sha1')
    .update(bytes)
    .update(`\0${process.execArgv.join('\0')}\0${process.env['NODE_OPTIONS'] ?? ''}`)
    .digest('hex')
    .slice(0, 20);
  const name = `${basename(file)}-${hash}-${process.version}-${process.arch}-${key}.bin`;
  const cacheFile = join(directory, name);
  let cachedData: Buffer | undefined;
  if (safe) {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      cachedData = undefined;
    }
  }
  const script = new Script(`${WRAPPER_START}${bytes.toString('utf8')}${WRAPPER_END}`, {
    filename: file,
    // The wrapper has a line of its own: line numbers are the file's.
    lineOffset: -1,
    ...(cachedData === undefined ? {} : { cachedData }),
  });
  const state: CodeCacheState = !safe
    ? 'unsafe'
    : cachedData === undefined
      ? 'missing'
      : script.cachedDataRejected === true
        ? 'rejected'
        : 'used';
  const module = { exports: {} as unknown };
  const run = script.runInThisContext() as (
    exports: unknown,
    require: NodeJS.Require,
    module: { exports: unknown },
    filename: string,
    dirname: string,
  ) => void;
  run(module.exports, createRequire(file), module, file, dirname(file));
  return {
    get exports() {
      return module.exports;
    },
    state,
    save() {
      if (state !== 'missing' && state !== 'rejected') return;
      // Written aside, then renamed: a run that reads the cache meanwhile sees all or nothing.
      const partial = `${cacheFile}.${process.pid}.tmp`;
      try {
        writeFileSync(partial, script.createCachedData(), { mode: 0o600 });
        renameSync(partial, cacheFile);
      } catch {
        rmSync(partial, { force: true });
      }
    },
  };
}
