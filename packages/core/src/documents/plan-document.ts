import type { InitiativeCatalogue } from './initiative-catalogue/initiative-catalogue.js';
import type { NeedsAssessment } from './needs-assessment/needs-assessment.js';
import type { ProgressReport } from './progress-report/progress-report.js';
import type { ScoringProfile } from './scoring-profile/scoring-profile.js';
import type { WorkPlan } from './work-plan/work-plan.js';

/**
 * Any validated plan document; `kind` tells which.
 *
 * @example
 * ```ts
 * declare const document: PlanDocument;
 * if (document.kind === 'WorkPlan') console.log(document.measures.length);
 * ```
 */
export type PlanDocument =
  WorkPlan | InitiativeCatalogue | NeedsAssessment | ScoringProfile | ProgressReport;
