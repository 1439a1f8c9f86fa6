import type { Locale } from '@itu-aicb/core';
import type { PrioritizationSensitivity, Prioritization } from '@itu-aicb/scoring';
import { printable } from '../code-frame.js';
import { CLI_WORDING } from '../../language/cli-wording.js';

/** The output formats of `aicb prioritize --format`. */
export const PRIORITY_FORMATS = ['table', 'json', 'csv', 'markdown'] as const;

/** A priority format's name. */
export type PriorityFormatName = (typeof PRIORITY_FORMATS)[number];

/** What `aicb prioritize` writes: the ranking, the ranks shown and the stability analysis. */
export interface PriorityReport {
  /** The prioritisation of the plan's measures. */
  readonly result: Prioritization;
  /** The ranks shown: every rank, or the first `--top`. */
  readonly shown: Prioritization['ranking'];
  /** With `--sensitivity`, how stable the ranking is. */
  readonly sensitivity: PrioritizationSensitivity | undefined;
  /** With `--explain`, the table shows each measure's criterion values and contributions. */
  readonly explain: boolean;
  /** The language of the human formats' own words and numbers; English when not given. */
  readonly locale?: Locale;
}

/** A priority format: turns the report into the text written to standard output. */
export type RenderPriorities = (report: PriorityReport) => string;

/** The formats, by name; each module is loaded only when it is used. */
const LOADERS: Readonly<Record<PriorityFormatName, () => Promise<RenderPriorities>>> = {
  table: async () => (await import('./table.js')).renderPriorityTable,
  json: async () => (await import('./json.js')).renderPriorityJson,
  csv: async () => (await import('./csv.js')).renderPriorityCsv,
  markdown: async () => (await import('./markdown.js')).renderPriorityMarkdown,
};

/**
 * Whether a name is one of {@link PRIORITY_FORMATS}.
 *
 * @param name - What was given to `--format`.
 * @returns Whether it is a priority format.
 */
export function isPriorityFormatName(name: string): name is PriorityFormatName {
  return (PRIORITY_FORMATS as readonly string[]).includes(name);
}

/**
 * Loads one priority format's module, so that the others are never loaded.
 *
 * @param name - The format.
 * @returns Its render function.
 */
export function loadPriorityFormat(name: PriorityFormatName): Promise<RenderPriorities> {
  return LOADERS[name]();
}

/**
 * A copy of a value with every string made printable: text from the files must not reach a
 * terminal, a spreadsheet or a table as control characters or line breaks.
 *
 * @param value - A report, or part of one.
 * @returns The copy.
 */
export function printableDeep<T>(value: T): T {
  if (typeof value === 'string') return printable(value) as T;
  if (Array.isArray(value)) return (value as unknown[]).map((item) => printableDeep(item)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, printableDeep(item)]),
    ) as T;
  }
  return value;
}

/**
 * A number with fixed decimals for people to read, never `-0.0000`: a value that rounds to zero
 * is written without a sign.
 *
 * @param value - The number.
 * @param digits - The decimals.
 * @returns The text.
 */
export function fixed(value: number, digits: number): string {
  const text = value.toFixed(digits);
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

/**
 * A ranked measure's completeness as `8/10`: criteria measured out of the profile's criteria.
 *
 * @param completeness - The measure's completeness.
 * @returns The text.
 */
export function completenessText(completeness: {
  readonly measured: number;
  readonly criteria: number;
}): string {
  return `${completeness.measured}/${completeness.criteria}`;
}

/**
 * The line that says how many ranked measures `--top` left out, if it left any out, in the
 * report's language: lists are complete or say what they cut.
 *
 * @param report - The report.
 * @returns The line, or `undefined` when every ranked measure is shown.
 */
export function notShownText(report: PriorityReport): string | undefined {
  const hidden = report.result.ranking.length - report.shown.length;
  if (hidden <= 0) return undefined;
  const numbers = new Intl.NumberFormat(report.locale?.intl ?? 'en');
  return CLI_WORDING[report.locale?.language ?? 'en'].ranking.notShown(
    hidden,
    numbers.format(hidden),
    numbers.format(report.result.ranking.length),
  );
}
