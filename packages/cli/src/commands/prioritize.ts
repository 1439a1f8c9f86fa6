import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type {
  InitiativeCatalogue,
  NeedsAssessment,
  PlanDocument,
  ScoringMethod,
  ScoringProfile,
  SourcePosition,
} from '@itu-aicb/core';
import { PRIORITY_CRITERIA, SCORING_METHODS, validateWorkspaceText } from '@itu-aicb/core';
import type { PrioritizationSensitivity, Prioritization } from '@itu-aicb/scoring';
import { ScoringError, prioritizationSensitivity, prioritizeMeasures } from '@itu-aicb/scoring';
import type { CommandContext } from '../commands.js';
import { printable } from '../formats/code-frame.js';
import { UsageError, fromParseArgsError } from '../usage-error.js';
import { discover } from '../validate/discover.js';
import { formatOf, readFiles } from '../validate/read-files.js';

const COMMAND = 'aicb prioritize';
const OUTPUTS = ['table', 'json', 'csv', 'markdown'] as const;
type Output = (typeof OUTPUTS)[number];

interface Options {
  readonly plan: string;
  readonly assessments: readonly string[];
  readonly catalogues: readonly string[];
  readonly profile: string | undefined;
  readonly method: ScoringMethod | undefined;
  readonly top: number | undefined;
  readonly explain: boolean;
  readonly samples: number | undefined;
  readonly seed: number;
  readonly format: Output;
}

function wholeNumber(
  value: string | undefined,
  option: string,
  minimum: number,
): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < minimum || !Number.isSafeInteger(Number(value))) {
    throw new UsageError(
      `${option} needs a whole number of ${minimum} or more, not '${value}'`,
      COMMAND,
    );
  }
  return Number(value);
}

function readOptions(args: readonly string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        assessments: { type: 'string', short: 'a', multiple: true },
        catalogue: { type: 'string', short: 'c', multiple: true },
        profile: { type: 'string', short: 'p' },
        method: { type: 'string', short: 'm' },
        top: { type: 'string', short: 'n' },
        explain: { type: 'boolean', short: 'e' },
        sensitivity: { type: 'string' },
        seed: { type: 'string' },
        format: { type: 'string', short: 'f' },
        debug: { type: 'boolean' },
      },
    });
  } catch (error) {
    throw fromParseArgsError(error, COMMAND);
  }
  const { values, positionals } = parsed;
  const [plan, ...extra] = positionals;
  if (plan === undefined) throw new UsageError('give the work plan file', COMMAND);
  if (extra.length > 0)
    throw new UsageError(`give one work plan, not ${positionals.length} paths`, COMMAND);
  const format = values.format ?? 'table';
  if (!(OUTPUTS as readonly string[]).includes(format)) {
    throw new UsageError(`unknown format '${format}' (use one of ${OUTPUTS.join(', ')})`, COMMAND);
  }
  const method = values.method;
  if (method !== undefined && !(SCORING_METHODS as readonly string[]).includes(method)) {
    throw new UsageError(
      `unknown method '${method}' (use one of ${SCORING_METHODS.join(', ')})`,
      COMMAND,
    );
  }
  const seed = wholeNumber(values.seed, '--seed', 0) ?? 1;
  const samples = wholeNumber(values.sensitivity, '--sensitivity', 1);
  if (values.seed !== undefined && samples === undefined) {
    throw new UsageError('--seed goes with --sensitivity', COMMAND);
  }
  return {
    plan,
    assessments: values.assessments ?? [],
    catalogues: values.catalogue ?? [],
    profile: values.profile,
    method: method as ScoringMethod | undefined,
    top: wholeNumber(values.top, '--top', 1),
    explain: values.explain ?? false,
    samples,
    seed,
    format: format as Output,
  };
}

/** One line about an error in the files: `file:line:column  code  message`, made printable. */
function errorLine(
  file: string,
  position: SourcePosition | undefined,
  code: string,
  message: string,
): string {
  const where = position === undefined ? file : `${file}:${position.line}:${position.column}`;
  return `${printable(where)}  ${printable(code)}  ${printable(message)}\n`;
}

/** A word of a command line, quoted for a POSIX shell when it needs to be. */
const shellWord = (word: string): string =>
  /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;

interface Documents {
  readonly plans: Extract<PlanDocument, { kind: 'WorkPlan' }>[];
  readonly profiles: ScoringProfile[];
  readonly ofKind: <K extends PlanDocument['kind']>(
    kind: K,
  ) => Extract<PlanDocument, { kind: K }>[];
}

/**
 * The documents the command ranks, found and read as `aicb validate` finds and reads them (a
 * directory gives its .yaml, .yml and .json files that declare a known kind) and validated
 * together. Errors stop the command: they are written on standard error, and the exit code is
 * returned instead.
 */
async function loadDocuments(options: Options, cwd: string): Promise<Documents | 1 | 2> {
  if (options.plan === '') throw new UsageError('the path of the work plan is empty', COMMAND);
  let planIsDirectory = false;
  try {
    planIsDirectory = statSync(resolve(cwd, options.plan)).isDirectory();
  } catch {
    // A path that does not exist or cannot be looked at is reported below.
  }
  if (planIsDirectory) {
    throw new UsageError(`'${options.plan}' is a directory; give the work plan file`, COMMAND);
  }
  const targets = [
    ...new Set([
      options.plan,
      ...(options.profile === undefined ? [] : [options.profile]),
      ...options.assessments,
      ...options.catalogues,
    ]),
  ];
  const { candidates, problems } = await discover(targets, cwd, {
    command: COMMAND,
    globs: false,
  });
  const read = readFiles(candidates, problems, cwd, () => undefined);
  // Without catalogues, initiatives cannot be resolved, and leverage counts none of them.
  const result = validateWorkspaceText(
    read.files.map((file) => ({
      source: file.source,
      text: file.text,
      format: formatOf(file.source),
    })),
    options.catalogues.length === 0 ? { rules: { 'workspace/unresolved-initiative': 'off' } } : {},
  );
  const errors = [
    ...read.findings.map((finding) =>
      errorLine(finding.file, finding.position, finding.code, finding.message),
    ),
    ...result.issues.map((issue) =>
      errorLine(issue.source ?? '', issue.position, issue.code, issue.message),
    ),
  ];
  if (errors.length > 0) {
    for (const line of errors) process.stderr.write(line);
    // A file or directory that cannot be read is said in one line, as input that cannot be used.
    if (read.unreadable > 0) return 2;
    process.stderr.write(
      printable(
        `aicb: the files have ${errors.length} error${errors.length === 1 ? '' : 's'}. For the full report, run: aicb validate ${targets.map(shellWord).join(' ')}`,
      ) + '\n',
    );
    return 1;
  }
  const documents = result.documents.flatMap(({ source, result: r }) =>
    r.ok ? [{ source, document: r.value }] : [],
  );
  const ofKind = <K extends PlanDocument['kind']>(kind: K) =>
    documents.flatMap(({ document }) =>
      document.kind === kind ? [document as Extract<PlanDocument, { kind: K }>] : [],
    );
  return { plans: ofKind('WorkPlan'), profiles: ofKind('ScoringProfile'), ofKind };
}

/**
 * A copy of a value with every string made printable: text from the files must not reach a
 * terminal, a spreadsheet or a table as control characters or line breaks.
 */
function printableDeep<T>(value: T): T {
  if (typeof value === 'string') return printable(value) as T;
  if (Array.isArray(value)) return (value as unknown[]).map((item) => printableDeep(item)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, printableDeep(item)]),
    ) as T;
  }
  return value;
}

/** The profile used when none is given: the ten built-in criteria, equal weights, TOPSIS. */
function defaultProfile(): ScoringProfile {
  return {
    kind: 'ScoringProfile',
    schemaVersion: 1,
    id: 'default',
    title: { en: 'All built-in criteria, equal weights' },
    method: { name: 'topsis' },
    criteria: PRIORITY_CRITERIA.map((id) => ({ id })),
    weighting: { type: 'equal' },
    missingData: 'worst',
    ties: { policy: 'min', tolerance: 1e-9 },
  };
}

/**
 * A CSV cell. Text that a spreadsheet would take as a formula (starting with `=`, `+`, `-`, `@`, a
 * tab or a carriage return) gets a leading `'`; numbers are written as they are.
 */
function csvCell(value: string | number | null): string {
  const text =
    value === null
      ? ''
      : typeof value === 'string' && /^[=+\-@\t\r]/.test(value)
        ? `'${value}`
        : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A Markdown table cell: line breaks become spaces, and `\` and `|` are escaped. */
const markdownCell = (text: string): string =>
  text
    .replace(/\r\n|\r|\n/g, ' ')
    .replaceAll('\\', '\\\\')
    .replaceAll('|', '\\|');

function formatTable(
  result: Prioritization,
  shown: Prioritization['ranking'],
  explain: boolean,
): string {
  const lines = [
    `Priorities by ${result.method} (profile ${result.profile}; ${result.better} score is better)`,
    '',
    `${'rank'.padStart(4)}  ${'measure'.padEnd(12)} ${'score'.padStart(8)}  title`,
  ];
  const labels = new Map(result.criteria.map((c) => [c.id, c.label]));
  for (const entry of shown) {
    lines.push(
      `${String(entry.rank).padStart(4)}  ${entry.measureId.padEnd(12)} ${entry.score.toFixed(4).padStart(8)}  ${entry.title}`,
    );
    if (explain) {
      lines.push(`        ${entry.reason}`);
      for (const value of entry.values) {
        const raw =
          value.raw === null
            ? `missing (${value.missing ?? ''}; ${value.filled ?? ''} ${value.value.toPrecision(4)})`
            : value.raw.toPrecision(4);
        lines.push(
          `        ${(labels.get(value.criterion) ?? value.criterion).padEnd(40)} ${raw.padEnd(12)} contribution ${value.contribution.toFixed(4)}`,
        );
      }
    }
  }
  for (const entry of result.excluded)
    lines.push(`   -  ${entry.measureId.padEnd(12)} excluded: ${entry.missing.join('; ')}`);
  if (result.consistency !== undefined) {
    lines.push(
      '',
      `AHP consistency ratio ${result.consistency.consistencyRatio.toFixed(3)} (${result.consistency.randomIndex.table})`,
    );
  }
  if (result.notes.length > 0) lines.push('', ...result.notes.map((note) => `note: ${note}`));
  return `${lines.join('\n')}\n`;
}

function formatSensitivity(sensitivity: PrioritizationSensitivity, result: Prioritization): string {
  const percent = (x: number): string => `${(x * 100).toFixed(1)}%`;
  const lines = [
    '',
    `Stability: the order ${sensitivity.top.join(', ')} holds while each weight stays within`,
    ...sensitivity.weightStability.map(
      (c) =>
        `  ${c.criterion.padEnd(22)} ${c.weight.toFixed(3)}  [${c.low.toFixed(3)}, ${c.high.toFixed(3)}]${c.exact ? '' : ' (to 1e-9)'}`,
    ),
    `Rank acceptability over ${sensitivity.samples.toLocaleString('en')} random weight vectors (seed ${sensitivity.seed}):`,
    ...sensitivity.acceptability.map(
      (a) =>
        `  ${a.measureId.padEnd(12)} first ${percent(a.byRank[0] ?? 0).padStart(6)}  expected rank ${a.expectedRank.toFixed(2)}`,
    ),
    `Agreement with ${result.method} (Spearman, Kendall):`,
    ...sensitivity.agreement.methods.map(
      (m, i) =>
        `  ${m.method.padEnd(18)} ${(sensitivity.agreement.spearman[0]?.[i] ?? 0).toFixed(3)}  ${(sensitivity.agreement.kendall[0]?.[i] ?? 0).toFixed(3)}`,
    ),
    ...sensitivity.skippedMethods.map((s) => `  ${s.method.padEnd(18)} left out: ${s.reason}`),
  ];
  return `${lines.join('\n')}\n`;
}

function render(
  options: Options,
  result: Prioritization,
  sensitivity: PrioritizationSensitivity | undefined,
): string {
  const shown = options.top === undefined ? result.ranking : result.ranking.slice(0, options.top);
  switch (options.format) {
    case 'json':
      return `${JSON.stringify(
        {
          profile: result.profile,
          method: result.method,
          better: result.better,
          criteria: result.criteria,
          ranking: shown,
          excluded: result.excluded,
          ...(result.consistency === undefined ? {} : { consistency: result.consistency }),
          notes: result.notes,
          ...(sensitivity === undefined ? {} : { sensitivity }),
        },
        null,
        2,
      )}\n`;
    case 'csv': {
      const header = [
        'rank',
        'measure',
        'title',
        'score',
        'reason',
        ...result.criteria.map((c) => c.id),
      ];
      const rows = shown.map((entry) => [
        entry.rank,
        entry.measureId,
        entry.title,
        entry.score,
        entry.reason,
        ...entry.values.map((v) => v.raw),
      ]);
      return `${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\n')}\n`;
    }
    case 'markdown': {
      const lines = [
        `| rank | measure | score | title | why |`,
        `| ---: | --- | ---: | --- | --- |`,
        ...shown.map(
          (e) =>
            `| ${e.rank} | ${markdownCell(e.measureId)} | ${e.score.toFixed(4)} | ${markdownCell(e.title)} | ${markdownCell(e.reason)} |`,
        ),
      ];
      if (result.notes.length > 0)
        lines.push('', ...result.notes.map((note) => `- ${markdownCell(note)}`));
      return `${lines.join('\n')}\n${sensitivity === undefined ? '' : `\n\`\`\`\n${formatSensitivity(sensitivity, result).trim()}\n\`\`\`\n`}`;
    }
    case 'table':
      return (
        formatTable(result, shown, options.explain) +
        (sensitivity === undefined ? '' : formatSensitivity(sensitivity, result))
      );
  }
}

/**
 * `aicb prioritize`: ranks the measures of a work plan against the needs assessments and
 * initiative catalogues with a scoring profile, explains the ranks and, with `--sensitivity`,
 * how stable the ranking is.
 *
 * @param args - The arguments after `prioritize`.
 * @param context - Version and working directory.
 * @returns The exit code: 0, 1 when the files have errors or the ranking cannot be made, 2 for a
 *   usage error (thrown).
 */
export async function run(args: readonly string[], context: CommandContext): Promise<number> {
  const options = readOptions(args);
  const loaded = await loadDocuments(options, context.cwd);
  if (typeof loaded === 'number') return loaded;
  const { plans, profiles, ofKind } = loaded;
  const [plan] = plans;
  if (plans.length !== 1 || plan === undefined) {
    throw new UsageError(`the files hold ${plans.length} work plans; give exactly one`, COMMAND);
  }
  if (profiles.length > 1)
    throw new UsageError(`the files hold ${profiles.length} scoring profiles; give one`, COMMAND);
  const base = profiles[0] ?? defaultProfile();
  const profile: ScoringProfile =
    options.method === undefined
      ? base
      : { ...base, method: { ...base.method, name: options.method } };
  const assessments: NeedsAssessment[] = ofKind('NeedsAssessment');
  const catalogues: InitiativeCatalogue[] = ofKind('InitiativeCatalogue');
  let ranked: Prioritization;
  let sensitivity: PrioritizationSensitivity | undefined;
  try {
    ranked = prioritizeMeasures({ plan, profile, assessments, catalogues });
    sensitivity =
      options.samples === undefined
        ? undefined
        : prioritizationSensitivity(ranked, profile, {
            samples: options.samples,
            seed: options.seed,
          });
  } catch (error) {
    if (error instanceof ScoringError) {
      process.stderr.write(
        `aicb: the measures cannot be ranked: ${printable(error.message)} [${printable(error.code)}]\n`,
      );
      return 1;
    }
    throw error;
  }
  // JSON keeps the text exact (it escapes control characters itself); the other formats are
  // written from a printable copy.
  process.stdout.write(
    options.format === 'json'
      ? render(options, ranked, sensitivity)
      : render(options, printableDeep(ranked), printableDeep(sensitivity)),
  );
  return 0;
}
