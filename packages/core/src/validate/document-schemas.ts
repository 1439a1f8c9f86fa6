import type * as z from 'zod';
import type { DocumentKind } from '../documents/document-kind.js';
import { InitiativeCatalogueSchema } from '../documents/initiative-catalogue/initiative-catalogue.js';
import { NeedsAssessmentSchema } from '../documents/needs-assessment/needs-assessment.js';
import { ProgressReportSchema } from '../documents/progress-report/progress-report.js';
import { ScoringProfileSchema } from '../documents/scoring-profile/scoring-profile.js';
import { WorkPlanSchema } from '../documents/work-plan/work-plan.js';

/** The schema of each document kind. */
export const DOCUMENT_SCHEMAS: Readonly<Record<DocumentKind, z.ZodObject>> = {
  WorkPlan: WorkPlanSchema,
  InitiativeCatalogue: InitiativeCatalogueSchema,
  NeedsAssessment: NeedsAssessmentSchema,
  ScoringProfile: ScoringProfileSchema,
  ProgressReport: ProgressReportSchema,
};
