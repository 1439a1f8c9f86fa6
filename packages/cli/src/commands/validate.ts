import type { Locale, ValidationIssue } from '@itu-aicb/core';
import { localizeIssue } from '@itu-aicb/core';
import { chooseLocale } from '../language/choose-locale.js';
import type { PlanFiles } from '@itu-aicb/core/node';
import { PlanFileSearchError, loadPlanFiles } from '@itu-aicb/core/node';
import type { CommandContext } from '../commands.js';
import type { FormatName } from '../formats/format.js';
import { FORMATS, isFormatName, loadFormat, useColor } from '../formats/format.js';
import { parseCommandArgs } from '../command-args.js';
import { UsageError } from '../usage-error.js';
import type { Counts, Finding, Policy, Report, ReportedFile } from '../validate/report.js';
import {
  countFindings,
  isFailing,
  plural,
  SKIP_REASON_WORDS,
  skippedPhrase,
  sortFindings,
} from '../validate/report.js';
import { printable } from '../formats/code-frame.js';

const COMMAND = 'aicb validate';

/** Files from which on progress is shown on a terminal. */
const PROGRESS_FROM = 100;

interface Options {
  readonly targets: readonly string[];
  readonly format: FormatName;
  readonly policy: Policy;
  readonly verbose: boolean;
  readonly locale: Locale;
}

function readOptions(args: readonly string[]): Options {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      format: { type: 'string', short: 'f' },
      strict: { type: 'boolean' },
      'max-warnings': { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      verbose: { type: 'boolean' },
      debug: { type: 'boolean' },
      lang: { type: 'string' },
    },
    COMMAND,
  );
  const format = values.format ?? 'stylish';
  if (!isFormatName(format)) {
    throw new UsageError(`unknown format '${format}' (use one of ${FORMATS.join(', ')})`, COMMAND);
  }
  const limit = values['max-warnings'];
  if (limit !== undefined && !/^\d+$/.test(limit)) {
    throw new UsageError(
      `--max-warnings needs a whole number of 0 or more, not '${limit}'`,
      COMMAND,
    );
  }
  return {
    targets: positionals.length === 0 ? ['.'] : positionals,
    format,
    policy: {
      strict: values.strict ?? false,
      maxWarnings: limit === undefined ? undefined : Number(limit),
      quiet: values.quiet ?? false,
    },
    verbose: values.verbose ?? false,
    locale: chooseLocale(values.lang, process.env, COMMAND),
  };
}

/** Progress on standard error, only on a terminal outside CI and for many files. */
function progress(total: number): { update: (text: string) => void; clear: () => void } {
  const ci = process.env['CI'];
  const enabled =
    total >= PROGRESS_FROM &&
    process.stderr.isTTY &&
    (ci === undefined || ci === '' || ci === '0' || ci === 'false');
  return {
    update: (text) => {
      if (enabled) process.stderr.write(`\r\u001B[K${text}`);
    },
    clear: () => {
      if (enabled) process.stderr.write('\r\u001B[K');
    },
  };
}

function toFinding(given: ValidationIssue, locale: Locale): Finding {
  const issue = localizeIssue(given, locale);
  return {
    file: issue.source ?? '',
    code: issue.code,
    severity: issue.severity,
    message: issue.message,
    pointer: issue.pointer,
    ...(issue.hint === undefined ? {} : { hint: issue.hint }),
    ...(issue.position === undefined ? {} : { position: issue.position }),
    ...(issue.params === undefined ? {} : { params: issue.params }),
  };
}

/**
 * `aicb validate`: reads the files, validates them as one workspace and writes the report in the
 * chosen format.
 *
 * @param args - The arguments after `validate`.
 * @param context - Version and working directory.
 * @returns The exit code: 0 valid, 1 findings that fail the check, 2 a file could not be read.
 */
export async function run(args: readonly string[], context: CommandContext): Promise<number> {
  const options = readOptions(args);
  const render = loadFormat(options.format);
  let status: ReturnType<typeof progress> | undefined;
  let loaded: PlanFiles;
  try {
    loaded = await loadPlanFiles(options.targets, {
      cwd: context.cwd,
      onProgress: (done, total) => {
        status ??= progress(total);
        if (done % 50 === 0) status.update(`aicb: reading ${done} of ${total} files`);
        if (done === total) status.update(`aicb: checking ${plural(total, 'file')}`);
      },
    });
  } catch (error) {
    status?.clear();
    if (error instanceof PlanFileSearchError) throw new UsageError(error.message, COMMAND);
    throw error;
  }
  status?.clear();
  if (loaded.files.length === 0) {
    const skipped = loaded.skipped.length === 0 ? '' : ` (${skippedPhrase(loaded.skipped)})`;
    // With nothing to report on, --verbose still says which files were skipped and why.
    if (options.verbose) {
      for (const { source, reason } of loaded.skipped) {
        process.stderr.write(`${printable(source)}  skipped  ${SKIP_REASON_WORDS[reason]}\n`);
      }
    }
    throw new UsageError(
      `no plan files found in ${options.targets.map((target) => `'${target}'`).join(', ')}${skipped}; name files explicitly, or give each a known kind`,
      COMMAND,
    );
  }

  const kinds = new Map<string, string | null>();
  for (const file of loaded.files) kinds.set(file.source, file.kind);
  const files: ReportedFile[] = [...kinds]
    .map(([path, kind]) => ({ path, kind }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const all = sortFindings(
    loaded.findings.map((issue) => toFinding(issue, options.locale)),
    files.map((file) => file.path),
  );
  const byFile = new Map<string, Finding[]>();
  for (const finding of all) {
    const list = byFile.get(finding.file);
    if (list === undefined) byFile.set(finding.file, [finding]);
    else list.push(finding);
  }
  const fileCounts = new Map<string, Counts>();
  for (const [file, findings] of byFile) fileCounts.set(file, countFindings(findings));

  const counts = countFindings(all);
  const failing = isFailing(counts, options.policy);
  const texts = new Map<string, string>();
  for (const file of loaded.files) if (file.text !== undefined) texts.set(file.source, file.text);
  const report: Report = {
    version: context.version,
    cwd: context.cwd,
    files,
    findings: options.policy.quiet ? all.filter((finding) => finding.severity === 'error') : all,
    counts,
    fileCounts,
    policy: options.policy,
    unreadable: loaded.unreadable,
    unreadableDirectories: loaded.unreadableDirectories,
    skipped: loaded.skipped.map(({ source, reason }) => ({ path: source, reason })),
    verbose: options.verbose,
    failing,
    exitCode: loaded.unreadable > 0 ? 2 : failing ? 1 : 0,
    texts,
    locale: options.locale,
  };
  const output = (await render)(report, {
    color: useColor(process.env, process.stdout.isTTY),
  });
  process.stdout.write(output);
  return report.exitCode;
}
