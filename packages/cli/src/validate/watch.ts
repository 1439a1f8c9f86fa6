import type { FSWatcher } from 'node:fs';
import { statSync, watch } from 'node:fs';
import { dirname, resolve } from 'node:path';
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

function line(sign: '+' | '-', finding: Finding): string {
  const position = finding.position;
  const where =
    position === undefined ? finding.file : `${finding.file}:${position.line}:${position.column}`;
  return printable(`  ${sign} ${where}  ${finding.severity}  ${finding.code}  ${finding.message}`);
}

/** The folders to watch: each folder given, the folder of each file, the working directory for globs. */
function watchedFolders(targets: readonly string[], cwd: string): Map<string, boolean> {
  const folders = new Map<string, boolean>();
  for (const target of targets) {
    const path = resolve(cwd, target);
    let folder = cwd;
    try {
      folder = statSync(path).isDirectory() ? path : dirname(path);
    } catch {
      // A glob: the working directory holds what it may match.
    }
    folders.set(folder, true);
  }
  return folders;
}

/**
 * `aicb validate --watch`: writes the first report, then checks again a moment after files
 * change and prints only the findings that appeared (`+`) and went (`-`), with the summary line.
 * Runs until the process is stopped.
 *
 * @param options - What to watch and how to check.
 * @returns Never settles; the process is ended by a signal.
 */
export async function watchWorkspace(options: WatchOptions): Promise<number> {
  const first = await options.check();
  process.stdout.write(options.render(first, { color: options.color }));
  process.stdout.write(
    `aicb: watching for changes (${plural(options.targets.length, 'path')}); press Ctrl+C to stop.\n`,
  );
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
      const added = [...current].filter(([key]) => !previous.has(key)).map(([, f]) => f);
      const gone = [...previous].filter(([key]) => !current.has(key)).map(([, f]) => f);
      previous = current;
      if (added.length + gone.length > 0) {
        const time = new Date().toTimeString().slice(0, 8);
        const lines = [
          `[${time}] ${plural(added.length, 'new finding')}, ${gone.length} fixed:`,
          ...added.map((finding) => line('+', finding)),
          ...gone.map((finding) => line('-', finding)),
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

  const watchers: FSWatcher[] = [];
  for (const [folder, recursive] of watchedFolders(options.targets, options.cwd)) {
    watchers.push(
      watch(folder, { recursive }, (_event, name) => {
        if (name !== null && !/\.(ya?ml|json)$/i.test(name)) return;
        clearTimeout(timer);
        timer = setTimeout(() => void rerun(), WATCH_DEBOUNCE_MS);
      }),
    );
  }
  return new Promise<number>(() => undefined);
}
