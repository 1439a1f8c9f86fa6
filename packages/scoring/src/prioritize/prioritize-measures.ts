import type {
  InitiativeCatalogue,
  Measure,
  NeedsAssessment,
  ScoringMethod,
  ScoringProfile,
  WorkPlan,
} from '@itu-aicb/core';
import type { CriterionDirection } from '../kernel/criterion-direction.js';
import { normalizeWeights } from '../kernel/criterion-weights.js';
import { ScoringError } from '../kernel/scoring-error.js';
import { copras } from '../methods/copras.js';
import type { MethodResult } from '../methods/method-options.js';
import { prometheeII } from '../methods/promethee-ii.js';
import { spotis } from '../methods/spotis.js';
import { topsis } from '../methods/topsis.js';
import { vikor } from '../methods/vikor.js';
import { weightedProduct } from '../methods/weighted-product.js';
import { weightedSum } from '../methods/weighted-sum.js';
import { ahpWeights } from '../weights/ahp.js';
import { criticWeights } from '../weights/critic-weights.js';
import { entropyWeights } from '../weights/entropy-weights.js';
import { rankOrderWeights } from '../weights/rank-order-weights.js';
import { standardDeviationWeights } from '../weights/standard-deviation-weights.js';
import { contributions } from './contributions.js';
import type { CriterionFacts, PlanInputs, ResolvedCriterion } from './derive-criteria.js';
import { criterionValue, referenceCurrency, resolveCriteria } from './derive-criteria.js';
import { explainRank } from './explain.js';
import { preferences, spotisBounds } from './method-settings.js';

/**
 * The documents {@link prioritizeMeasures} ranks: a validated work plan and profile, with the
 * needs assessments and initiative catalogues of the workspace.
 *
 * @example
 * ```ts
 * declare const plan: WorkPlan;
 * declare const profile: ScoringProfile;
 * const input: PrioritizeInput = { plan, profile, assessments: [], catalogues: [] };
 * ```
 */
export interface PrioritizeInput {
  /** The work plan whose measures are ranked. */
  readonly plan: WorkPlan;
  /** How to rank them. */
  readonly profile: ScoringProfile;
  /** The needs assessments (need severity, reach). Default: none. */
  readonly assessments?: readonly NeedsAssessment[];
  /** The initiative catalogues (leverage of existing initiatives). Default: none. */
  readonly catalogues?: readonly InitiativeCatalogue[];
}

/**
 * A criterion as used in a prioritisation.
 *
 * @example
 * ```ts
 * declare const result: Prioritization;
 * result.criteria.map((criterion) => `${criterion.label}: ${criterion.weight.toFixed(2)}`);
 * ```
 */
export interface PrioritizedCriterion {
  /** The criterion id from the profile. */
  readonly id: string;
  /** Its name in results and reasons. */
  readonly label: string;
  /** `benefit` (more is better) or `cost` (less is better). */
  readonly direction: CriterionDirection;
  /** Its weight after scaling, so that the weights sum to 1. */
  readonly weight: number;
  /** Whether it is a built-in criterion or read from a measure field. */
  readonly builtIn: boolean;
}

/**
 * One measure's value on one criterion, and what it adds to the score.
 *
 * @example
 * ```ts
 * declare const value: CriterionScore;
 * value.filled === undefined ? value.raw : `${value.value} (filled: ${value.filled})`;
 * ```
 */
export interface CriterionScore {
  /** The criterion id. */
  readonly criterion: string;
  /** The value derived from the documents, or `null` when it is missing. */
  readonly raw: number | null;
  /** The value used: the raw one, or the one the missing-data policy filled in. */
  readonly value: number;
  /** The missing-data policy that filled the value in, when it was missing. */
  readonly filled?: 'worst' | 'median';
  /** Why the raw value is missing, when it is. */
  readonly missing?: string;
  /**
   * The value scaled to [0, 1] among the ranked measures with the direction applied, 1 being the
   * best (min-max; 1 for all when every measure has the same value). For reading; the method
   * applies its own normalisation.
   */
  readonly normalized: number;
  /**
   * What this criterion adds to the measure's score under the method (see the scoring guide):
   * exact for weighted sum, SPOTIS and PROMETHEE II (the contributions sum to the score), the terms
   * of the logarithm of the score for weighted product, the terms of S for VIKOR, and stated
   * decompositions for TOPSIS and COPRAS.
   */
  readonly contribution: number;
}

/**
 * A ranked measure with its score, criterion values and the reason for its rank.
 *
 * @example
 * ```ts
 * declare const result: Prioritization;
 * for (const entry of result.ranking) console.log(entry.rank, entry.measureId, entry.reason);
 * ```
 */
export interface RankedMeasure {
  /** The measure's id. */
  readonly measureId: string;
  /** The measure's title in English. */
  readonly title: string;
  /** Its rank, 1 the highest priority, under the profile's tie policy. */
  readonly rank: number;
  /** Its score under the method (see `better` of the prioritisation). */
  readonly score: number;
  /** One entry per criterion, in the profile's order. */
  readonly values: readonly CriterionScore[];
  /** A short plain-language reason for the rank. */
  readonly reason: string;
}

/**
 * A measure left out of the ranking by the `exclude` missing-data policy.
 *
 * @example
 * ```ts
 * declare const result: Prioritization;
 * result.excluded.map((entry) => `${entry.measureId}: ${entry.missing.join('; ')}`);
 * ```
 */
export interface ExcludedMeasure {
  /** The measure's id. */
  readonly measureId: string;
  /** The measure's title in English. */
  readonly title: string;
  /** For each missing criterion value: the criterion and why it is missing. */
  readonly missing: readonly string[];
}

/**
 * The outcome of {@link prioritizeMeasures}: the ranking with its explanation.
 *
 * @example
 * ```ts
 * declare const result: Prioritization;
 * result.ranking[0]?.measureId;
 * ```
 */
export interface Prioritization {
  /** The profile's id. */
  readonly profile: string;
  /** The method used. */
  readonly method: ScoringMethod;
  /** Whether a higher or a lower score is better under the method. */
  readonly better: 'higher' | 'lower';
  /** The criteria with their final weights, in the profile's order. */
  readonly criteria: readonly PrioritizedCriterion[];
  /** The ranked measures, best first (ties in plan order). */
  readonly ranking: readonly RankedMeasure[];
  /** Measures left out because a value is missing (policy `exclude`). */
  readonly excluded: readonly ExcludedMeasure[];
  /** The AHP consistency of the judgements, with AHP weighting. */
  readonly consistency?: {
    readonly lambdaMax: number;
    readonly consistencyIndex: number;
    readonly consistencyRatio: number;
    readonly randomIndex: { readonly table: string; readonly value: number };
    readonly acceptable: boolean;
  };
  /** Things a planner should know about the result, in plain words. */
  readonly notes: readonly string[];
  /** The decision matrix of the ranked measures (rows in plan order), as the method saw it. */
  readonly matrix: readonly (readonly number[])[];
  /** The measure id of each row of `matrix` and `details`. */
  readonly rows: readonly string[];
  /** The method's full result, with its intermediate values, rows in plan order. */
  readonly details: MethodResult<ScoringMethod>;
}

interface Row {
  readonly measure: Measure;
  readonly raw: (number | undefined)[];
  readonly facts: CriterionFacts[];
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function deriveRows(inputs: PlanInputs, criteria: readonly ResolvedCriterion[]): Row[] {
  const initiativeIds = new Set(
    inputs.catalogues.flatMap((catalogue) => catalogue.initiatives.map((i) => i.id)),
  );
  const currency = referenceCurrency(inputs);
  return inputs.plan.measures.map((measure) => {
    const derived = criteria.map((criterion) =>
      criterionValue(criterion, measure, inputs, initiativeIds, currency),
    );
    return {
      measure,
      raw: derived.map((d) => d.value),
      facts: derived.map((d) => d.facts),
    };
  });
}

function computeWeights(
  profile: ScoringProfile,
  criteria: readonly ResolvedCriterion[],
  matrix: readonly (readonly number[])[],
  directions: readonly CriterionDirection[],
): { weights: number[]; consistency?: Prioritization['consistency'] } {
  const { weighting } = profile;
  switch (weighting.type) {
    case 'direct':
      return { weights: normalizeWeights(criteria.map((c) => c.profile.weight ?? 0)) };
    case 'equal':
      return { weights: criteria.map(() => 1 / criteria.length) };
    case 'ahp': {
      const result = ahpWeights(weighting.judgements, { randomIndex: weighting.randomIndex });
      return {
        weights: result.weights,
        consistency: {
          lambdaMax: result.lambdaMax,
          consistencyIndex: result.consistencyIndex,
          consistencyRatio: result.consistencyRatio,
          randomIndex: result.randomIndex,
          acceptable: result.consistencyRatio <= weighting.maxConsistencyRatio,
        },
      };
    }
    case 'rank-order': {
      const ranks = criteria.map((criterion) => {
        const index = weighting.order.indexOf(criterion.id);
        if (index < 0) {
          throw new ScoringError(
            'invalid-option',
            `The rank order does not list the criterion "${criterion.id}".`,
          );
        }
        return index + 1;
      });
      return { weights: rankOrderWeights(ranks, { method: weighting.scheme }) };
    }
    case 'entropy':
      return { weights: entropyWeights(matrix) };
    case 'critic':
      return { weights: criticWeights(matrix, { directions }) };
    case 'standard-deviation':
      return { weights: standardDeviationWeights(matrix) };
  }
}

function runMethod(
  profile: ScoringProfile,
  criteria: readonly ResolvedCriterion[],
  matrix: readonly (readonly number[])[],
  weights: readonly number[],
  directions: readonly CriterionDirection[],
  bounds: readonly (readonly [number, number])[],
): MethodResult<ScoringMethod> {
  const { method, ties } = profile;
  const base = { weights, directions, ties: ties.policy, tolerance: ties.tolerance };
  switch (method.name) {
    case 'weighted-sum':
      return weightedSum(matrix, { ...base, normalization: method.normalization ?? 'min-max' });
    case 'weighted-product':
      return weightedProduct(matrix, base);
    case 'topsis':
      return topsis(matrix, { ...base, normalization: method.normalization ?? 'vector' });
    case 'vikor':
      return vikor(matrix, { ...base, v: method.v ?? 0.5, constantCriteria: 'ignore' });
    case 'promethee-ii':
      return prometheeII(matrix, { ...base, preference: preferences(profile, criteria) });
    case 'copras':
      return copras(matrix, base);
    case 'spotis':
      return spotis(matrix, { ...base, bounds });
  }
}

function noteConstantCriteria(
  criteria: readonly ResolvedCriterion[],
  matrix: readonly (readonly number[])[],
  notes: string[],
): void {
  const constant = criteria.filter((_, j) => matrix.every((row) => row[j] === matrix[0]?.[j]));
  if (constant.length > 0) {
    notes.push(
      `Every measure has the same value on ${constant.map((c) => c.label).join(', ')}; VIKOR leaves ${constant.length === 1 ? 'that criterion' : 'those criteria'} out of S and R.`,
    );
  }
}

/**
 * Ranks the measures of a work plan against the assessed needs, as a scoring profile says: derives
 * one row per measure with the profile's criteria (see the scoring guide for each formula), fills
 * or excludes missing values by the profile's policy (and flags them), sets the weights, runs the
 * method, and explains each rank.
 *
 * @param input - The plan, the profile, and the assessments and catalogues of the workspace.
 * @returns The ranking with each measure's values, contributions and reason.
 * @throws {@link ScoringError} `missing-value` when the policy is `fail` and a value is missing,
 *   `too-few-alternatives` when fewer than two measures can be ranked, and the method's own
 *   errors (for example `zero-value` when the weighted product meets a zero), with the criterion
 *   and measure named in the message.
 *
 * @example
 * ```ts
 * declare const plan: WorkPlan;
 * declare const profile: ScoringProfile;
 * declare const assessments: NeedsAssessment[];
 * const result = prioritizeMeasures({ plan, profile, assessments });
 * for (const entry of result.ranking) console.log(entry.rank, entry.title, entry.reason);
 * ```
 */
export function prioritizeMeasures(input: PrioritizeInput): Prioritization {
  const inputs: PlanInputs = {
    plan: input.plan,
    profile: input.profile,
    assessments: input.assessments ?? [],
    catalogues: input.catalogues ?? [],
  };
  const { profile } = inputs;
  const criteria = resolveCriteria(profile);
  const notes: string[] = [];
  const all = deriveRows(inputs, criteria);

  const missingOf = (row: Row): string[] =>
    row.raw.flatMap((value, j) =>
      value === undefined
        ? [`${criteria[j]?.label ?? ''}: ${row.facts[j]?.missing ?? 'missing'}`]
        : [],
    );
  const excluded: ExcludedMeasure[] = [];
  let rows = all;
  if (profile.missingData === 'fail' || profile.missingData === 'exclude') {
    rows = all.filter((row) => {
      const missing = missingOf(row);
      if (missing.length === 0) return true;
      if (profile.missingData === 'fail') {
        throw new ScoringError(
          'missing-value',
          `Measure ${row.measure.id} lacks a value (${missing.join('; ')}) and the profile's missing-data policy is fail.`,
          { row: all.indexOf(row) },
        );
      }
      excluded.push({ measureId: row.measure.id, title: row.measure.title.en, missing });
      return false;
    });
  }
  if (rows.length < 2) {
    throw new ScoringError(
      'too-few-alternatives',
      `Prioritisation needs at least two measures to rank; ${rows.length} ${rows.length === 1 ? 'is' : 'are'} left${excluded.length > 0 ? ` after excluding ${excluded.length} with missing values` : ''}.`,
    );
  }

  // Fill the remaining gaps by the policy: a value missing for every measure has nothing to
  // compare with, so it is the same for all and cannot change the order.
  const fills = criteria.map((criterion, j) => {
    const known = rows.flatMap((row) => (row.raw[j] === undefined ? [] : [row.raw[j]]));
    if (known.length === 0) {
      if (rows.some((row) => row.raw[j] === undefined)) {
        notes.push(`No measure has a value for ${criterion.label}; it cannot change the order.`);
      }
      return 0;
    }
    if (profile.missingData === 'median') return median(known);
    return criterion.direction === 'cost' ? Math.max(...known) : Math.min(...known);
  });
  const policy = profile.missingData === 'median' ? 'median' : 'worst';
  const matrix = rows.map((row) => row.raw.map((value, j) => value ?? fills[j] ?? 0));
  const filledCount = rows.reduce((n, row) => n + row.raw.filter((v) => v === undefined).length, 0);
  if (filledCount > 0) {
    notes.push(
      `${filledCount} missing value${filledCount === 1 ? ' was' : 's were'} filled with the ${policy === 'worst' ? 'worst value of the other measures' : 'median of the other measures'}; each is flagged.`,
    );
  }

  const directions = criteria.map((criterion) => criterion.direction);
  const named = (error: unknown): never => {
    if (error instanceof ScoringError) {
      const criterion = error.column === undefined ? undefined : criteria[error.column];
      const measure = error.row === undefined ? undefined : rows[error.row]?.measure;
      const place = [
        criterion === undefined ? '' : `criterion ${criterion.id}`,
        measure === undefined ? '' : `measure ${measure.id}`,
      ]
        .filter((part) => part !== '')
        .join(', ');
      throw new ScoringError(
        error.code,
        place === '' ? error.message : `${error.message} (${place})`,
        {
          ...(error.row === undefined ? {} : { row: error.row }),
          ...(error.column === undefined ? {} : { column: error.column }),
          cause: error,
        },
      );
    }
    throw error;
  };

  const bounds = profile.method.name === 'spotis' ? spotisBounds(criteria, matrix, notes) : [];
  if (profile.method.name === 'vikor') noteConstantCriteria(criteria, matrix, notes);
  let weights: number[];
  let consistency: Prioritization['consistency'];
  let details: MethodResult<ScoringMethod>;
  try {
    ({ weights, consistency } = computeWeights(profile, criteria, matrix, directions));
    if (consistency !== undefined && !consistency.acceptable) {
      notes.push(
        `The AHP judgements are inconsistent: CR = ${consistency.consistencyRatio.toFixed(3)} is above ${profile.weighting.type === 'ahp' ? profile.weighting.maxConsistencyRatio : 0.1}; review them.`,
      );
    }
    details = runMethod(profile, criteria, matrix, weights, directions, bounds);
  } catch (error) {
    return named(error);
  }
  const used = details.weights;

  const parts = contributions(profile, criteria, matrix, used, directions, details, bounds);
  const normalized = criteria.map((criterion, j) => {
    const column = matrix.map((row) => row[j] ?? 0);
    const min = Math.min(...column);
    const max = Math.max(...column);
    return column.map((x) =>
      max === min
        ? 1
        : criterion.direction === 'cost'
          ? (max - x) / (max - min)
          : (x - min) / (max - min),
    );
  });

  const entries = rows.map((row, i) => {
    const values: CriterionScore[] = criteria.map((criterion, j) => {
      const raw = row.raw[j];
      const missing = row.facts[j]?.missing;
      return {
        criterion: criterion.id,
        raw: raw ?? null,
        value: matrix[i]?.[j] ?? 0,
        ...(raw === undefined ? { filled: policy } : {}),
        ...(missing === undefined ? {} : { missing }),
        normalized: normalized[j]?.[i] ?? 0,
        contribution: parts[i]?.[j] ?? 0,
      };
    });
    return { row, i, values, rank: details.ranks[i] ?? 0, score: details.scores[i] ?? 0 };
  });
  const ranking: RankedMeasure[] = [...entries]
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map((entry) => ({
      measureId: entry.row.measure.id,
      title: entry.row.measure.title.en,
      rank: entry.rank,
      score: entry.score,
      values: entry.values,
      reason: explainRank({
        rank: entry.rank,
        total: rows.length,
        criteria,
        weights: used,
        values: entry.values,
        facts: entry.row.facts,
      }),
    }));

  return {
    profile: profile.id,
    method: profile.method.name,
    better: details.better,
    criteria: criteria.map((criterion, j) => ({
      id: criterion.id,
      label: criterion.label,
      direction: criterion.direction,
      weight: used[j] ?? 0,
      builtIn: criterion.builtIn,
    })),
    ranking,
    excluded,
    ...(consistency === undefined ? {} : { consistency }),
    notes,
    matrix,
    rows: rows.map((row) => row.measure.id),
    details,
  };
}
