import type { ScoringProfile } from '@itu-aicb/core';
import type { Prioritization, PrioritizationSensitivity } from '@itu-aicb/scoring';
import { prioritizationSensitivity, rankAcceptability } from '@itu-aicb/scoring';

/**
 * Above this many ranked measures the report leaves out the weight-stability intervals and the
 * agreement between methods: the interval scan runs the method thousands of times (about 12 s for
 * 1,000 measures), which would make the page slow to write for little reading value.
 */
export const FULL_ANALYSIS_LIMIT = 250;

/** Without a sample count given, the draws are cut so that draws times measures stay below this. */
const DEFAULT_WORK = 100_000;
const DEFAULT_SAMPLES = 1000;
const FEWEST_SAMPLES = 100;

/** The stability analysis the report shows: rank acceptability always, the rest when affordable. */
export type ReportStability =
  | { readonly full: true; readonly analysis: PrioritizationSensitivity }
  | {
      readonly full: false;
      readonly analysis: Pick<PrioritizationSensitivity, 'acceptability' | 'samples' | 'seed'>;
    };

/**
 * The stability analysis of a ranking: `prioritizationSensitivity` for up to
 * {@link FULL_ANALYSIS_LIMIT} ranked measures, rank acceptability alone above. Without a sample
 * count, 1,000 draws, fewer (down to 100) for a large plan.
 */
export function stabilityAnalysis(
  ranking: Prioritization,
  profile: ScoringProfile,
  options: { readonly samples?: number; readonly seed?: number },
): ReportStability {
  const measures = ranking.ranking.length;
  const samples =
    options.samples ??
    Math.min(DEFAULT_SAMPLES, Math.max(FEWEST_SAMPLES, Math.floor(DEFAULT_WORK / measures)));
  const seed = options.seed ?? 1;
  if (measures <= FULL_ANALYSIS_LIMIT) {
    return {
      full: true,
      analysis: prioritizationSensitivity(ranking, profile, { samples, seed }),
    };
  }
  const smaa = rankAcceptability(ranking.matrix, {
    method: ranking.settings,
    directions: ranking.criteria.map((c) => c.direction),
    samples,
    seed,
  });
  // The matrix rows are in plan order; the ranking is sorted.
  const row = new Map(ranking.rows.map((id, index) => [id, index]));
  return {
    full: false,
    analysis: {
      samples,
      seed,
      acceptability: ranking.ranking.map((entry) => {
        const index = row.get(entry.measureId) ?? 0;
        return {
          measureId: entry.measureId,
          byRank: smaa.acceptability[index] ?? [],
          expectedRank: smaa.expectedRank[index] ?? 0,
          centralWeights: null,
        };
      }),
    },
  };
}
