import type { ScoringMethod, ScoringProfile } from '@itu-aicb/core';
import { SCORING_METHODS } from '@itu-aicb/core';
import { ScoringError } from '../kernel/scoring-error.js';
import type { Prioritization } from '../prioritize/prioritize-measures.js';
import type { MethodAgreement } from './compare-methods.js';
import { compareMethods } from './compare-methods.js';
import { methodFunction } from './methods.js';
import { rankAcceptability } from './rank-acceptability.js';
import { weightStability } from './weight-stability.js';

/**
 * A method's error with the matrix row and column it names put as the measure and the criterion
 * (`The value of measure M-3 on Cost per beneficiary is 0`), since readers know those, not the
 * matrix.
 */
function namingMeasures(error: unknown, result: Prioritization): string {
  if (!(error instanceof Error)) return String(error);
  const measure = (row: string): string => result.rows[Number(row)] ?? `row ${row}`;
  const criterion = (column: string): string =>
    result.criteria[Number(column)]?.label ?? `column ${column}`;
  return error.message
    .replace(
      /\bat row (\d+), column (\d+)/g,
      (_, row: string, column: string) => `of measure ${measure(row)} on ${criterion(column)}`,
    )
    .replace(/\bon column (\d+)/g, (_, column: string) => `on ${criterion(column)}`)
    .replace(/\bof column (\d+)/g, (_, column: string) => `of ${criterion(column)}`)
    .replace(/\bfor column (\d+)/g, (_, column: string) => `for ${criterion(column)}`);
}

/**
 * Options of {@link prioritizationSensitivity}.
 *
 * @example
 * ```ts
 * const options: SensitivityOptions = { samples: 10_000, seed: 42, top: 3 };
 * ```
 */
export interface SensitivityOptions {
  /** Monte Carlo samples of the weights. Default 10,000. */
  readonly samples?: number;
  /** Seed of the generator. Default 1. */
  readonly seed?: number;
  /** How many of the best measures must keep their order for the weight intervals. Default 3. */
  readonly top?: number;
}

/**
 * How stable a prioritisation is, by measure and criterion ids.
 *
 * @example
 * ```ts
 * declare const sensitivity: PrioritizationSensitivity;
 * sensitivity.acceptability.map((entry) => `${entry.measureId}: ${entry.byRank[0]}`);
 * ```
 */
export interface PrioritizationSensitivity {
  /** The measures whose order the weight intervals keep, best first. */
  readonly top: readonly string[];
  /** Per criterion, the interval its weight can move over before that order changes. */
  readonly weightStability: readonly {
    readonly criterion: string;
    readonly weight: number;
    readonly low: number;
    readonly high: number;
    readonly exact: boolean;
  }[];
  /** Per measure, in ranking order: how often it took each rank under random weights. */
  readonly acceptability: readonly {
    readonly measureId: string;
    /** `byRank[r]`: the share of samples in which the measure took rank `r + 1`. */
    readonly byRank: readonly number[];
    readonly expectedRank: number;
    /** Mean weights, by criterion id, of the samples in which it ranked first; `null` if never. */
    readonly centralWeights: Readonly<Record<string, number>> | null;
  }[];
  /**
   * Ranks under every method that can take the values, the profile's own first, and their
   * agreement.
   */
  readonly agreement: MethodAgreement;
  /** Methods left out of the agreement, with the reason (for example zeros for the weighted product). */
  readonly skippedMethods: readonly { readonly method: ScoringMethod; readonly reason: string }[];
  readonly samples: number;
  readonly seed: number;
}

const isProfile = (
  value: ScoringProfile | SensitivityOptions | undefined,
): value is ScoringProfile => value !== undefined && 'criteria' in value;

/**
 * Analyses how far a prioritisation holds: the interval each criterion's weight can move over
 * before the order of the top measures changes ({@link weightStability}), how often each measure
 * takes each rank under random weights ({@link rankAcceptability}, seeded), and the ranks under
 * every method with their agreement ({@link compareMethods}). The method's parameters come from
 * the prioritisation's `settings`.
 *
 * @param result - The prioritisation, from {@link prioritizeMeasures}.
 * @param options - Samples, seed and the size of the top.
 * @returns The weight intervals, rank acceptabilities and method agreement by id.
 * @throws {@link ScoringError} `invalid-option` for a sample count or seed out of range.
 *
 * @example
 * ```ts
 * declare const result: Prioritization;
 * const sensitivity = prioritizationSensitivity(result, { samples: 10_000, seed: 42 });
 * sensitivity.weightStability.map((c) => `${c.criterion}: ${c.low.toFixed(2)}-${c.high.toFixed(2)}`);
 * ```
 */
export function prioritizationSensitivity(
  result: Prioritization,
  options?: SensitivityOptions,
): PrioritizationSensitivity;
/**
 * The earlier form, which also took the profile. The prioritisation now carries the method's
 * parameters, so the profile is only checked to be the one the prioritisation used; prefer
 * `prioritizationSensitivity(result, options)`.
 *
 * @param result - The prioritisation, from {@link prioritizeMeasures}.
 * @param profile - The profile it was made with.
 * @param options - Samples, seed and the size of the top.
 * @returns The weight intervals, rank acceptabilities and method agreement by id.
 * @throws {@link ScoringError} `invalid-option` when the profile is not the one the
 *   prioritisation used, or for a sample count or seed out of range.
 *
 * @example
 * ```ts
 * declare const result: Prioritization;
 * declare const profile: ScoringProfile;
 * prioritizationSensitivity(result, profile, { seed: 42 });
 * ```
 */
export function prioritizationSensitivity(
  result: Prioritization,
  profile: ScoringProfile,
  options?: SensitivityOptions,
): PrioritizationSensitivity;
export function prioritizationSensitivity(
  result: Prioritization,
  second?: ScoringProfile | SensitivityOptions,
  third?: SensitivityOptions,
): PrioritizationSensitivity {
  const options = isProfile(second) ? (third ?? {}) : (second ?? {});
  if (
    isProfile(second) &&
    (second.id !== result.profile || second.criteria.length !== result.criteria.length)
  ) {
    throw new ScoringError(
      'invalid-option',
      `The profile "${second.id}" is not the one the prioritisation used ("${result.profile}").`,
    );
  }
  const samples = options.samples ?? 10_000;
  const seed = options.seed ?? 1;
  const { matrix } = result;
  const weights = result.criteria.map((c) => c.weight);
  const directions = result.criteria.map((c) => c.direction);
  // The matrix rows are in plan order; the ranking is sorted.
  const rowIds = result.rows;
  const method = result.settings;
  const stability = weightStability(matrix, {
    method,
    weights,
    directions,
    top: Math.min(options.top ?? 3, matrix.length),
  });
  const smaa = rankAcceptability(matrix, { method, directions, samples, seed });
  const skippedMethods: { method: ScoringMethod; reason: string }[] = [];
  // The profile's own method first, so that the first row of each matrix compares with it.
  const candidates = [result.method, ...SCORING_METHODS.filter((name) => name !== result.method)];
  const runnable = candidates.filter((name) => {
    try {
      methodFunction({ ...result.settings, name })(matrix, weights, directions, 'average');
      return true;
    } catch (error) {
      skippedMethods.push({
        method: name,
        reason: namingMeasures(error, result),
      });
      return false;
    }
  });
  const agreement = compareMethods(matrix, {
    methods: runnable.map((name) => ({ ...result.settings, name })),
    weights,
    directions,
  });
  const byRow = new Map(rowIds.map((id, i) => [id, i]));
  return {
    top: stability.top.map((i) => rowIds[i] ?? ''),
    weightStability: stability.criteria.map((entry) => ({
      criterion: result.criteria[entry.criterion]?.id ?? '',
      weight: entry.weight,
      low: entry.low,
      high: entry.high,
      exact: entry.exact,
    })),
    acceptability: result.ranking.map((entry) => {
      const i = byRow.get(entry.measureId) ?? 0;
      const central = smaa.centralWeights[i];
      return {
        measureId: entry.measureId,
        byRank: smaa.acceptability[i] ?? [],
        expectedRank: smaa.expectedRank[i] ?? 0,
        centralWeights:
          central === null || central === undefined
            ? null
            : Object.fromEntries(result.criteria.map((c, j) => [c.id, central[j] ?? 0])),
      };
    }),
    agreement,
    skippedMethods,
    samples,
    seed,
  };
}
