import { describe, expectTypeOf, it } from 'vitest';
import type {
  DocumentKind,
  Measure,
  PlanDocument,
  ValidationIssue,
  ValidationResult,
  WorkPlan,
  WorkPlanInput,
} from '@itu-aicb/core';
import { validateDocument, validateWorkPlan } from '@itu-aicb/core';

describe('public types', () => {
  it('narrows a validation result on ok', () => {
    const result = validateWorkPlan({});
    if (result.ok) {
      expectTypeOf(result.value).toEqualTypeOf<WorkPlan>();
    } else {
      expectTypeOf(result.issues).toEqualTypeOf<readonly ValidationIssue[]>();
    }
    expectTypeOf(result).toEqualTypeOf<ValidationResult<WorkPlan>>();
  });

  it('accepts plain strings as text in inputs and gives objects in outputs', () => {
    expectTypeOf<{ en: string }>().toExtend<WorkPlanInput['title']>();
    expectTypeOf<string>().toExtend<WorkPlanInput['title']>();
    expectTypeOf<Measure['title']['en']>().toEqualTypeOf<string>();
    expectTypeOf<Measure['contributors']>().toEqualTypeOf<string[]>();
  });

  it('discriminates documents by kind', () => {
    const result = validateDocument({});
    if (result.ok) {
      expectTypeOf(result.value).toEqualTypeOf<PlanDocument>();
      expectTypeOf(result.value.kind).toEqualTypeOf<DocumentKind>();
      if (result.value.kind === 'NeedsAssessment')
        expectTypeOf(result.value.maturityTier).toEqualTypeOf<0 | 1 | 2 | 3 | 4>();
    }
  });

  it('types code lists as unions', () => {
    expectTypeOf<Measure['pillars'][number]>().toEqualTypeOf<
      'infrastructure' | 'compute' | 'models' | 'data' | 'talent' | 'strategy' | 'cooperation'
    >();
  });
});
