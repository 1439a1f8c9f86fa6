// The document validators as Standard Schema v1 objects: their types match the published
// interface, and they run the full validation (rules included).
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  InitiativeCatalogueStandardSchema,
  NeedsAssessmentStandardSchema,
  ScoringProfileStandardSchema,
  WorkPlanStandardSchema,
  toStandardSchema,
  validateInitiativeCatalogue,
  validateNeedsAssessment,
  validateScoringProfile,
  validateWorkPlan,
} from '@itu-aicb/core';
import type { WorkPlan, WorkPlanInput } from '@itu-aicb/core';
import {
  initiativeCatalogueInput,
  needsAssessmentInput,
  scoringProfileInput,
  workPlanInput,
} from '../../test/fixtures.js';

// The interface of the Standard Schema specification v1, as published at standardschema.dev.
/* eslint-disable @typescript-eslint/no-namespace */
declare namespace Spec {
  interface StandardSchemaV1<Input = unknown, Output = Input> {
    readonly '~standard': Props<Input, Output>;
  }
  interface Props<Input = unknown, Output = Input> {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown) => Result<Output> | Promise<Result<Output>>;
    readonly types?: Types<Input, Output> | undefined;
  }
  type Result<Output> = SuccessResult<Output> | FailureResult;
  interface SuccessResult<Output> {
    readonly value: Output;
    readonly issues?: undefined;
  }
  interface FailureResult {
    readonly issues: ReadonlyArray<Issue>;
  }
  interface Issue {
    readonly message: string;
    readonly path?: ReadonlyArray<PropertyKey | PathSegment> | undefined;
  }
  interface PathSegment {
    readonly key: PropertyKey;
  }
  interface Types<Input = unknown, Output = Input> {
    readonly input: Input;
    readonly output: Output;
  }
  type InferOutput<Schema extends StandardSchemaV1> = NonNullable<
    Schema['~standard']['types']
  >['output'];
}
/* eslint-enable @typescript-eslint/no-namespace */

const KINDS = [
  ['WorkPlan', WorkPlanStandardSchema, validateWorkPlan, workPlanInput],
  [
    'InitiativeCatalogue',
    InitiativeCatalogueStandardSchema,
    validateInitiativeCatalogue,
    initiativeCatalogueInput,
  ],
  ['NeedsAssessment', NeedsAssessmentStandardSchema, validateNeedsAssessment, needsAssessmentInput],
  ['ScoringProfile', ScoringProfileStandardSchema, validateScoringProfile, scoringProfileInput],
] as const;

/** Runs a Standard Schema and awaits the result, as a library that accepts one would. */
async function run(schema: Spec.StandardSchemaV1, value: unknown) {
  return await schema['~standard'].validate(value);
}

describe('Standard Schema', () => {
  it('has the types of the published interface', () => {
    expectTypeOf(WorkPlanStandardSchema).toExtend<Spec.StandardSchemaV1<WorkPlanInput, WorkPlan>>();
    expectTypeOf(ScoringProfileStandardSchema).toExtend<Spec.StandardSchemaV1>();
    expectTypeOf<Spec.InferOutput<typeof WorkPlanStandardSchema>>().toEqualTypeOf<WorkPlan>();
    expectTypeOf(WorkPlanStandardSchema['~standard'].validate).returns.resolves.toExtend<
      Spec.Result<WorkPlan>
    >();
  });

  it.each(KINDS)('%s: version 1, vendor itu-aicb', (_kind, schema) => {
    expect(schema['~standard'].version).toBe(1);
    expect(schema['~standard'].vendor).toBe('itu-aicb');
    expect(typeof schema['~standard'].validate).toBe('function');
  });

  it.each(KINDS)(
    '%s: a valid document gives { value } only',
    async (_kind, schema, validate, input) => {
      const document = input();
      const before = structuredClone(document);
      const result = await run(schema, document);
      const expected = validate(input());
      expect(expected.ok).toBe(true);
      expect(result).toEqual({ value: expected.ok ? expected.value : undefined });
      expect(result.issues).toBeUndefined();
      expect(document).toEqual(before);
    },
  );

  it('reports a rule finding, not only the structure, with message and path', async () => {
    const plan = workPlanInput();
    plan.measures[0]!.objectives = ['O9'];
    const result = await run(WorkPlanStandardSchema, plan);
    const expected = validateWorkPlan(plan);
    expect(expected.ok).toBe(false);
    expect(result.issues).toEqual(
      expected.ok ? [] : expected.issues.map(({ message, path }) => ({ message, path })),
    );
    expect(result.issues?.map((issue) => issue.path)).toContainEqual([
      'measures',
      0,
      'objectives',
      0,
    ]);
    expect('value' in result).toBe(false);
  });

  it('reports a structural error and never throws on any input', async () => {
    for (const value of [undefined, null, 42, 'text', [], { kind: 'WorkPlan' }]) {
      const result = await run(WorkPlanStandardSchema, value);
      expect(result.issues?.length).toBeGreaterThan(0);
      for (const issue of result.issues ?? []) expect(issue.message).not.toBe('');
    }
  });

  it('passes options to the validator: a rule turned off no longer fails', async () => {
    const plan = workPlanInput();
    plan.measures[0]!.objectives = ['O9'];
    const lenient = toStandardSchema<WorkPlanInput, WorkPlan>(validateWorkPlan, {
      rules: { 'plan/unresolved-objective': 'off' },
    });
    const result = await run(lenient, plan);
    expect(result.issues).toBeUndefined();
  });
});
