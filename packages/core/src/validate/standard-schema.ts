import type { WorkPlan, WorkPlanInput } from '../documents/work-plan/work-plan.js';
import type {
  InitiativeCatalogue,
  InitiativeCatalogueInput,
} from '../documents/initiative-catalogue/initiative-catalogue.js';
import type {
  NeedsAssessment,
  NeedsAssessmentInput,
} from '../documents/needs-assessment/needs-assessment.js';
import type {
  ScoringProfile,
  ScoringProfileInput,
} from '../documents/scoring-profile/scoring-profile.js';
import type {
  ProgressReport,
  ProgressReportInput,
} from '../documents/progress-report/progress-report.js';
import type { ValidationResult } from '../findings/issue.js';
import type { ValidateOptions } from './validate-with.js';
import { validateWorkPlan } from './validate-work-plan.js';
import { validateInitiativeCatalogue } from './validate-initiative-catalogue.js';
import { validateNeedsAssessment } from './validate-needs-assessment.js';
import { validateScoringProfile } from './validate-scoring-profile.js';
import { validateProgressReport } from './validate-progress-report.js';

/**
 * A validator in the shape of the Standard Schema specification, version 1
 * (https://standardschema.dev): any library that accepts a Standard Schema (form libraries,
 * routers, frameworks) can run it. The types follow the published `StandardSchemaV1` interface.
 *
 * @typeParam Input - The type of a document as written.
 * @typeParam Output - The type of the validated document.
 *
 * @example
 * ```ts
 * const schema: StandardSchemaV1<WorkPlanInput, WorkPlan> = WorkPlanStandardSchema;
 * schema['~standard'].vendor;
 * //=> 'itu-aicb'
 * ```
 */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  /** The Standard Schema properties. */
  readonly '~standard': StandardSchemaProps<Input, Output>;
}

/**
 * The properties under `~standard`: the version of the specification, the vendor and the
 * validate function.
 *
 * @example
 * ```ts
 * const props: StandardSchemaProps<WorkPlanInput, WorkPlan> = WorkPlanStandardSchema['~standard'];
 * props.version;
 * //=> 1
 * ```
 */
export interface StandardSchemaProps<Input = unknown, Output = Input> {
  /** The version of the Standard Schema specification: 1. */
  readonly version: 1;
  /** The library that made the schema: `'itu-aicb'`. */
  readonly vendor: string;
  /** Checks a value; returns the validated value or the issues. Never throws. */
  readonly validate: (value: unknown) => StandardResult<Output> | Promise<StandardResult<Output>>;
  /** The input and output types, for type inference only (absent at run time). */
  readonly types?: StandardTypes<Input, Output> | undefined;
}

/**
 * The outcome of a Standard Schema validation: `{ value }` when valid, `{ issues }` otherwise.
 *
 * @example
 * ```ts
 * const result = WorkPlanStandardSchema['~standard'].validate({}) as StandardResult<WorkPlan>;
 * result.issues !== undefined;
 * //=> true
 * ```
 */
export type StandardResult<Output> = StandardSuccessResult<Output> | StandardFailureResult;

/**
 * A successful Standard Schema validation: the validated value and no issues.
 *
 * @example
 * ```ts
 * const success: StandardSuccessResult<number> = { value: 1 };
 * ```
 */
export interface StandardSuccessResult<Output> {
  /** The validated value. */
  readonly value: Output;
  /** Always absent on success. */
  readonly issues?: undefined;
}

/**
 * A failed Standard Schema validation: the issues, at least one.
 *
 * @example
 * ```ts
 * const failure: StandardFailureResult = { issues: [{ message: 'Required.', path: ['id'] }] };
 * ```
 */
export interface StandardFailureResult {
  /** What is wrong, one entry per error finding. */
  readonly issues: readonly StandardIssue[];
}

/**
 * One issue of a Standard Schema validation: the message and the path to the offending value.
 *
 * @example
 * ```ts
 * const issue: StandardIssue = { message: 'Measure "M3" has no objective.', path: ['measures', 2] };
 * ```
 */
export interface StandardIssue {
  /** What is wrong, in words a planner can act on. */
  readonly message: string;
  /** Keys and indices from the document root to the offending value. */
  readonly path?: readonly (PropertyKey | StandardPathSegment)[] | undefined;
}

/**
 * A path segment in object form, as the Standard Schema specification allows it.
 *
 * @example
 * ```ts
 * const segment: StandardPathSegment = { key: 'measures' };
 * ```
 */
export interface StandardPathSegment {
  /** The key of the segment. */
  readonly key: PropertyKey;
}

/**
 * The input and output types of a Standard Schema, for inference only.
 *
 * @example
 * ```ts
 * type Output = NonNullable<(typeof WorkPlanStandardSchema)['~standard']['types']>['output'];
 * const plan = {} as Output;
 * ```
 */
export interface StandardTypes<Input = unknown, Output = Input> {
  /** The type of a value as written. */
  readonly input: Input;
  /** The type of a validated value. */
  readonly output: Output;
}

/**
 * Wraps a validator of this package (such as `validateWorkPlan`) as a Standard Schema v1 object
 * that runs the full validation, rules included. Errors become issues with their message and
 * path; warnings do not fail the validation and are not reported.
 *
 * @param validate - A validator that returns a `ValidationResult`.
 * @param options - Options passed to the validator on every call, such as rule overrides.
 * @returns A Standard Schema v1 object with vendor `'itu-aicb'`.
 *
 * @example
 * ```ts
 * const lenient = toStandardSchema<WorkPlanInput, WorkPlan>(validateWorkPlan, {
 *   rules: { 'plan/missing-estimates': 'off' },
 * });
 * lenient['~standard'].version;
 * //=> 1
 * ```
 */
export function toStandardSchema<Input, Output>(
  validate: (input: unknown, options?: ValidateOptions) => ValidationResult<Output>,
  options?: ValidateOptions,
): StandardSchemaV1<Input, Output> {
  return {
    '~standard': {
      version: 1,
      vendor: 'itu-aicb',
      validate: (value: unknown): StandardResult<Output> => {
        const result = validate(value, options);
        if (result.ok) return { value: result.value };
        return {
          issues: result.issues.map((issue) => ({ message: issue.message, path: issue.path })),
        };
      },
    },
  };
}

/**
 * The full work-plan validation (structure and rules) as a Standard Schema v1 object.
 *
 * @example
 * ```ts
 * const result = WorkPlanStandardSchema['~standard'].validate({ kind: 'WorkPlan' });
 * (result as StandardResult<WorkPlan>).issues !== undefined;
 * //=> true
 * ```
 */
export const WorkPlanStandardSchema: StandardSchemaV1<WorkPlanInput, WorkPlan> =
  /* @__PURE__ */ toStandardSchema(validateWorkPlan);

/**
 * The full initiative-catalogue validation (structure and rules) as a Standard Schema v1 object.
 *
 * @example
 * ```ts
 * InitiativeCatalogueStandardSchema['~standard'].vendor;
 * //=> 'itu-aicb'
 * ```
 */
export const InitiativeCatalogueStandardSchema: StandardSchemaV1<
  InitiativeCatalogueInput,
  InitiativeCatalogue
> = /* @__PURE__ */ toStandardSchema(validateInitiativeCatalogue);

/**
 * The full needs-assessment validation (structure and rules) as a Standard Schema v1 object.
 *
 * @example
 * ```ts
 * NeedsAssessmentStandardSchema['~standard'].vendor;
 * //=> 'itu-aicb'
 * ```
 */
export const NeedsAssessmentStandardSchema: StandardSchemaV1<
  NeedsAssessmentInput,
  NeedsAssessment
> = /* @__PURE__ */ toStandardSchema(validateNeedsAssessment);

/**
 * The full scoring-profile validation (structure and rules) as a Standard Schema v1 object.
 *
 * @example
 * ```ts
 * ScoringProfileStandardSchema['~standard'].vendor;
 * //=> 'itu-aicb'
 * ```
 */
export const ScoringProfileStandardSchema: StandardSchemaV1<ScoringProfileInput, ScoringProfile> =
  /* @__PURE__ */ toStandardSchema(validateScoringProfile);

/**
 * The progress-report validation of one report (structure and the rules over one report) as a
 * Standard Schema v1 object.
 *
 * @example
 * ```ts
 * ProgressReportStandardSchema['~standard'].vendor;
 * //=> 'itu-aicb'
 * ```
 */
export const ProgressReportStandardSchema: StandardSchemaV1<ProgressReportInput, ProgressReport> =
  /* @__PURE__ */ toStandardSchema(validateProgressReport);
