// The named interfaces of the documents (which the API docs and editors show) are exactly the
// types zod infers from the schemas: a field changed in a schema and not in its interface fails here.
import type * as z from 'zod';
import { expectTypeOf, test } from 'vitest';
import type {
  Budget,
  BudgetSchema,
  Contribution,
  ContributionSchema,
  Estimates,
  EstimatesSchema,
  Initiative,
  InitiativeCatalogue,
  InitiativeCatalogueInput,
  InitiativeCatalogueSchema,
  InitiativeSchema,
  Measure,
  MeasureInput,
  MeasureSchema,
  Milestone,
  MilestoneSchema,
  NeedsAssessment,
  NeedsAssessmentInput,
  NeedsAssessmentSchema,
  Objective,
  ObjectiveInput,
  ObjectiveSchema,
  Partner,
  PartnerSchema,
  Period,
  PeriodSchema,
  PillarAssessment,
  PillarAssessmentSchema,
  ProfileCriterion,
  ProfileCriterionSchema,
  ScoringProfile,
  ScoringProfileInput,
  ScoringProfileSchema,
  WorkArrangements,
  WorkArrangementsSchema,
  WorkPlan,
  WorkPlanInput,
  WorkPlanSchema,
} from '@itu-aicb/core';

test('each document interface is the output type of its schema', () => {
  expectTypeOf<WorkPlan>().toEqualTypeOf<z.output<typeof WorkPlanSchema>>();
  expectTypeOf<Period>().toEqualTypeOf<z.output<typeof PeriodSchema>>();
  expectTypeOf<Objective>().toEqualTypeOf<z.output<typeof ObjectiveSchema>>();
  expectTypeOf<Measure>().toEqualTypeOf<z.output<typeof MeasureSchema>>();
  expectTypeOf<Milestone>().toEqualTypeOf<z.output<typeof MilestoneSchema>>();
  expectTypeOf<Budget>().toEqualTypeOf<z.output<typeof BudgetSchema>>();
  expectTypeOf<Partner>().toEqualTypeOf<z.output<typeof PartnerSchema>>();
  expectTypeOf<Estimates>().toEqualTypeOf<z.output<typeof EstimatesSchema>>();
  expectTypeOf<WorkArrangements>().toEqualTypeOf<z.output<typeof WorkArrangementsSchema>>();
  expectTypeOf<Contribution>().toEqualTypeOf<z.output<typeof ContributionSchema>>();
  expectTypeOf<InitiativeCatalogue>().toEqualTypeOf<z.output<typeof InitiativeCatalogueSchema>>();
  expectTypeOf<Initiative>().toEqualTypeOf<z.output<typeof InitiativeSchema>>();
  expectTypeOf<NeedsAssessment>().toEqualTypeOf<z.output<typeof NeedsAssessmentSchema>>();
  expectTypeOf<PillarAssessment>().toEqualTypeOf<z.output<typeof PillarAssessmentSchema>>();
  expectTypeOf<ScoringProfile>().toEqualTypeOf<z.output<typeof ScoringProfileSchema>>();
  expectTypeOf<ProfileCriterion>().toEqualTypeOf<z.output<typeof ProfileCriterionSchema>>();
});

test('each input interface is the input type of its schema', () => {
  expectTypeOf<WorkPlanInput>().toEqualTypeOf<z.input<typeof WorkPlanSchema>>();
  expectTypeOf<ObjectiveInput>().toEqualTypeOf<z.input<typeof ObjectiveSchema>>();
  expectTypeOf<MeasureInput>().toEqualTypeOf<z.input<typeof MeasureSchema>>();
  expectTypeOf<InitiativeCatalogueInput>().toEqualTypeOf<
    z.input<typeof InitiativeCatalogueSchema>
  >();
  expectTypeOf<NeedsAssessmentInput>().toEqualTypeOf<z.input<typeof NeedsAssessmentSchema>>();
  expectTypeOf<ScoringProfileInput>().toEqualTypeOf<z.input<typeof ScoringProfileSchema>>();
});
