import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { MAX_FILE_BYTES, fsReason } from '@itu-aicb/core/node';
import type { Locale } from '@itu-aicb/core';
import { chooseMessagesLocale } from '../language/choose-locale.js';
import type { CommandContext } from '../commands.js';
import type { ResolvedConfig } from '../config/load-config.js';
import { loadConfig, ruleOverrides } from '../config/load-config.js';
import type { FormatName } from '../formats/format.js';
import { FORMATS, isFormatName, loadFormat, useColor } from '../formats/format.js';
import { printable } from '../formats/code-frame.js';
import { parseCommandArgs } from '../command-args.js';
import { UsageError } from '../usage-error.js';
import type { Baseline } from '../validate/baseline.js';
import { matchBaseline, readBaseline, writeBaseline } from '../validate/baseline.js';
import type { Gathered, Input } from '../validate/gather.js';
import { gather } from '../validate/gather.js';
import type { Counts, Finding, Policy, Report } from '../validate/report.js';
import { countFindings, isFailing, plural } from '../validate/report.js';

const COMMAND = 'aicb validate';

/** The names of configuration files, which a search never takes for plan files. */
const CONFIG_FILE = /(?:^|[\\/])aicb\.config\.(?:ya?ml|json)$/;

/** Files from which on progress is shown on a terminal. */
const PROGRESS_FROM = 100;

interface Options {
  /** The paths given, or `undefined` for none (then the configuration's files, or `.`). */
  readonly targets: readonly string[] | undefined;
  readonly format: FormatName;
  readonly policy: Policy;
  readonly verbose: boolean;
  readonly config: string | undefined;
  readonly rules: readonly string[];
  readonly baseline: string | undefined;
  readonly updateBaseline: boolean;
  readonly output: string | undefined;
  readonly stdinFilename: string;
  readonly watch: boolean;
  readonly locale: Locale;
}

async function readOptions(args: readonly string[]): Promise<Options> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      format: { type: 'string', short: 'f' },
      strict: { type: 'boolean' },
      'max-warnings': { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      verbose: { type: 'boolean' },
      config: { type: 'string', short: 'c' },
      rule: { type: 'string', multiple: true },
      baseline: { type: 'string' },
      'update-baseline': { type: 'boolean' },
      output: { type: 'string', short: 'o' },
      'stdin-filename': { type: 'string' },
      watch: { type: 'boolean', short: 'w' },
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
  const stdin = positionals.includes('-');
  if (stdin && positionals.length > 1) {
    throw new UsageError("'-' reads one document from standard input: give no other path", COMMAND);
  }
  if (!stdin && values['stdin-filename'] !== undefined) {
    throw new UsageError("--stdin-filename goes with '-'", COMMAND);
  }
  const watch = values.watch ?? false;
  if (watch && (stdin || values.output !== undefined || values['update-baseline'] === true)) {
    throw new UsageError("--watch cannot go with '-', --output or --update-baseline", COMMAND);
  }
  if (watch && format !== 'stylish') {
    // The watch prints lines of text after the first report: no other format would stay readable.
    throw new UsageError(`--watch prints text: it cannot go with --format ${format}`, COMMAND);
  }
  return {
    targets: positionals.length === 0 ? undefined : positionals,
    format,
    policy: {
      strict: values.strict ?? false,
      maxWarnings: limit === undefined ? undefined : Number(limit),
      quiet: values.quiet ?? false,
    },
    verbose: values.verbose ?? false,
    config: values.config,
    rules: values.rule ?? [],
    baseline: values.baseline,
    updateBaseline: values['update-baseline'] ?? false,
    output: values.output,
    stdinFilename: values['stdin-filename'] ?? '<stdin>',
    watch,
    locale: await chooseMessagesLocale(values.lang, process.env, COMMAND),
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

/** Reads standard input as UTF-8, refusing more than {@link MAX_FILE_BYTES} bytes. */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_FILE_BYTES) {
      throw new UsageError(
        `standard input holds more than ${MAX_FILE_BYTES.toLocaleString('en')} bytes`,
        COMMAND,
      );
    }
    chunks.push(chunk);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new UsageError('standard input is not valid UTF-8 text', COMMAND);
  }
}

/** Reads the files (showing progress on a terminal) and gathers the findings. */
async function check(
  input: Input,
  config: ResolvedConfig,
  cwd: string,
  verbose: boolean,
  locale: Locale,
): Promise<Gathered> {
  let status: ReturnType<typeof progress> | undefined;
  try {
    return await gather(input, config, cwd, COMMAND, verbose, locale, (done, total) => {
      status ??= progress(total);
      if (done % 50 === 0) status.update(`aicb: reading ${done} of ${total} files`);
      if (done === total) status.update(`aicb: checking ${plural(total, 'file')}`);
    });
  } finally {
    status?.clear();
  }
}

/** Judges what was found: accepted findings apart, counts, failure and exit code. */
function judge(
  gathered: Gathered,
  options: Options,
  context: CommandContext,
  baseline: Baseline | undefined,
): Report {
  const matched =
    baseline === undefined ? undefined : matchBaseline(gathered.findings, baseline, context.cwd);
  const findings = matched?.findings ?? gathered.findings;
  const isAccepted = (finding: Finding): boolean =>
    finding.suppression !== undefined || finding.baseline === 'unchanged';
  const active = findings.filter((finding) => !isAccepted(finding));
  const fileCounts = new Map<string, Counts>();
  for (const file of new Set(active.map((finding) => finding.file))) {
    fileCounts.set(file, countFindings(active.filter((finding) => finding.file === file)));
  }
  const counts = countFindings(active);
  const failing = isFailing(counts, options.policy);
  return {
    version: context.version,
    cwd: context.cwd,
    files: gathered.files,
    findings: options.policy.quiet
      ? active.filter((finding) => finding.severity === 'error')
      : active,
    accepted: findings.filter(isAccepted),
    baselineGone: matched?.gone,
    counts,
    fileCounts,
    policy: options.policy,
    unreadable: gathered.unreadable,
    unreadableDirectories: gathered.unreadableDirectories,
    skipped: gathered.skipped,
    verbose: options.verbose,
    failing,
    exitCode: gathered.unreadable > 0 ? 2 : failing ? 1 : 0,
    texts: gathered.texts,
    locale: options.locale,
  };
}

/** What a check runs with: the configuration with the command line over it, paths and baseline. */
interface Settings {
  readonly config: ResolvedConfig;
  readonly targets: readonly string[];
  /** The baseline as given (for messages) and absolute, when there is one. */
  readonly baseline: { readonly name: string; readonly path: string } | undefined;
}

/**
 * Reads the configuration and puts the command line over it.
 *
 * @throws {@link UsageError} when the configuration is not valid.
 */
function settle(options: Options, cwd: string): Settings {
  const loaded = loadConfig(options.config, cwd, COMMAND);
  // The report and baseline files written by a run are not plan files of the next.
  // Nor are configuration files, wherever they lie.
  const written = [options.output, options.baseline ?? loaded.baseline].flatMap((file) =>
    file === undefined ? [] : [resolve(cwd, file)],
  );
  const config: ResolvedConfig = {
    ...loaded,
    rules: ruleOverrides(options.rules, loaded.rules, COMMAND),
    exclude: (source) =>
      CONFIG_FILE.test(source) ||
      written.includes(resolve(cwd, source)) ||
      (loaded.exclude?.(source) ?? false),
  };
  const name = options.baseline ?? config.baseline;
  return {
    config,
    targets: options.targets ?? config.files ?? ['.'],
    baseline: name === undefined ? undefined : { name, path: resolve(cwd, name) },
  };
}

/**
 * `aicb validate`: reads the files, validates them as one workspace, applies the configuration,
 * suppressions and baseline, and writes the report in the chosen format.
 *
 * @param args - The arguments after `validate`.
 * @param context - Version and working directory.
 * @returns The exit code: 0 valid, 1 findings that fail the check, 2 a file could not be read.
 */
export async function run(args: readonly string[], context: CommandContext): Promise<number> {
  const options = await readOptions(args);
  const render = loadFormat(options.format);
  const { config, targets, baseline: baselineFile } = settle(options, context.cwd);
  if (options.watch) {
    const { watchWorkspace } = await import('../validate/watch.js');
    return watchWorkspace({
      targets,
      // The configuration and baseline are read again on each check, so edits to them count.
      files: [config.source, baselineFile?.name].flatMap((file) =>
        file === undefined ? [] : [resolve(context.cwd, file)],
      ),
      cwd: context.cwd,
      check: async () => {
        const current = settle(options, context.cwd);
        return judge(
          await check(
            { kind: 'paths', targets: current.targets },
            current.config,
            context.cwd,
            options.verbose,
            options.locale,
          ),
          options,
          context,
          current.baseline === undefined
            ? undefined
            : readBaseline(current.baseline.path, current.baseline.name, COMMAND),
        );
      },
      render: await render,
      color: useColor(process.env, process.stdout.isTTY),
    });
  }
  const input: Input =
    targets.length === 1 && targets[0] === '-'
      ? { kind: 'stdin', source: options.stdinFilename, text: await readStdin() }
      : { kind: 'paths', targets };
  const gathered = await check(input, config, context.cwd, options.verbose, options.locale);
  if (options.updateBaseline && baselineFile === undefined) {
    throw new UsageError(
      '--update-baseline needs --baseline FILE, or baseline in the configuration',
      COMMAND,
    );
  }
  let baseline: Baseline | undefined;
  if (baselineFile !== undefined) {
    if (options.updateBaseline) {
      const accepted = gathered.findings.filter((finding) => finding.suppression === undefined);
      writeBaseline(baselineFile.path, baselineFile.name, accepted, context.cwd, COMMAND);
    }
    baseline = readBaseline(baselineFile.path, baselineFile.name, COMMAND);
  }
  const report = judge(gathered, options, context, baseline);
  const output = (await render)(report, {
    color: options.output === undefined && useColor(process.env, process.stdout.isTTY),
  });
  if (options.output === undefined) {
    process.stdout.write(output);
  } else {
    try {
      writeFileSync(resolve(context.cwd, options.output), output);
    } catch (error) {
      throw new UsageError(
        `cannot write '${printable(options.output)}': ${fsReason(error)}`,
        COMMAND,
      );
    }
  }
  return report.exitCode;
}
