import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { LoadPlanFilesOptions, PlanFiles } from '@itu-aicb/core/node';
import { PlanFileSearchError, loadPlanFiles } from '@itu-aicb/core/node';
import type { ReportLocale } from '@itu-aicb/report';
import { monitoringFromReports, renderPlanReport } from '@itu-aicb/report';
import type { CommandContext } from '../commands.js';
import { isCalendarDate, parseCommandArgs, wholeNumberOption } from '../command-args.js';
import { printable } from '../formats/code-frame.js';
import { chooseLocale } from '../language/choose-locale.js';
import { configuredSearch } from '../config/configured-search.js';
import { loadConfig } from '../config/load-config.js';
import { UsageError } from '../usage-error.js';

const COMMAND = 'aicb report';

interface Options {
  readonly targets: readonly string[];
  /** How to search, from the configuration. */
  readonly search: Pick<LoadPlanFilesOptions, 'exclude' | 'validate'>;
  /** The configuration's scoring profile, read when the files hold none. */
  readonly profile: string | undefined;
  readonly out: string | undefined;
  readonly asOf: string;
  /** Random weight vectors; `undefined` for the report's default. */
  readonly samples: number | undefined;
  readonly seed: number;
  /** The language of the page, chosen as the other commands choose theirs. */
  readonly locale: ReportLocale;
}

/** The options whose value is a number. */
const NUMBER_OPTIONS = new Set(['--sensitivity', '--seed']);

/**
 * The arguments with a negative number after a number option joined to it (`--seed=-3`), so that
 * the option gets the value and its check says what it needs, rather than that it has none.
 */
function withNegativeValues(args: readonly string[]): string[] {
  const joined: string[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    const next = args[index + 1];
    if (arg === '--') return [...joined, ...args.slice(index)];
    if (NUMBER_OPTIONS.has(arg) && next !== undefined && /^-\d/.test(next)) {
      joined.push(`${arg}=${next}`);
      index += 1;
    } else {
      joined.push(arg);
    }
  }
  return joined;
}

async function readOptions(args: readonly string[], cwd: string): Promise<Options> {
  const { values, positionals } = parseCommandArgs(
    withNegativeValues(args),
    {
      out: { type: 'string', short: 'o' },
      'as-of': { type: 'string' },
      config: { type: 'string' },
      sensitivity: { type: 'string' },
      seed: { type: 'string' },
      lang: { type: 'string' },
      debug: { type: 'boolean' },
    },
    COMMAND,
  );
  const locale = await chooseLocale(values.lang, process.env, COMMAND);
  // The configuration's files, rule severities, profile and date stand where the command line
  // gives none.
  const config = loadConfig(values.config, cwd, COMMAND);
  const asOf = values['as-of'] ?? config.asOf ?? new Date().toISOString().slice(0, 10);
  if (!isCalendarDate(asOf)) {
    throw new UsageError(`--as-of needs a date as YYYY-MM-DD, not '${asOf}'`, COMMAND);
  }
  if (values.out === '') throw new UsageError('the path of --out is empty', COMMAND);
  const { targets, options: search } = configuredSearch(config, positionals);
  return {
    targets,
    search,
    profile: config.profile,
    out: values.out,
    asOf,
    samples: wholeNumberOption(values.sensitivity, '--sensitivity', 0, COMMAND),
    seed: wholeNumberOption(values.seed, '--seed', 0, COMMAND) ?? 1,
    locale,
  };
}

/**
 * `aicb report`: reads and checks the files as `aicb validate` does and writes one
 * self-contained HTML page about the plan: summary, priorities, stability, needs coverage,
 * timeline, plan health and the monitoring lenses (with progress reports) and the findings, in
 * the language `--lang` or the environment names. The page is written even when the files have
 * errors; it lists them.
 *
 * @param args - The arguments after `report`.
 * @param context - Version and working directory.
 * @returns The exit code: 0 written, 1 written but the files have errors, 2 a file could not be
 *   read or the page could not be written (a usage error is thrown).
 */
export async function run(args: readonly string[], context: CommandContext): Promise<number> {
  const options = await readOptions(args, context.cwd);
  let loaded: PlanFiles;
  try {
    loaded = await loadPlanFiles(options.targets, { cwd: context.cwd, ...options.search });
    if (loaded.profiles.length === 0 && options.profile !== undefined) {
      // The configured profile, when the files searched hold none: read again with it, so that
      // it is checked with the plan as any profile among the files is.
      loaded = await loadPlanFiles([...options.targets, options.profile], {
        cwd: context.cwd,
        ...options.search,
      });
    }
  } catch (error) {
    if (error instanceof PlanFileSearchError) throw new UsageError(error.message, COMMAND);
    throw error;
  }
  if (loaded.files.length === 0) {
    throw new UsageError(
      `no plan files found in ${options.targets.map((target) => `'${target}'`).join(', ')}`,
      COMMAND,
    );
  }
  if (loaded.plans.length > 1)
    throw new UsageError(`the files hold ${loaded.plans.length} work plans; give one`, COMMAND);
  if (loaded.profiles.length > 1)
    throw new UsageError(
      `the files hold ${loaded.profiles.length} scoring profiles; give one`,
      COMMAND,
    );
  const [plan] = loaded.plans;
  const html = renderPlanReport({
    plan,
    profile: loaded.profiles[0],
    assessments: loaded.assessments,
    catalogues: loaded.catalogues,
    findings: loaded.findings,
    asOf: options.asOf,
    locale: options.locale,
    sensitivity:
      options.samples === 0
        ? false
        : {
            ...(options.samples === undefined ? {} : { samples: options.samples }),
            seed: options.seed,
          },
    // Section 6 is there only when progress reports are among the files.
    monitoring:
      plan === undefined || loaded.reports.length === 0
        ? undefined
        : monitoringFromReports(
            {
              plan,
              reports: loaded.reports,
              asOf: options.asOf,
              assessments: loaded.assessments,
              catalogues: loaded.catalogues,
            },
            { locale: options.locale },
          ),
  });
  if (options.out === undefined) {
    process.stdout.write(html);
  } else {
    try {
      writeFileSync(resolve(context.cwd, options.out), html);
    } catch (error) {
      const reason = error instanceof Error && 'code' in error ? String(error.code) : 'error';
      process.stderr.write(
        `aicb: cannot write '${printable(options.out)}' (${printable(reason)})\n`,
      );
      return 2;
    }
    const kilobytes = Math.ceil(Buffer.byteLength(html) / 1024);
    process.stdout.write(`aicb: wrote ${printable(options.out)} (${kilobytes} KB)\n`);
  }
  const errors = loaded.findings.filter((finding) => finding.severity === 'error').length;
  if (loaded.unreadable > 0) return 2;
  if (errors > 0) {
    process.stderr.write(
      `aicb: the files have ${errors} error${errors === 1 ? '' : 's'}; the report lists them\n`,
    );
    return 1;
  }
  return 0;
}
