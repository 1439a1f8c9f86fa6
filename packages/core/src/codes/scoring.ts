/**
 * The prioritisation methods a scoring profile can name. `@itu-aicb/scoring` implements each one
 * and documents its formula.
 *
 * @example
 * ```ts
 * SCORING_METHODS.includes('topsis');
 * //=> true
 * ```
 */
export const SCORING_METHODS = [
  'weighted-sum',
  'weighted-product',
  'topsis',
  'vikor',
  'promethee-ii',
  'copras',
  'spotis',
] as const;

/**
 * One prioritisation method.
 *
 * @example
 * ```ts
 * const method: ScoringMethod = 'vikor';
 * ```
 */
export type ScoringMethod = (typeof SCORING_METHODS)[number];

/**
 * The built-in criteria for prioritising measures, each derived from the work plan, the needs
 * assessments and the initiative catalogues. `@itu-aicb/scoring` documents each formula.
 *
 * @example
 * ```ts
 * PRIORITY_CRITERIA[0];
 * //=> 'need-severity'
 * ```
 */
export const PRIORITY_CRITERIA = [
  'need-severity',
  'vulnerable-reach',
  'cost-per-beneficiary',
  'initiative-leverage',
  'co-financing',
  'coordination',
  'alignment',
  'feasibility',
  'risk',
  'time-to-results',
] as const;

/**
 * One built-in criterion.
 *
 * @example
 * ```ts
 * const criterion: PriorityCriterion = 'co-financing';
 * ```
 */
export type PriorityCriterion = (typeof PRIORITY_CRITERIA)[number];

/**
 * What each built-in criterion measures, in a few words, and its direction: `benefit` when more
 * is better, `cost` when less is (`CriterionDirection` in `@itu-aicb/scoring`).
 *
 * @example
 * ```ts
 * PRIORITY_CRITERION_INFO.risk.direction;
 * //=> 'cost'
 * ```
 */
export const PRIORITY_CRITERION_INFO: Readonly<
  Record<PriorityCriterion, { readonly label: string; readonly direction: 'benefit' | 'cost' }>
> = {
  'need-severity': { label: 'Need severity addressed', direction: 'benefit' },
  'vulnerable-reach': { label: 'Reach to LDCs, LLDCs and SIDS', direction: 'benefit' },
  'cost-per-beneficiary': { label: 'Cost per beneficiary', direction: 'cost' },
  'initiative-leverage': { label: 'Leverage of existing initiatives', direction: 'benefit' },
  'co-financing': { label: 'Co-financing secured', direction: 'benefit' },
  coordination: { label: 'Cross-sector coordination', direction: 'benefit' },
  alignment: { label: 'Alignment with mandates and SDG targets', direction: 'benefit' },
  feasibility: { label: 'Feasibility', direction: 'benefit' },
  risk: { label: 'Risk', direction: 'cost' },
  'time-to-results': { label: 'Time to first results', direction: 'cost' },
};

/**
 * What prioritisation does with a measure that lacks a value a criterion needs: leave the measure
 * out of the ranking (`exclude`), give it the worst value any measure has on that criterion
 * (`worst`), the median of the others (`median`), or stop with an error (`fail`). Every measure a
 * policy fills in is flagged in the result; a missing value is never taken as zero.
 *
 * @example
 * ```ts
 * MISSING_DATA_POLICIES;
 * //=> ['worst', 'median', 'exclude', 'fail']
 * ```
 */
export const MISSING_DATA_POLICIES = ['worst', 'median', 'exclude', 'fail'] as const;

/**
 * One missing-data policy.
 *
 * @example
 * ```ts
 * const policy: MissingDataPolicy = 'worst';
 * ```
 */
export type MissingDataPolicy = (typeof MISSING_DATA_POLICIES)[number];

/**
 * How criterion weights are set in a scoring profile: given per criterion (`direct`), all equal,
 * from AHP pairwise judgements, from an order of importance (`rank-order`), or from the spread of
 * the data (`entropy`, `critic`, `standard-deviation`).
 *
 * @example
 * ```ts
 * WEIGHTING_TYPES.includes('ahp');
 * //=> true
 * ```
 */
export const WEIGHTING_TYPES = [
  'direct',
  'equal',
  'ahp',
  'rank-order',
  'entropy',
  'critic',
  'standard-deviation',
] as const;

/**
 * One way of setting weights.
 *
 * @example
 * ```ts
 * const weighting: WeightingType = 'rank-order';
 * ```
 */
export type WeightingType = (typeof WEIGHTING_TYPES)[number];

/**
 * Normalisations a profile can ask of the methods that take one (weighted sum, TOPSIS).
 *
 * @example
 * ```ts
 * NORMALIZATIONS;
 * //=> ['vector', 'min-max', 'max', 'sum']
 * ```
 */
export const NORMALIZATIONS = ['vector', 'min-max', 'max', 'sum'] as const;

/**
 * PROMETHEE preference functions, by name.
 *
 * @example
 * ```ts
 * PREFERENCE_FUNCTIONS.length;
 * //=> 6
 * ```
 */
export const PREFERENCE_FUNCTIONS = [
  'usual',
  'u-shape',
  'v-shape',
  'level',
  'linear',
  'gaussian',
] as const;

/**
 * Rank-order weighting schemes: rank-order centroid, rank sum, rank reciprocal, or equal.
 *
 * @example
 * ```ts
 * RANK_ORDER_SCHEMES[0];
 * //=> 'centroid'
 * ```
 */
export const RANK_ORDER_SCHEMES = ['centroid', 'sum', 'reciprocal', 'equal'] as const;

/**
 * Published random-index tables for the AHP consistency ratio.
 *
 * @example
 * ```ts
 * RANDOM_INDEX_TABLE_NAMES[0];
 * //=> 'saaty-1980'
 * ```
 */
export const RANDOM_INDEX_TABLE_NAMES = ['saaty-1980', 'alonso-lamata-2006'] as const;

/**
 * The published random-index tables for the AHP consistency ratio, by name; entry `n - 1` is
 * `RI(n)`, the mean consistency index of random reciprocal matrices of order `n`. Validation uses
 * them; the public name of these tables is `RANDOM_INDEX_TABLES` in `@itu-aicb/scoring`, and a test
 * there checks that both give the same `RI(n)`.
 *
 * - `saaty-1980`: Saaty, T. L. (1980). The Analytic Hierarchy Process. McGraw-Hill; n = 1..10.
 * - `alonso-lamata-2006`: Alonso, J. A. and Lamata, M. T. (2006). Consistency in the analytic
 *   hierarchy process: a new approach. International Journal of Uncertainty, Fuzziness and
 *   Knowledge-Based Systems 14(4), 445-459; n = 1..15.
 *
 * @example
 * ```ts
 * AHP_RANDOM_INDEX['saaty-1980'][2];
 * //=> 0.58
 * ```
 */
export const AHP_RANDOM_INDEX: Readonly<
  Record<(typeof RANDOM_INDEX_TABLE_NAMES)[number], readonly number[]>
> = {
  'saaty-1980': [0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49],
  'alonso-lamata-2006': [
    0, 0, 0.5245, 0.8815, 1.1086, 1.2479, 1.3417, 1.4056, 1.4499, 1.4854, 1.5141, 1.5365, 1.5551,
    1.5713, 1.5838,
  ],
};

/**
 * How tied scores share ranks: the mean of their places, the best place, consecutive places
 * (`dense`), or places in input order (`ordinal`).
 *
 * @example
 * ```ts
 * RANK_TIE_POLICIES.includes('dense');
 * //=> true
 * ```
 */
export const RANK_TIE_POLICIES = ['average', 'min', 'dense', 'ordinal'] as const;

/**
 * Measure fields holding a number that a profile's own criterion can read (`field`). A list
 * field counts its entries; `estimates.scores.<name>` reads a planner's own score.
 *
 * @example
 * ```ts
 * MEASURE_NUMERIC_FIELDS.includes('budget.amount');
 * //=> true
 * ```
 */
export const MEASURE_NUMERIC_FIELDS = [
  'budget.amount',
  'budget.secured',
  'estimates.beneficiaries',
  'estimates.feasibility',
  'estimates.risk',
  'estimates.monthsToFirstResults',
  'objectives',
  'pillars',
  'contributors',
  'targetRegions',
  'targetCountries',
  'targetGroups',
  'buildsOn',
  'partners',
  'indicators',
  'sdgTargets',
  'mandates',
] as const;
