import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import type {
  InitiativeCatalogue,
  NeedsAssessment,
  PlanDocument,
  ScoringMethod,
  ScoringProfile,
} from '@itu-aicb/core';
import { PRIORITY_CRITERIA, SCORING_METHODS, validateWorkspaceText } from '@itu-aicb/core';
import type { PrioritizationSensitivity, Prioritization } from '@itu-aicb/scoring';
import { ScoringError, prioritizationSensitivity, prioritizeMeasures } from '@itu-aicb/scoring';
import type { CommandContext } from '../commands.js';
import { UsageError, fromParseArgsError } from '../usage-error.js';

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

/** The plan files a path names: the file itself, or the YAML and JSON files under a directory. */
function filesAt(path: string, cwd: string): string[] {
  const absolute = resolve(cwd, path);
  let stats;
  try {
    stats = statSync(absolute);
  } catch {
    throw new UsageError(`'${path}' does not exist`, COMMAND);
  }
  if (!stats.isDirectory()) return [absolute];
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') return [];
      const child = join(dir, entry.name);
      if (entry.isDirectory()) return walk(child);
      return /\.(ya?ml|json)$/i.test(entry.name) ? [child] : [];
    });
  return walk(absolute).sort();
}

const display = (cwd: string, path: string): string => relative(cwd, path).split(sep).join('/');

/** The documents the command ranks, validated together; findings stop the command. */
function loadDocuments(options: Options, cwd: string) {
  const paths = [
    ...filesAt(options.plan, cwd),
    ...(options.profile === undefined ? [] : filesAt(options.profile, cwd)),
    ...options.assessments.flatMap((path) => filesAt(path, cwd)),
    ...options.catalogues.flatMap((path) => filesAt(path, cwd)),
  ];
  const unique = [...new Set(paths)];
  const files = unique.map((path) => {
    try {
      return { source: display(cwd, path), text: readFileSync(path, 'utf8') };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new UsageError(`cannot read '${display(cwd, path)}': ${reason}`, COMMAND);
    }
  });
  // Without catalogues, initiatives cannot be resolved, and leverage counts none of them.
  const result = validateWorkspaceText(
    files,
    options.catalogues.length === 0 ? { rules: { 'workspace/unresolved-initiative': 'off' } } : {},
  );
  const documents = result.documents.flatMap(({ source, result: r }) =>
    r.ok ? [{ source, document: r.value }] : [],
  );
  const ofKind = <K extends PlanDocument['kind']>(kind: K) =>
    documents.flatMap(({ document }) =>
      document.kind === kind ? [document as Extract<PlanDocument, { kind: K }>] : [],
    );
  return { result, plans: ofKind('WorkPlan'), profiles: ofKind('ScoringProfile'), ofKind };
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

function csvCell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const markdownCell = (text: string): string => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

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
export function run(args: readonly string[], context: CommandContext): Promise<number> {
  const options = readOptions(args);
  const { result, plans, profiles, ofKind } = loadDocuments(options, context.cwd);
  if (!result.ok) {
    for (const issue of result.issues) {
      const where =
        issue.position === undefined
          ? (issue.source ?? '')
          : `${issue.source ?? ''}:${issue.position.line}:${issue.position.column}`;
      process.stderr.write(`${where}  ${issue.code}  ${issue.message}\n`);
    }
    process.stderr.write(
      `aicb: the files have ${result.issues.length} error${result.issues.length === 1 ? '' : 's'}; run 'aicb validate' on them for details.\n`,
    );
    return Promise.resolve(1);
  }
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
        `aicb: the measures cannot be ranked: ${error.message} [${error.code}]\n`,
      );
      return Promise.resolve(1);
    }
    throw error;
  }
  process.stdout.write(render(options, ranked, sensitivity));
  return Promise.resolve(0);
}
