import type {
  InitiativeCatalogue,
  Measure,
  NeedsAssessment,
  OfficialLanguage,
  ScoringMethod,
  ScoringProfile,
  WorkPlan,
} from '@itu-aicb/core';
import { pickText } from '@itu-aicb/core';
import { normalize } from '../kernel/normalization.js';
import type { CriterionDirection } from '../kernel/criterion-direction.js';
import { ScoringError } from '../kernel/scoring-error.js';
import type { MethodResult } from '../methods/method-options.js';
import { methodEntry } from '../methods/method-registry.js';
import type { PlanInputs } from './criteria/criterion.js';
import type { ResolvedCriterion } from './derive-criteria.js';
import {
  criterionContext,
  criterionValue,
  referenceCurrency,
  resolveCriteria,
} from './derive-criteria.js';
import { vulnerability } from './criteria/assessments.js';
import { explainRank } from './explain.js';
import { spreadOf } from './spread.js';
import type { MethodSettings } from './method-settings.js';
import { methodSettings } from './method-settings.js';
import type { MeasureRow } from './missing-values.js';
import { fillMissing, keepRankable, missingValues } from './missing-values.js';
import { weighCriteria } from './weigh-criteria.js';
import type { PrioritizeWording } from './wording/prioritize-wording.js';
import { englishPrioritizeWording } from './wording/prioritize-wording.js';
import type { ScoringLocale } from './wording/scoring-locale.js';

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
  /**
   * The date (`YYYY-MM-DD`) on which countries' LDC, LLDC and SIDS memberships are read, for
   * reach and need. Default: the start of the plan's period. A membership that is uncertain on
   * that date (a graduation awaiting its decision) counts and is flagged in the notes.
   */
  readonly asOf?: string;
  /**
   * The language of reasons, notes, criterion names and titles: English by default, or a locale
   * imported from its entry, such as `import { fr } from '@itu-aicb/scoring/locales/fr'` (it also
   * serves as the `locale` of core's validators). Ids, numbers and codes are the same in every
   * language.
   */
  readonly locale?: ScoringLocale;
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
 * How many of a measure's criteria were measured and how many the missing-data policy filled in.
 *
 * @example
 * ```ts
 * declare const entry: RankedMeasure;
 * `${entry.completeness.measured} of ${entry.completeness.criteria} measured`;
 * ```
 */
export interface Completeness {
  /** The number of criteria of the profile. */
  readonly criteria: number;
  /** The criteria with a value derived from the documents. */
  readonly measured: number;
  /** The criteria whose value is missing (filled in by the policy when the measure is ranked). */
  readonly filled: number;
  /** `measured / criteria`, from 0 to 1. */
  readonly share: number;
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
  /** The measure's title in the chosen language, or in English where the plan has no translation. */
  readonly title: string;
  /** The language `title` is in: English when the plan has no title in the chosen language. */
  readonly titleLanguage: OfficialLanguage;
  /** Its rank, 1 the highest priority, under the profile's tie policy. */
  readonly rank: number;
  /** Its score under the method (see `better` of the prioritisation). */
  readonly score: number;
  /** One entry per criterion, in the profile's order. */
  readonly values: readonly CriterionScore[];
  /** A short plain-language reason for the rank: strengths, weaknesses and unknown values. */
  readonly reason: string;
  /** How many of its criteria were measured and how many filled in. */
  readonly completeness: Completeness;
}

/**
 * A measure listed apart as "not enough data to rank": fewer of its criteria are measured than
 * the profile's `minimumCompleteness`.
 *
 * @example
 * ```ts
 * declare const result: Prioritization;
 * result.incomplete.map((entry) => `${entry.measureId}: ${entry.completeness.measured} measured`);
 * ```
 */
export interface IncompleteMeasure {
  /** The measure's id. */
  readonly measureId: string;
  /** The measure's title in the chosen language, or in English where the plan has no translation. */
  readonly title: string;
  /** The language `title` is in: English when the plan has no title in the chosen language. */
  readonly titleLanguage: OfficialLanguage;
  /** How many of its criteria were measured. */
  readonly completeness: Completeness;
  /** For each missing criterion value: the criterion and why it is missing. */
  readonly missing: readonly string[];
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
  /** The measure's title in the chosen language, or in English where the plan has no translation. */
  readonly title: string;
  /** The language `title` is in: English when the plan has no title in the chosen language. */
  readonly titleLanguage: OfficialLanguage;
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
  /**
   * What a score means under the method, in one line, and that scores compare measures only
   * within this run.
   */
  readonly scoreMeaning: string;
  /** The date country groups were read on (`YYYY-MM-DD`), and where it came from. */
  readonly asOf: { readonly date: string; readonly source: 'option' | 'plan-period-start' };
  /** The criteria with their final weights, in the profile's order. */
  readonly criteria: readonly PrioritizedCriterion[];
  /** The ranked measures, best first (ties in plan order). */
  readonly ranking: readonly RankedMeasure[];
  /** Measures left out because a value is missing (policy `exclude`). */
  readonly excluded: readonly ExcludedMeasure[];
  /** Measures listed apart as "not enough data to rank" (below the profile's `minimumCompleteness`). */
  readonly incomplete: readonly IncompleteMeasure[];
  /** The AHP consistency of the judgements, with AHP weighting. */
  readonly consistency?: {
    readonly lambdaMax: number;
    readonly consistencyIndex: number;
    readonly consistencyRatio: number;
    readonly randomIndex: { readonly table: string; readonly value: number };
    readonly acceptable: boolean;
  };
  /**
   * The method with every parameter resolved for this matrix (normalisation, `v`, each
   * criterion's preference function and SPOTIS bounds), so that analyses of the result can run
   * it, and the other methods, without the profile.
   */
  readonly settings: MethodSettings;
  /** Things a planner should know about the result, in plain words. */
  readonly notes: readonly string[];
  /** The decision matrix of the ranked measures (rows in plan order), as the method saw it. */
  readonly matrix: readonly (readonly number[])[];
  /** The measure id of each row of `matrix` and `details`. */
  readonly rows: readonly string[];
  /** The method's full result, with its intermediate values, rows in plan order. */
  readonly details: MethodResult<ScoringMethod>;
}

/** The wording of a prioritisation and the language of the documents' own texts. */
interface Speech {
  readonly wording: PrioritizeWording;
  readonly language: OfficialLanguage;
}

/** A measure's title in the language, or in English, with the language it is in. */
function titled(
  measure: Measure,
  language: OfficialLanguage,
): Pick<RankedMeasure, 'title' | 'titleLanguage'> {
  const title = pickText(measure.title, language);
  return { title: title.text, titleLanguage: title.language };
}

/** The as-of date: the option, else the start of the plan's period. */
function resolveAsOf(input: PrioritizeInput): Prioritization['asOf'] {
  if (input.asOf === undefined)
    return { date: input.plan.period.start, source: 'plan-period-start' };
  if (!isIsoDate(input.asOf)) {
    throw new ScoringError(
      'invalid-option',
      `asOf must be a YYYY-MM-DD date, not "${input.asOf}".`,
    );
  }
  return { date: input.asOf, source: 'option' };
}

/** The note that says on which date country groups were read, and which answers were uncertain. */
function asOfNote(
  inputs: PlanInputs,
  asOf: Prioritization['asOf'],
  wording: PrioritizeWording,
): string {
  const countries = new Set([
    ...inputs.plan.measures.flatMap((measure) => measure.targetCountries),
    ...inputs.assessments.flatMap((a) => (a.scope.type === 'country' ? [a.scope.country] : [])),
  ]);
  const uncertain = [...countries].sort().flatMap((country) => {
    const standing = vulnerability(country, asOf.date);
    return standing.status === 'uncertain' ? [`${country} (${standing.uncertain.join(', ')})`] : [];
  });
  return wording.notes.asOf({ date: asOf.date, source: asOf.source, uncertain });
}

/** How many of a row's criteria were measured and how many are missing. */
function completenessOf(row: MeasureRow): Completeness {
  const measured = row.raw.filter((value) => value !== undefined).length;
  const criteria = row.raw.length;
  return {
    criteria,
    measured,
    filled: criteria - measured,
    share: criteria === 0 ? 1 : measured / criteria,
  };
}

/** Sets apart the rows with fewer measured criteria than the profile's minimum share. */
function setApartIncomplete(
  all: readonly MeasureRow[],
  criteria: readonly ResolvedCriterion[],
  minimum: number | undefined,
  notes: string[],
  speech: Speech,
): { complete: MeasureRow[]; incomplete: IncompleteMeasure[] } {
  if (minimum === undefined) return { complete: [...all], incomplete: [] };
  const complete: MeasureRow[] = [];
  const incomplete: IncompleteMeasure[] = [];
  for (const row of all) {
    const completeness = completenessOf(row);
    if (completeness.share >= minimum) {
      complete.push(row);
      continue;
    }
    const title = pickText(row.measure.title, speech.language);
    incomplete.push({
      measureId: row.measure.id,
      title: title.text,
      titleLanguage: title.language,
      completeness,
      missing: missingValues(row, criteria, speech.wording),
    });
  }
  if (incomplete.length > 0) {
    notes.push(speech.wording.notes.incomplete(incomplete.length, minimum));
  }
  return { complete, incomplete };
}

/** Whether a text is a date of the calendar written `YYYY-MM-DD` (not `2026-02-30`). */
function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const time = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === text;
}

/** One row per measure of the plan: its raw value on each criterion and what it was made of. */
function deriveRows(inputs: PlanInputs, criteria: readonly ResolvedCriterion[]): MeasureRow[] {
  const context = criterionContext(inputs);
  return inputs.plan.measures.map((measure) => {
    const derived = criteria.map((criterion) => criterionValue(criterion, measure, context));
    return { measure, raw: derived.map((d) => d.value), facts: derived.map((d) => d.facts) };
  });
}

/**
 * A note per budget currency the profile gives no rate for, when costs are compared: the cost of
 * each measure budgeted in it is missing, and filled by the policy without this saying why.
 */
function noteMissingRates(
  inputs: PlanInputs,
  criteria: readonly ResolvedCriterion[],
  notes: string[],
  wording: PrioritizeWording,
): void {
  if (!criteria.some((criterion) => criterion.id === 'cost-per-beneficiary')) return;
  const reference = referenceCurrency(inputs);
  if (reference === undefined) return;
  const rates = inputs.profile.currency?.rates ?? {};
  const without = new Map<string, number>();
  for (const { budget } of inputs.plan.measures) {
    if (budget === undefined || budget.currency === reference) continue;
    if (Object.hasOwn(rates, budget.currency)) continue;
    without.set(budget.currency, (without.get(budget.currency) ?? 0) + 1);
  }
  for (const [currency, measures] of [...without].sort(([a], [b]) => a.localeCompare(b))) {
    notes.push(wording.notes.noRate(currency, reference, measures));
  }
}

function noteConstantCriteria(
  criteria: readonly ResolvedCriterion[],
  matrix: readonly (readonly number[])[],
  notes: string[],
  wording: PrioritizeWording,
): void {
  const constant = criteria.filter((_, j) => matrix.every((row) => row[j] === matrix[0]?.[j]));
  if (constant.length > 0) {
    notes.push(wording.notes.constant(constant.map((c) => c.label)));
  }
}

/** Runs `step`, rethrowing a scoring error with the criterion and measure it names by id. */
function namingPlaces<T>(
  criteria: readonly ResolvedCriterion[],
  rows: readonly MeasureRow[],
  step: () => T,
): T {
  try {
    return step();
  } catch (error) {
    if (!(error instanceof ScoringError)) throw error;
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
}

/** Weighs the criteria and runs the method, with what each criterion adds to each score. */
function score(
  profile: ScoringProfile,
  criteria: readonly ResolvedCriterion[],
  matrix: readonly (readonly number[])[],
  settings: MethodSettings,
  notes: string[],
  wording: PrioritizeWording,
): {
  details: MethodResult<ScoringMethod>;
  contributions: number[][];
  consistency: Prioritization['consistency'];
} {
  const directions: CriterionDirection[] = criteria.map((criterion) => criterion.direction);
  const { weights, consistency } = weighCriteria(profile, criteria, matrix, directions);
  if (consistency !== undefined && !consistency.acceptable) {
    notes.push(
      wording.notes.inconsistent(
        consistency.consistencyRatio,
        profile.weighting.type === 'ahp' ? profile.weighting.maxConsistencyRatio : 0.1,
      ),
    );
  }
  const { name, ...parameters } = settings;
  const method = methodEntry(name);
  const details = method.bind(parameters)(matrix, {
    weights,
    directions,
    ties: profile.ties.policy,
    tolerance: profile.ties.tolerance,
  });
  return {
    details,
    contributions: method.contributions(matrix, directions, parameters, details),
    consistency,
  };
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
  const asOf = resolveAsOf(input);
  const inputs: PlanInputs = {
    plan: input.plan,
    profile: input.profile,
    assessments: input.assessments ?? [],
    catalogues: input.catalogues ?? [],
    asOf: asOf.date,
  };
  const { profile } = inputs;
  const speech: Speech = {
    wording: input.locale?.prioritize ?? englishPrioritizeWording,
    language: input.locale?.language ?? 'en',
  };
  const { wording } = speech;
  const criteria = resolveCriteria(profile, speech);
  const notes: string[] = [asOfNote(inputs, asOf, wording)];

  // Build the matrix, set apart the measures with too little data, then fill the values still
  // missing.
  const { complete, incomplete } = setApartIncomplete(
    deriveRows(inputs, criteria),
    criteria,
    profile.minimumCompleteness,
    notes,
    speech,
  );
  const { rows, excluded } = keepRankable(
    complete,
    criteria,
    profile.missingData,
    wording,
    speech.language,
  );
  noteMissingRates(inputs, criteria, notes, wording);
  const { matrix, fill } = fillMissing(rows, criteria, profile.missingData, notes, wording);

  // Weigh and score.
  const settings = methodSettings(profile, criteria, matrix, notes, wording);
  if (settings.name === 'vikor') noteConstantCriteria(criteria, matrix, notes, wording);
  const { details, contributions, consistency } = namingPlaces(criteria, rows, () =>
    score(profile, criteria, matrix, settings, notes, wording),
  );
  const weights = details.weights;

  // Explain: each value scaled to [0, 1] for reading, and a reason per rank.
  const normalized = normalize(matrix, {
    method: 'min-max',
    directions: criteria.map((criterion) => criterion.direction),
  });
  const entries = rows.map((row, i) => {
    const values: CriterionScore[] = criteria.map((criterion, j) => {
      const raw = row.raw[j];
      const missing = row.facts[j]?.missing;
      return {
        criterion: criterion.id,
        raw: raw ?? null,
        value: matrix[i]?.[j] ?? 0,
        ...(raw === undefined ? { filled: fill } : {}),
        ...(missing === undefined ? {} : { missing: wording.missing(missing) }),
        normalized: normalized[i]?.[j] ?? 0,
        contribution: contributions[i]?.[j] ?? 0,
      };
    });
    return { row, i, values, rank: details.ranks[i] ?? 0, score: details.scores[i] ?? 0 };
  });
  const spreads = criteria.map((criterion, j) =>
    spreadOf(
      rows.flatMap((row) => (row.raw[j] === undefined ? [] : [row.raw[j]])),
      criterion.direction,
    ),
  );
  const ranking: RankedMeasure[] = [...entries]
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map((entry) => ({
      measureId: entry.row.measure.id,
      ...titled(entry.row.measure, speech.language),
      rank: entry.rank,
      score: entry.score,
      values: entry.values,
      reason: explainRank(
        {
          rank: entry.rank,
          total: rows.length,
          criteria,
          weights,
          spreads,
          values: entry.values,
          facts: entry.row.facts,
        },
        wording,
      ),
      completeness: completenessOf(entry.row),
    }));

  return {
    profile: profile.id,
    method: profile.method.name,
    better: details.better,
    scoreMeaning: wording.scoreMeaning[profile.method.name],
    asOf,
    criteria: criteria.map((criterion, j) => ({
      id: criterion.id,
      label: criterion.label,
      direction: criterion.direction,
      weight: weights[j] ?? 0,
      builtIn: criterion.builtIn,
    })),
    ranking,
    excluded,
    incomplete,
    ...(consistency === undefined ? {} : { consistency }),
    notes,
    matrix,
    rows: rows.map((row) => row.measure.id),
    details,
    settings,
  };
}
