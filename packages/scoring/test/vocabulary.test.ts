// The numeric kernel does not import @itu-aicb/core, so it keeps its own lists of the names a
// scoring profile is written with. These checks fail, at type level and at run time, the day the
// two lists differ.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { PriorityCriterion, ProfileCriterion } from '@itu-aicb/core';
import {
  NORMALIZATIONS,
  PREFERENCE_FUNCTIONS,
  PRIORITY_CRITERION_INFO,
  RANDOM_INDEX_TABLE_NAMES,
  RANK_ORDER_SCHEMES,
  RANK_TIE_POLICIES,
} from '@itu-aicb/core';
import { CRITERION_DIRECTIONS, RANDOM_INDEX_TABLES } from '@itu-aicb/scoring';
import type {
  CriterionDirection,
  NormalizationMethod,
  PreferenceFunction,
  RandomIndexTable,
  RankOrderMethod,
  TiePolicy,
} from '@itu-aicb/scoring';
import { NORMALIZATION_METHODS } from '../src/kernel/normalization.js';
import { PREFERENCE_FUNCTION_TYPES } from '../src/methods/preference-function.js';
import { TIE_POLICIES } from '../src/ranking/rank.js';
import { RANK_ORDER_METHODS } from '../src/weights/rank-order-weights.js';

describe("the kernel's names and the profile vocabulary", () => {
  it('are the same types', () => {
    expectTypeOf<NormalizationMethod>().toEqualTypeOf<(typeof NORMALIZATIONS)[number]>();
    expectTypeOf<TiePolicy>().toEqualTypeOf<(typeof RANK_TIE_POLICIES)[number]>();
    expectTypeOf<RankOrderMethod>().toEqualTypeOf<(typeof RANK_ORDER_SCHEMES)[number]>();
    expectTypeOf<PreferenceFunction['type']>().toEqualTypeOf<
      (typeof PREFERENCE_FUNCTIONS)[number]
    >();
    expectTypeOf<RandomIndexTable>().toEqualTypeOf<(typeof RANDOM_INDEX_TABLE_NAMES)[number]>();
    expectTypeOf<CriterionDirection>().toEqualTypeOf<
      (typeof PRIORITY_CRITERION_INFO)[PriorityCriterion]['direction']
    >();
    expectTypeOf<CriterionDirection>().toEqualTypeOf<NonNullable<ProfileCriterion['direction']>>();
  });

  it('list the same names in the same order', () => {
    expect([...NORMALIZATION_METHODS]).toEqual([...NORMALIZATIONS]);
    expect([...TIE_POLICIES]).toEqual([...RANK_TIE_POLICIES]);
    expect([...RANK_ORDER_METHODS]).toEqual([...RANK_ORDER_SCHEMES]);
    expect([...PREFERENCE_FUNCTION_TYPES]).toEqual([...PREFERENCE_FUNCTIONS]);
    expect(Object.keys(RANDOM_INDEX_TABLES)).toEqual([...RANDOM_INDEX_TABLE_NAMES]);
    const directions = new Set(Object.values(PRIORITY_CRITERION_INFO).map((c) => c.direction));
    expect([...directions].sort()).toEqual([...CRITERION_DIRECTIONS].sort());
  });
});
