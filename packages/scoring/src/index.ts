export { SCORING_ERROR_CODES, ScoringError } from './kernel/scoring-error.js';
export type { ScoringErrorCode, ScoringErrorLocation } from './kernel/scoring-error.js';
export {
  CRITERION_DIRECTIONS,
  CRITERION_DIRECTION_LABELS,
  isCriterionDirection,
} from './kernel/criterion-direction.js';
export type { CriterionDirection } from './kernel/criterion-direction.js';
export { matrixToRows, prepareMatrix } from './kernel/decision-matrix.js';
export type { DecisionMatrix, MatrixInput } from './kernel/decision-matrix.js';
export { normalizeWeights } from './kernel/criterion-weights.js';
export { normalize } from './kernel/normalization.js';
export type { NormalizationMethod, NormalizeOptions } from './kernel/normalization.js';

export { equalWeights } from './weights/equal-weights.js';
export { entropyWeights } from './weights/entropy-weights.js';
export { criticWeights } from './weights/critic-weights.js';
export { standardDeviationWeights } from './weights/standard-deviation-weights.js';
export { RANDOM_INDEX_TABLES, ahpWeights } from './weights/ahp.js';
export type { AhpOptions, AhpResult, RandomIndexTable } from './weights/ahp.js';
export { aggregatePairwiseMatrices } from './weights/pairwise-aggregation.js';
export { rankOrderWeights } from './weights/rank-order-weights.js';
export type { RankOrderMethod } from './weights/rank-order-weights.js';

export type { MethodOptions, MethodResult } from './methods/method-options.js';
export { weightedSum } from './methods/weighted-sum.js';
export type { WeightedSumOptions, WeightedSumResult } from './methods/weighted-sum.js';
export { weightedProduct } from './methods/weighted-product.js';
export type { WeightedProductOptions, WeightedProductResult } from './methods/weighted-product.js';
export { topsis } from './methods/topsis.js';
export type { TopsisOptions, TopsisResult } from './methods/topsis.js';
export { vikor } from './methods/vikor.js';
export type { VikorCompromise, VikorOptions, VikorResult } from './methods/vikor.js';
export { preferenceDegree } from './methods/preference-function.js';
export type { PreferenceFunction } from './methods/preference-function.js';
export { prometheeII } from './methods/promethee-ii.js';
export type { PrometheeIIOptions, PrometheeIIResult } from './methods/promethee-ii.js';
export { copras } from './methods/copras.js';
export type { CoprasOptions, CoprasResult } from './methods/copras.js';
export { spotis } from './methods/spotis.js';
export type { SpotisOptions, SpotisResult } from './methods/spotis.js';

export { DEFAULT_TIE_TOLERANCE, rank } from './ranking/rank.js';
export type { RankOptions, TiePolicy } from './ranking/rank.js';
export {
  kendallTau,
  spearman,
  weightedSpearman,
  wsCoefficient,
} from './ranking/rank-correlation.js';

export { prioritizeMeasures } from './prioritize/prioritize-measures.js';
export { defaultScoringProfile } from './prioritize/default-profile.js';
export type {
  Completeness,
  CriterionScore,
  ExcludedMeasure,
  IncompleteMeasure,
  PrioritizeInput,
  Prioritization,
  PrioritizedCriterion,
  RankedMeasure,
} from './prioritize/prioritize-measures.js';
export { needsCoverage } from './coverage/needs-coverage.js';
export type {
  AssessedNeed,
  Coverage,
  CoverageInput,
  Overlap,
  OverlapItem,
} from './coverage/needs-coverage.js';
export { resolution1332Lenses, lensesTimeSeries } from './monitoring/resolution-1332-lenses.js';
export type {
  IntersectoralCoordination,
  LensInput,
  MembershipEngagement,
  RegionalEmpowerment,
  Resolution1332Lenses,
} from './monitoring/resolution-1332-lenses.js';
export { createRandom, splitMix64 } from './sensitivity/random.js';
export type { MethodSettings } from './prioritize/method-settings.js';
export type { MethodSpec } from './sensitivity/methods.js';
export { weightStability } from './sensitivity/weight-stability.js';
export type {
  CriterionStability,
  WeightStability,
  WeightStabilityOptions,
} from './sensitivity/weight-stability.js';
export { rankAcceptability } from './sensitivity/rank-acceptability.js';
export type {
  RankAcceptability,
  RankAcceptabilityOptions,
} from './sensitivity/rank-acceptability.js';
export { compareMethods } from './sensitivity/compare-methods.js';
export type { CompareMethodsOptions, MethodAgreement } from './sensitivity/compare-methods.js';
export { prioritizationSensitivity } from './sensitivity/prioritization-sensitivity.js';
export type {
  PrioritizationSensitivity,
  SensitivityOptions,
} from './sensitivity/prioritization-sensitivity.js';

export type { PrioritizeWording, ReasonParts } from './prioritize/wording/prioritize-wording.js';
export type { CriterionFacts, NeedGap, PhraseInput } from './prioritize/criteria/criterion.js';
export { englishPrioritizeWording } from './prioritize/wording/prioritize-wording.js';
export type { ScoringLocale } from './prioritize/wording/scoring-locale.js';
export { en as englishScoringLocale } from './locales/en.js';
