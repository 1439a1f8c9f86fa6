import type {
  Measure,
  OfficialLanguage,
  PriorityCriterion,
  ProfileCriterion,
  ScoringProfile,
} from '@itu-aicb/core';
import { PRIORITY_CRITERIA, PRIORITY_CRITERION_INFO } from '@itu-aicb/core';
import type { PrioritizeWording } from './wording/prioritize-wording.js';
import { BUILT_IN_CRITERIA } from './criteria/built-in-criteria.js';
import type {
  BuiltInCriterion,
  CriterionContext,
  CriterionValue,
  PlanInputs,
} from './criteria/criterion.js';

/** One criterion of a profile, resolved: built in or read from a field. */
export interface ResolvedCriterion {
  readonly id: string;
  readonly label: string;
  readonly direction: 'benefit' | 'cost';
  readonly builtIn: boolean;
  /** The built-in criterion's value, bounds and phrase; undefined for one read from a field. */
  readonly definition: BuiltInCriterion | undefined;
  readonly profile: ProfileCriterion;
}

const isBuiltIn = (id: string): id is PriorityCriterion =>
  (PRIORITY_CRITERIA as readonly string[]).includes(id);

/**
 * The profile's criteria with their labels and directions. With a wording, labels are in its
 * language: the profile's own label in that language, else the built-in name in that language,
 * else the profile's English label.
 */
export function resolveCriteria(
  profile: ScoringProfile,
  speech?: { readonly wording: PrioritizeWording; readonly language: OfficialLanguage },
): ResolvedCriterion[] {
  return profile.criteria.map((criterion) => {
    const builtIn = criterion.field === undefined && isBuiltIn(criterion.id);
    const info = builtIn ? PRIORITY_CRITERION_INFO[criterion.id as PriorityCriterion] : undefined;
    return {
      id: criterion.id,
      label:
        (speech === undefined ? undefined : criterion.label?.[speech.language]) ??
        (speech !== undefined && speech.language !== 'en' && builtIn
          ? speech.wording.criteria[criterion.id as PriorityCriterion]
          : undefined) ??
        criterion.label?.en ??
        info?.label ??
        criterion.id,
      direction: criterion.direction ?? info?.direction ?? 'benefit',
      builtIn,
      definition: builtIn ? BUILT_IN_CRITERIA[criterion.id as PriorityCriterion] : undefined,
      profile: criterion,
    };
  });
}

/** The currency costs are compared in: the profile's, or the plan's most used one. */
export function referenceCurrency(inputs: PlanInputs): string | undefined {
  if (inputs.profile.currency !== undefined) return inputs.profile.currency.code;
  const counts = new Map<string, number>();
  for (const measure of inputs.plan.measures) {
    const code = measure.budget?.currency;
    if (code !== undefined) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [code, count] of counts)
    if (best === undefined || count > (counts.get(best) ?? 0)) best = code;
  return best;
}

/** What every criterion may read besides the measure. */
export function criterionContext(inputs: PlanInputs): CriterionContext {
  return {
    inputs,
    initiativeIds: new Set(
      inputs.catalogues.flatMap((catalogue) => catalogue.initiatives.map((i) => i.id)),
    ),
    currency: referenceCurrency(inputs),
    asOf: inputs.asOf,
  };
}

/** Reads a numeric measure field: a number as it is, a list by its length. */
export function readField(measure: Measure, field: string): number | undefined {
  let value: unknown = measure;
  for (const key of field.split('.')) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    value = Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
  }
  if (Array.isArray(value)) return value.length;
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** A measure's raw value on one criterion (undefined when missing) and what it was made of. */
export function criterionValue(
  criterion: ResolvedCriterion,
  measure: Measure,
  context: CriterionContext,
): CriterionValue {
  if (criterion.definition !== undefined) return criterion.definition.value(measure, context);
  const field = criterion.profile.field ?? criterion.id;
  const value = readField(measure, field);
  return { value, facts: value === undefined ? { missing: `no value at ${field}` } : {} };
}
