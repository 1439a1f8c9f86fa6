import {
  MEASURE_NUMERIC_FIELDS,
  PRIORITY_CRITERIA,
  type PriorityCriterion,
} from '../../codes/scoring.js';
import type { ScoringProfile } from '../../documents/scoring-profile/scoring-profile.js';
import { closestMatch } from '../../findings/closest.js';
import { toJsonPointer } from '../../findings/issue.js';
import { forEachDuplicateId } from '../list-checks.js';
import { ahpConsistency } from './ahp-consistency.js';
import type { AnyRule } from '../rule.js';
import { defineRule } from '../rule.js';

/** How far `a[i][j] * a[j][i]` may be from 1, so that judgements typed as 0.333 for 1/3 pass. */
const RECIPROCITY_TOLERANCE = 1e-3;

/** What keeps AHP judgements from being the square reciprocal matrix of `n` criteria. */
interface JudgementProblem {
  /** Where, below `weighting/judgements`. */
  readonly path: readonly number[];
  readonly problem: 'matrix-size' | 'diagonal' | 'not-reciprocal';
  readonly detail: string;
}

/**
 * The problems of AHP judgements as profile/weighting reports them: the size of the matrix, or each
 * diagonal entry that is not 1 and each pair whose product is not 1 (at the entry below the diagonal).
 */
function judgementProblems(
  judgements: readonly (readonly number[])[],
  n: number,
): JudgementProblem[] {
  if (judgements.length !== n || judgements.some((row) => row.length !== n)) {
    return [{ path: [], problem: 'matrix-size', detail: `${n} x ${n}` }];
  }
  const problems: JudgementProblem[] = [];
  judgements.forEach((row, i) => {
    row.forEach((a, j) => {
      if (j < i) return;
      if (i === j) {
        if (a !== 1) problems.push({ path: [j, i], problem: 'diagonal', detail: `row ${i + 1}` });
        return;
      }
      const b = judgements[j]?.[i] ?? Number.NaN;
      if (!(Math.abs(a * b - 1) <= RECIPROCITY_TOLERANCE)) {
        problems.push({
          path: [j, i],
          problem: 'not-reciprocal',
          detail: `${a} at row ${i + 1}, column ${j + 1}`,
        });
      }
    });
  });
  return problems;
}

const isBuiltIn = (id: string): id is PriorityCriterion =>
  (PRIORITY_CRITERIA as readonly string[]).includes(id);

/**
 * Whether a measure field can be read as a number by a profile's own criterion: one of the numeric
 * fields, or a planner's own score (the schema has checked that the name after the prefix is one
 * segment).
 */
export function isMeasureNumericField(field: string): boolean {
  return (
    (MEASURE_NUMERIC_FIELDS as readonly string[]).includes(field) ||
    field.startsWith('estimates.scores.')
  );
}

/** Criterion ids are unique in a profile. */
export const profileDuplicateCriterion = defineRule({
  code: 'profile/duplicate-criterion',
  severity: 'error',
  scope: 'ScoringProfile',
  summary: 'Each criterion appears once in a profile.',
  example:
    '`scoring-profile.yaml#/criteria/1: { id: need-severity, weight: 0.15 }`: `need-severity` twice.',
  fix: 'Remove the repeated criterion, or merge the weights.',
  check(profile: ScoringProfile, report) {
    forEachDuplicateId(
      profile.criteria.map((criterion, i) => [criterion.id, i] as const),
      (id, index, first) => {
        report(['criteria', index, 'id'], {
          id,
          first: toJsonPointer(['criteria', first, 'id']),
        });
      },
    );
  },
});

/** A criterion is built in, or the profile's own with a field and a direction. */
export const profileUnknownCriterion = defineRule({
  code: 'profile/unknown-criterion',
  severity: 'error',
  scope: 'ScoringProfile',
  summary:
    'A criterion is one of the built-in criteria, or the profile’s own with a `field` to read.',
  example: '`scoring-profile.yaml#/criteria/0/id: need-severty`: misspelt, and with no `field`.',
  fix: 'Correct the id, or add `field` and `direction` for a criterion of your own.',
  check(profile: ScoringProfile, report) {
    profile.criteria.forEach((criterion, i) => {
      if (criterion.field === undefined && !isBuiltIn(criterion.id)) {
        report(['criteria', i, 'id'], {
          id: criterion.id,
          suggestion: closestMatch(criterion.id, PRIORITY_CRITERIA),
        });
      }
    });
  },
});

/** A profile's own criterion reads a numeric measure field and says its direction. */
export const profileCriterionField = defineRule({
  code: 'profile/invalid-field',
  severity: 'error',
  scope: 'ScoringProfile',
  summary:
    'A criterion of the profile’s own reads a numeric measure field, says its direction, and does not reuse a built-in id.',
  example:
    '`scoring-profile.yaml#/criteria/-: { id: total-budget, field: budget.amout, direction: cost, weight: 0.1 }` (the field is `budget.amount`).',
  fix: 'Use one of the numeric measure fields (or estimates.scores.<name>) and add `direction`.',
  check(profile: ScoringProfile, report) {
    profile.criteria.forEach((criterion, i) => {
      const { field } = criterion;
      if (field === undefined) return;
      if (isBuiltIn(criterion.id)) {
        report(['criteria', i, 'field'], { id: criterion.id, problem: 'built-in' });
      } else if (!isMeasureNumericField(field)) {
        report(['criteria', i, 'field'], {
          id: criterion.id,
          problem: 'unknown-field',
          field,
          suggestion: closestMatch(field, MEASURE_NUMERIC_FIELDS),
        });
      } else if (criterion.direction === undefined) {
        report(['criteria', i], { id: criterion.id, problem: 'no-direction' });
      }
    });
  },
});

/** The weighting has what it needs: weights, a square reciprocal matrix, or a complete order. */
export const profileWeighting = defineRule({
  code: 'profile/weighting',
  severity: 'error',
  scope: 'ScoringProfile',
  summary:
    'Direct weighting gives every criterion a weight, not all zero; AHP judgements form a square reciprocal matrix with one row per criterion; a rank order lists every criterion once.',
  example:
    '`scoring-profile.yaml#/criteria/0: { id: need-severity }`: direct weighting, with one criterion that has no `weight`.',
  fix: 'Complete the weights, the judgements or the order so that they match `criteria`.',
  check(profile: ScoringProfile, report) {
    const { weighting, criteria } = profile;
    const n = criteria.length;
    switch (weighting.type) {
      case 'direct': {
        criteria.forEach((criterion, i) => {
          if (criterion.weight === undefined) {
            report(['criteria', i], { problem: 'missing-weight', detail: criterion.id });
          }
        });
        // A criterion without a weight is not one that weighs 0.
        if (criteria.every((criterion) => criterion.weight === 0)) {
          report(['criteria'], { problem: 'zero-weights', detail: '' });
        }
        return;
      }
      case 'ahp': {
        for (const { path, problem, detail } of judgementProblems(weighting.judgements, n)) {
          report(['weighting', 'judgements', ...path], { problem, detail });
        }
        return;
      }
      case 'rank-order': {
        const ids = new Set(criteria.map((criterion) => criterion.id));
        const listed = new Set(weighting.order);
        weighting.order.forEach((id, i) => {
          if (!ids.has(id)) {
            report(['weighting', 'order', i], { problem: 'unknown-in-order', detail: id });
          }
        });
        const left = criteria.filter((criterion) => !listed.has(criterion.id));
        if (left.length > 0 || listed.size !== weighting.order.length) {
          report(['weighting', 'order'], {
            problem: 'incomplete-order',
            detail: left.map((criterion) => criterion.id).join(', '),
          });
        }
        return;
      }
      // The other weightings take no settings to check here.
    }
  },
});

/** PROMETHEE preference functions carry the thresholds their type needs, with q below p. */
export const profilePreferenceThresholds = defineRule({
  code: 'profile/preference-thresholds',
  severity: 'error',
  scope: 'ScoringProfile',
  summary:
    'A preference function has the thresholds its type needs: q for u-shape; p for v-shape; q below p for level and linear; s above 0 for gaussian.',
  example:
    '`scoring-profile.yaml#/method: { name: promethee-ii, preference: { type: linear, q: 2, p: 1 } }`: q is not below p.',
  fix: 'Add the missing threshold, or make q smaller than p.',
  check(profile: ScoringProfile, report) {
    const places = [
      { path: ['method', 'preference'], preference: profile.method.preference },
      ...profile.criteria.map((criterion, i) => ({
        path: ['criteria', i, 'preference'],
        preference: criterion.preference,
      })),
    ];
    for (const { path, preference } of places) {
      if (preference === undefined) continue;
      const { type, q, p, s } = preference;
      const needs =
        type === 'u-shape'
          ? q === undefined
          : type === 'v-shape'
            ? p === undefined || p <= 0
            : type === 'level' || type === 'linear'
              ? q === undefined || p === undefined || q >= p
              : type === 'gaussian'
                ? s === undefined || s <= 0
                : false;
      if (needs) report(path, { type });
    }
  },
});

/** Three decimals, as AHP results are usually quoted; a ratio rounds up, so that it shows above its limit. */
const threeDecimals = (value: number, round: (x: number) => number = Math.round): number =>
  round(value * 1000) / 1000;

/** AHP judgements are consistent enough for the profile's own limit. */
export const profileInconsistentJudgements = defineRule({
  code: 'profile/inconsistent-judgements',
  severity: 'warning',
  scope: 'ScoringProfile',
  summary:
    "AHP judgements have a consistency ratio (Saaty: CR = CI / RI, CI = (lambda max - n) / (n - 1), with the profile's `randomIndex` table) at most `maxConsistencyRatio`.",
  example:
    '`scoring-profile.yaml#/criteria: [{ id: need-severity }, { id: risk }, { id: feasibility }]` and `scoring-profile.yaml#/weighting: { type: ahp, judgements: [[1, 4, 0.25], [0.25, 1, 4], [4, 0.25, 1]] }`: A over B, B over C, and C over A.',
  fix: 'Review the judgements that contradict each other, or raise `maxConsistencyRatio` on purpose.',
  check(profile: ScoringProfile, report) {
    const { weighting } = profile;
    if (weighting.type !== 'ahp') return;
    // A malformed matrix is profile/weighting: its consistency means nothing yet.
    if (judgementProblems(weighting.judgements, profile.criteria.length).length > 0) return;
    const consistency = ahpConsistency(weighting.judgements, weighting.randomIndex);
    if (consistency === undefined) return;
    if (consistency.consistencyRatio > weighting.maxConsistencyRatio) {
      report(['weighting', 'judgements'], {
        ratio: threeDecimals(consistency.consistencyRatio, Math.ceil),
        limit: weighting.maxConsistencyRatio,
        table: weighting.randomIndex,
        lambdaMax: threeDecimals(consistency.lambdaMax),
      });
    }
  },
});

/** Settings that the chosen method or weighting does not use are pointed out. */
export const profileUnusedSetting = defineRule({
  code: 'profile/unused-setting',
  severity: 'warning',
  scope: 'ScoringProfile',
  summary: 'A setting applies to the chosen method or weighting (for example `v` only to VIKOR).',
  example:
    '`scoring-profile.yaml#/method/v: 0.5`, with `method: { name: topsis }`: `v` applies only to VIKOR.',
  fix: 'Remove the setting, or choose the method it belongs to.',
  check(profile: ScoringProfile, report) {
    const { method } = profile;
    if (method.v !== undefined && method.name !== 'vikor') {
      report(['method', 'v'], { setting: 'v', applies: 'vikor' });
    }
    if (method.normalization !== undefined && !['weighted-sum', 'topsis'].includes(method.name)) {
      report(['method', 'normalization'], {
        setting: 'normalization',
        applies: 'weighted-sum and topsis',
      });
    }
    const prometheeOnly = method.name !== 'promethee-ii';
    if (method.preference !== undefined && prometheeOnly) {
      report(['method', 'preference'], { setting: 'preference', applies: 'promethee-ii' });
    }
    profile.criteria.forEach((criterion, i) => {
      if (criterion.preference !== undefined && prometheeOnly) {
        report(['criteria', i, 'preference'], { setting: 'preference', applies: 'promethee-ii' });
      }
      if (criterion.weight !== undefined && profile.weighting.type !== 'direct') {
        report(['criteria', i, 'weight'], { setting: 'weight', applies: 'direct weighting' });
      }
    });
  },
});

/**
 * The rules every scoring profile is checked against, in the order they run.
 *
 * @example
 * ```ts
 * SCORING_PROFILE_RULES.map((rule) => rule.code).includes('profile/weighting');
 * //=> true
 * ```
 */
export const SCORING_PROFILE_RULES: readonly AnyRule<ScoringProfile>[] = [
  profileDuplicateCriterion,
  profileUnknownCriterion,
  profileCriterionField,
  profileWeighting,
  profilePreferenceThresholds,
  profileUnusedSetting,
  profileInconsistentJudgements,
];
