import type { Locale, Severity, SkipReason, SourcePosition } from '@itu-aicb/core';
import { SKIP_REASONS } from '@itu-aicb/core';
import { CLI_WORDING } from '../language/cli-wording.js';
import { countFormat } from '../language/human-format.js';

/** One finding as the CLI reports it: core's findings, and the CLI's own about files. */
export interface Finding {
  /** The file, relative to the working directory, with `/` separators. */
  readonly file: string;
  /** The stable code, such as `schema/unknown-key`. */
  readonly code: string;
  /** `error`, `warning` or `info`. */
  readonly severity: Severity;
  /** What is wrong. */
  readonly message: string;
  /** How to fix it, where a fix can be suggested. */
  readonly hint?: string;
  /** RFC 6901 JSON Pointer to the offending key or value (`""` for the whole document). */
  readonly pointer: string;
  /** Where the offending key or value stands in the file, when it can be placed. */
  readonly position?: SourcePosition;
  /** The values the message was built from, the same in every language. */
  readonly params?: Readonly<Record<string, unknown>>;
  /** The stable fingerprint of code, location and value, which baselines match by. */
  readonly fingerprint?: string;
  /** How the finding is suppressed and why, when it is. */
  readonly suppression?: {
    readonly kind: 'inSource' | 'external';
    readonly justification: string;
    /** The last day a configured suppression holds, `YYYY-MM-DD`. */
    readonly expires?: string;
  };
  /** With `--baseline`: `unchanged` when the baseline holds the finding, `new` otherwise. */
  readonly baseline?: 'new' | 'unchanged';
}

/** A file that was checked, or that has a finding of its own. */
export interface ReportedFile {
  /** The file, relative to the working directory, with `/` separators. */
  readonly path: string;
  /** The document kind it declares, or `null` when it declares none that can be read. */
  readonly kind: string | null;
}

/** A YAML or JSON file found by a search that is not a plan document. */
export interface SkippedReport {
  /** The file, relative to the working directory, with `/` separators. */
  readonly path: string;
  /** Why it is not a plan document. */
  readonly reason: SkipReason;
}

/**
 * `3 other files skipped: 2 without a top-level kind, 1 of another kind`: how many files were
 * skipped, and why, in the locale's language.
 *
 * @param skipped - The files skipped.
 * @param locale - The language; English when not given.
 * @returns The phrase, without a full stop.
 */
export function skippedPhrase(
  skipped: readonly { readonly reason: SkipReason }[],
  locale?: Locale,
): string {
  const words = CLI_WORDING[locale?.language ?? 'en'];
  const count = countFormat(locale?.intl ?? 'en');
  const byReason = new Map<SkipReason, number>();
  for (const { reason } of skipped) byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
  const reasons = SKIP_REASONS.flatMap((reason) => {
    const times = byReason.get(reason);
    return times === undefined
      ? []
      : [words.endings.skippedCount(count(times), words.skipReasons[reason])];
  });
  return words.endings.skipped(skipped.length, count(skipped.length), reasons.join(words.comma));
}

/** Counts of findings by severity. */
export interface Counts {
  /** Findings of severity `error`. */
  readonly errors: number;
  /** Findings of severity `warning`. */
  readonly warnings: number;
  /** Findings of severity `info`. */
  readonly infos: number;
}

/** How the findings are judged, from the command line. */
export interface Policy {
  /** Warnings fail the check. */
  readonly strict: boolean;
  /** Most warnings allowed, when a limit is set. */
  readonly maxWarnings: number | undefined;
  /** Report errors only. */
  readonly quiet: boolean;
}

/** Everything an output format needs. */
export interface Report {
  /** The CLI's version. */
  readonly version: string;
  /** The working directory, absolute. */
  readonly cwd: string;
  /** The files, sorted by path. */
  readonly files: readonly ReportedFile[];
  /** The findings to show (errors only under `--quiet`), by file, line and column. */
  readonly findings: readonly Finding[];
  /**
   * The findings accepted: suppressed with a reason, or held by the baseline. They neither count
   * nor fail the check; json and sarif show them, marked.
   */
  readonly accepted: readonly Finding[];
  /** With `--baseline`: how many of its findings are no longer found. */
  readonly baselineGone: number | undefined;
  /** Counts of all findings, shown or not. */
  readonly counts: Counts;
  /** Counts of all findings of each file, shown or not, by path. */
  readonly fileCounts: ReadonlyMap<string, Counts>;
  /** The options that judge the findings. */
  readonly policy: Policy;
  /** Files and directories that could not be read; they are in {@link files} too. */
  readonly unreadable: number;
  /** How many of {@link unreadable} are directories. */
  readonly unreadableDirectories: number;
  /** The YAML and JSON files found by a search that are not plan documents, sorted by path. */
  readonly skipped: readonly SkippedReport[];
  /** Whether to list the files skipped (`--verbose`). */
  readonly verbose: boolean;
  /** Whether the findings fail the check. */
  readonly failing: boolean;
  /** The exit code: 0, 1, or 2 when a file could not be read. */
  readonly exitCode: 0 | 1 | 2;
  /** The text of each file that was read, by path, for code frames. */
  readonly texts: ReadonlyMap<string, string>;
  /** The language of messages and human output; English when not given. */
  readonly locale?: Locale;
}

/**
 * Counts findings by severity.
 *
 * @param findings - Any findings.
 * @returns The counts.
 */
export function countFindings(findings: readonly Finding[]): Counts {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const finding of findings) {
    if (finding.severity === 'error') errors += 1;
    else if (finding.severity === 'warning') warnings += 1;
    else infos += 1;
  }
  return { errors, warnings, infos };
}

/**
 * Sorts findings by the order of their files, then by line and column; findings that cannot be
 * placed in their file come first, in the order given.
 *
 * @param findings - The findings.
 * @param files - The files' paths, in the order to report them.
 * @returns A new sorted list.
 */
export function sortFindings(findings: readonly Finding[], files: readonly string[]): Finding[] {
  const order = new Map(files.map((file, index) => [file, index]));
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => {
      const file =
        (order.get(a.finding.file) ?? files.length) - (order.get(b.finding.file) ?? files.length);
      if (file !== 0) return file;
      if (a.finding.file !== b.finding.file) return a.finding.file < b.finding.file ? -1 : 1;
      const line = (a.finding.position?.line ?? 0) - (b.finding.position?.line ?? 0);
      if (line !== 0) return line;
      const column = (a.finding.position?.column ?? 0) - (b.finding.position?.column ?? 0);
      return column !== 0 ? column : a.index - b.index;
    })
    .map(({ finding }) => finding);
}

/**
 * Whether the findings fail the check: any error, any warning under `--strict`, or more warnings
 * than `--max-warnings` allows. Notes (`info`) never fail it.
 *
 * @param counts - Counts of all findings.
 * @param policy - The command-line options.
 * @returns Whether the check fails.
 */
export function isFailing(counts: Counts, policy: Policy): boolean {
  return (
    counts.errors > 0 ||
    (policy.strict && counts.warnings > 0) ||
    (policy.maxWarnings !== undefined && counts.warnings > policy.maxWarnings)
  );
}

/**
 * `1 error`, `2 errors`: a count with its noun.
 *
 * @param count - How many.
 * @param noun - The singular noun.
 * @returns The phrase.
 */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * How many files were checked: those reported, less those that could not be read at all.
 *
 * @param report - The report.
 * @returns The number of files checked.
 */
export function checkedFiles(report: Report): number {
  return report.files.length - report.unreadable;
}

/**
 * The one-line summary of a report, as stylish and github print it.
 *
 * @param report - The report.
 * @returns The line, without a line break.
 */
export function summaryLine(report: Report): string {
  const { counts, policy } = report;
  const n = countFormat(report.locale?.intl ?? 'en');
  let line: string = CLI_WORDING[report.locale?.language ?? 'en'].summary(
    { files: checkedFiles(report), ...counts },
    n,
  );
  const { endings } = CLI_WORDING[report.locale?.language ?? 'en'];
  const more: string[] = [];
  if (policy.quiet && counts.warnings + counts.infos > 0) more.push(endings.quiet);
  if (counts.errors === 0 && report.failing) {
    more.push(policy.strict ? endings.strict : endings.maxWarnings(n(policy.maxWarnings ?? 0)));
  }
  const suppressed = report.accepted.filter((finding) => finding.suppression !== undefined).length;
  const baselined = report.accepted.length - suppressed;
  if (suppressed > 0) more.push(endings.suppressed(suppressed, n(suppressed)));
  if (report.baselineGone !== undefined) {
    const gone = report.baselineGone;
    more.push(endings.baseline(baselined, n(baselined), gone > 0 ? n(gone) : undefined));
  }
  if (report.unreadable > 0) {
    const directories = report.unreadableDirectories;
    more.push(endings.unreadable(report.unreadable - directories, directories, n));
  }
  if (report.skipped.length > 0) {
    const phrase = skippedPhrase(report.skipped, report.locale);
    more.push(`${phrase}${report.verbose ? '' : endings.gap + endings.verbose}${endings.stop}`);
  }
  if (more.length > 0) line += endings.gap + more.join(endings.gap);
  return line;
}
