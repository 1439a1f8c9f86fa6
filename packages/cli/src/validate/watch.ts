import type { FSWatcher } from 'node:fs';
import { lstatSync, readdirSync, statSync, watch } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import type { Render } from '../formats/format.js';
import { printable } from '../formats/code-frame.js';
import { UsageError } from '../usage-error.js';
import type { Finding, Report } from './report.js';
import { plural, summaryLine } from './report.js';

/** How long to wait after the last change before checking again, in milliseconds. */
export const WATCH_DEBOUNCE_MS = 150;

/** What {@link watchWorkspace} watches and how it checks. */
export interface WatchOptions {
  /** The paths, folders and globs checked. */
  readonly targets: readonly string[];
  /** Further files whose changes call for a check: the configuration and the baseline. */
  readonly files?: readonly string[];
  /** The working directory. */
  readonly cwd: string;
  /** Runs the checks once. */
  readonly check: () => Promise<Report>;
  /** The format of the first report. */
  readonly render: Render;
  /** Whether the first report may use colour. */
  readonly color: boolean;
}

/** A finding as the watch compares runs: by file, code, fingerprint and severity, not by line. */
const keyOf = (finding: Finding): string =>
  [finding.file, finding.code, finding.fingerprint ?? finding.pointer, finding.severity].join(
    '\u0000',
  );

function line(sign: '+' | '-' | '~', finding: Finding): string {
  const position = finding.position;
  const where =
    position === undefined ? finding.file : `${finding.file}:${position.line}:${position.column}`;
  return printable(`  ${sign} ${where}  ${finding.severity}  ${finding.code}  ${finding.message}`);
}

/** The folders to watch: each folder given, the folder of each file, the working directory for globs. */
function watchedRoots(targets: readonly string[], cwd: string): Set<string> {
  const folders = new Set<string>();
  for (const target of targets) {
    const path = resolve(cwd, target);
    let folder = cwd;
    try {
      folder = statSync(path).isDirectory() ? path : dirname(path);
    } catch {
      // A glob: the working directory holds what it may match.
    }
    folders.add(folder);
  }
  return folders;
}

/** Whether a folder is searched for plan files: the same folders discovery walks into. */
const searched = (name: string): boolean => !name.startsWith('.') && name !== 'node_modules';

/** A folder watched, and which folder it was: a folder removed and made again is another one. */
interface Watched {
  readonly watcher: FSWatcher;
  /** The folder's inode and birth time: an inode number alone may be reused at once. */
  readonly identity: string;
}

/**
 * The folder at `path` as discovery walks it: a real folder, not a link to one, below the paths
 * given; a path given may be a link.
 */
function folderAt(path: string, given = false): string | undefined {
  try {
    const stats = given ? statSync(path) : lstatSync(path);
    return stats.isDirectory() ? `${stats.ino}/${stats.birthtimeMs}` : undefined;
  } catch {
    return undefined;
  }
}

/** Stops watching `path` and every folder below it. */
function unwatchTree(path: string, watchers: Map<string, Watched>): void {
  for (const [folder, watched] of watchers) {
    if (folder === path || folder.startsWith(path + sep)) {
      watched.watcher.close();
      watchers.delete(folder);
    }
  }
}

/**
 * Watches `folder` and the folders below it, one watcher per folder, and follows the folders
 * made, removed or replaced later; links to folders are not followed, as discovery does not
 * follow them. Every watcher is in place when this returns, so an edit made right after is seen
 * (a recursive `fs.watch` may still be walking the tree in the background).
 */
function watchTree(
  folder: string,
  watchers: Map<string, Watched>,
  onChange: (name: string | null) => void,
  given = false,
): void {
  const identity = folderAt(folder, given);
  if (identity === undefined || watchers.get(folder)?.identity === identity) return;
  unwatchTree(folder, watchers);
  let watcher: FSWatcher;
  try {
    watcher = watch(folder, (event, name) => {
      if (event === 'rename' && name !== null && searched(name)) {
        const path = join(folder, name);
        const now = folderAt(path);
        const before = watchers.get(path)?.identity;
        if (now !== before) {
          // A folder made, moved in, removed or replaced: it may hold plan files, or held some.
          if (now === undefined) unwatchTree(path, watchers);
          else watchTree(path, watchers, onChange);
          onChange(null);
          return;
        }
      }
      if (name === basename(folder) && folderAt(folder, given) !== identity) {
        // The folder itself was removed or replaced: watch what stands there now, if anything.
        unwatchTree(folder, watchers);
        watchTree(folder, watchers, onChange, given);
        onChange(null);
        return;
      }
      onChange(name);
    });
  } catch {
    return; // Gone or unreadable: nothing to watch there.
  }
  watcher.on('error', () => {
    watcher.close();
    if (watchers.get(folder)?.watcher === watcher) watchers.delete(folder);
  });
  watchers.set(folder, { watcher, identity });
  let entries: string[] = [];
  try {
    entries = readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && searched(entry.name))
      .map((entry) => entry.name);
  } catch {
    // Unreadable: only the folder itself is watched.
  }
  for (const name of entries) watchTree(join(folder, name), watchers, onChange);
}

/**
 * Watches one file through its folder (editors often replace a file rather than write it), without
 * the folders below; a change to the file calls `onChange`.
 */
function watchFile(file: string, onChange: (name: string | null) => void): void {
  const name = basename(file);
  try {
    watch(dirname(file), (_event, changed) => {
      if (changed === name) onChange(changed);
    }).on('error', () => undefined);
  } catch {
    // The folder is gone or unreadable: its file cannot change the checks.
  }
}

/**
 * `aicb validate --watch`: writes the first report, then checks again a moment after files
 * change and prints only the findings that appeared (`+`), went (`-`) and were accepted by a
 * suppression or the baseline (`~`), with the summary line. The configuration and baseline are
 * read again by each check, and their files are watched too.
 * Runs until the process is stopped.
 *
 * @param options - What to watch and how to check.
 * @returns Never settles; the process is ended by a signal.
 */
export async function watchWorkspace(options: WatchOptions): Promise<number> {
  const first = await options.check();
  process.stdout.write(options.render(first, { color: options.color }));
  let previous = new Map(first.findings.map((finding) => [keyOf(finding), finding]));
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;

  const rerun = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      const report = await options.check();
      const current = new Map(report.findings.map((finding) => [keyOf(finding), finding]));
      // A finding now suppressed or held by the baseline is accepted, not fixed.
      const accepted = new Set(report.accepted.map(keyOf));
      const added = [...current].filter(([key]) => !previous.has(key)).map(([, f]) => f);
      const gone = [...previous].filter(([key]) => !current.has(key));
      const fixed = gone.filter(([key]) => !accepted.has(key)).map(([, f]) => f);
      const nowAccepted = gone.filter(([key]) => accepted.has(key)).map(([, f]) => f);
      previous = current;
      if (added.length + gone.length > 0) {
        const time = new Date().toTimeString().slice(0, 8);
        const counts = [
          plural(added.length, 'new finding'),
          `${fixed.length} fixed`,
          ...(nowAccepted.length === 0 ? [] : [`${nowAccepted.length} accepted`]),
        ];
        const lines = [
          `[${time}] ${counts.join(', ')}:`,
          ...added.map((finding) => line('+', finding)),
          ...fixed.map((finding) => line('-', finding)),
          ...nowAccepted.map((finding) => line('~', finding)),
          summaryLine(report),
        ];
        process.stdout.write(`${lines.join('\n')}\n`);
      }
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      process.stderr.write(`aicb: ${printable(error.message)}\n`);
    } finally {
      running = false;
      if (again) {
        again = false;
        void rerun();
      }
    }
  };

  const onChange = (name: string | null): void => {
    if (name !== null && !/\.(ya?ml|json)$/i.test(name)) return;
    clearTimeout(timer);
    timer = setTimeout(() => void rerun(), WATCH_DEBOUNCE_MS);
  };
  const watchers = new Map<string, Watched>();
  for (const root of watchedRoots(options.targets, options.cwd)) {
    watchTree(root, watchers, onChange, true);
  }
  for (const file of options.files ?? []) watchFile(file, onChange);
  process.stdout.write(
    `aicb: watching for changes (${plural(options.targets.length, 'path')}); press Ctrl+C to stop.\n`,
  );
  return new Promise<number>(() => undefined);
}
