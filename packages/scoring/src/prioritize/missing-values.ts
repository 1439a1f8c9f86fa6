import type { Measure, MissingDataPolicy, OfficialLanguage } from '@itu-aicb/core';
import { pickText } from '@itu-aicb/core';
import { ScoringError } from '../kernel/scoring-error.js';
import type { PrioritizeWording } from './wording/prioritize-wording.js';
import { englishPrioritizeWording } from './wording/prioritize-wording.js';
import type { CriterionFacts } from './criteria/criterion.js';
import type { ResolvedCriterion } from './derive-criteria.js';

/** One measure's raw values (undefined when missing) and what they were made of. */
export interface MeasureRow {
  readonly measure: Measure;
  readonly raw: readonly (number | undefined)[];
  readonly facts: readonly CriterionFacts[];
}

/** A measure left out by the `exclude` policy, with each missing value and why. */
export interface LeftOut {
  readonly measureId: string;
  readonly title: string;
  readonly titleLanguage: OfficialLanguage;
  readonly missing: readonly string[];
}

/** Each missing value of a row as `criterion: why it is missing`. */
export function missingValues(
  row: MeasureRow,
  criteria: readonly ResolvedCriterion[],
  wording: PrioritizeWording = englishPrioritizeWording,
): string[] {
  return row.raw.flatMap((value, j) =>
    value === undefined
      ? [`${criteria[j]?.label ?? ''}: ${wording.missing(row.facts[j]?.missing ?? 'missing')}`]
      : [],
  );
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * The rows to rank under the `fail` and `exclude` policies (the others keep every row), and the
 * measures left out; throws when fewer than two remain.
 */
export function keepRankable(
  all: readonly MeasureRow[],
  criteria: readonly ResolvedCriterion[],
  policy: MissingDataPolicy,
  wording: PrioritizeWording = englishPrioritizeWording,
  language: OfficialLanguage = 'en',
): { rows: MeasureRow[]; excluded: LeftOut[] } {
  const missingOf = (row: MeasureRow): string[] => missingValues(row, criteria, wording);
  const excluded: LeftOut[] = [];
  let rows = [...all];
  if (policy === 'fail' || policy === 'exclude') {
    rows = all.filter((row) => {
      const missing = missingOf(row);
      if (missing.length === 0) return true;
      if (policy === 'fail') {
        throw new ScoringError(
          'missing-value',
          `Measure ${row.measure.id} lacks a value (${missing.join('; ')}) and the profile's missing-data policy is fail.`,
          { row: all.indexOf(row) },
        );
      }
      const title = pickText(row.measure.title, language);
      excluded.push({
        measureId: row.measure.id,
        title: title.text,
        titleLanguage: title.language,
        missing,
      });
      return false;
    });
  }
  if (rows.length < 2) {
    throw new ScoringError(
      'too-few-alternatives',
      `Prioritisation needs at least two measures to rank; ${rows.length} ${rows.length === 1 ? 'is' : 'are'} left${excluded.length > 0 ? ` after excluding ${excluded.length} with missing values` : ''}.`,
    );
  }
  return { rows, excluded };
}

/**
 * The decision matrix with the remaining gaps filled by the policy (`median` of the others, else
 * the worst of the others), and the fill used. A value missing for every measure has nothing to
 * compare with, so it is the same for all and cannot change the order.
 */
export function fillMissing(
  rows: readonly MeasureRow[],
  criteria: readonly ResolvedCriterion[],
  policy: MissingDataPolicy,
  notes: string[],
  wording: PrioritizeWording = englishPrioritizeWording,
): { matrix: number[][]; fill: 'worst' | 'median' } {
  const fills = criteria.map((criterion, j) => {
    const known = rows.flatMap((row) => (row.raw[j] === undefined ? [] : [row.raw[j]]));
    if (known.length === 0) {
      if (rows.some((row) => row.raw[j] === undefined)) {
        notes.push(wording.notes.noValue(criterion.label));
      }
      return 0;
    }
    if (policy === 'median') return median(known);
    return criterion.direction === 'cost' ? Math.max(...known) : Math.min(...known);
  });
  const fill = policy === 'median' ? 'median' : 'worst';
  const matrix = rows.map((row) => row.raw.map((value, j) => value ?? fills[j] ?? 0));
  const filledCount = rows.reduce((n, row) => n + row.raw.filter((v) => v === undefined).length, 0);
  if (filledCount > 0) {
    notes.push(wording.notes.filled(filledCount, fill));
  }
  return { matrix, fill };
}
