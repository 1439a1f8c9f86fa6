// Findings and results
export { SEVERITIES, toJsonPointer, fromJsonPointer } from './validation/issue.js';
export type {
  Severity,
  PathSegment,
  SourcePosition,
  ValidationIssue,
  ValidationResult,
} from './validation/issue.js';
export type { IssueCode, IssueParams, IssueText, MessageCatalogue } from './messages/catalogue.js';
export { en as englishMessages } from './messages/en.js';
export { AicbError, DocumentValidationError } from './errors.js';

// Documents
export {
  WorkPlanSchema,
  PeriodSchema,
  type WorkPlan,
  type WorkPlanInput,
  type Period,
} from './work-plan/work-plan.js';
export { ObjectiveSchema, type Objective, type ObjectiveInput } from './work-plan/objective.js';
export {
  MeasureSchema,
  MilestoneSchema,
  ScheduleSchema,
  BudgetSchema,
  BudgetLineSchema,
  PartnerSchema,
  EstimatesSchema,
  type Measure,
  type MeasureInput,
  type Milestone,
  type Budget,
  type Partner,
  type Estimates,
} from './work-plan/measure.js';
export {
  WorkArrangementsSchema,
  CommunicationGroupSchema,
  ReviewSchema,
  ContributionSchema,
  CONTRIBUTION_KINDS,
  type WorkArrangements,
  type Contribution,
} from './work-plan/arrangements.js';
export {
  InitiativeCatalogueSchema,
  InitiativeSchema,
  InitiativePartnerSchema,
  ReachFigureSchema,
  type Initiative,
  type InitiativeCatalogue,
  type InitiativeCatalogueInput,
} from './initiative/initiative-catalogue.js';
export {
  NeedsAssessmentSchema,
  AssessmentScopeSchema,
  PillarAssessmentSchema,
  PriorityNeedSchema,
  EvidenceSchema,
  AssessorSchema,
  NEED_PRIORITIES,
  LEVEL_SCALE,
  type NeedsAssessment,
  type NeedsAssessmentInput,
  type PillarAssessment,
} from './needs-assessment/needs-assessment.js';
export { LocalizedTextSchema, MandateReferenceSchema, IndicatorSchema } from './schemas/common.js';

// Validation
export { validateWorkPlan, parseWorkPlan } from './work-plan/validate-work-plan.js';
export {
  validateInitiativeCatalogue,
  parseInitiativeCatalogue,
} from './initiative/validate-initiative-catalogue.js';
export {
  validateNeedsAssessment,
  parseNeedsAssessment,
} from './needs-assessment/validate-needs-assessment.js';
export {
  validateDocument,
  isDocumentKind,
  DOCUMENT_KINDS,
  type DocumentKind,
  type PlanDocument,
} from './document/validate-document.js';
export {
  validateWorkspace,
  checkWorkspace,
  type WorkspaceEntry,
  type WorkspaceResult,
} from './workspace/validate-workspace.js';
export { SUPPORTED_SCHEMA_VERSIONS, type ValidateOptions } from './validation/validate-with.js';

// Rules
export type { Rule, AnyRule, RuleScope, RuleReport, RuleOverrides } from './rules/rule.js';
export { WORK_PLAN_RULES } from './rules/work-plan/work-plan-rules.js';
export { INITIATIVE_CATALOGUE_RULES } from './rules/initiative/catalogue-rules.js';
export { NEEDS_ASSESSMENT_RULES } from './rules/needs-assessment/assessment-rules.js';
export { WORKSPACE_RULES, type WorkspaceView } from './rules/workspace/workspace-rules.js';

// JSON Schemas
export { documentJsonSchema, JSON_SCHEMA_FILES } from './schemas/json-schema.js';

// Views for apps
export { indexWorkPlan, type WorkPlanIndex } from './views/index-work-plan.js';
export {
  summarizeWorkPlan,
  type WorkPlanSummary,
  type SummaryGroup,
  type CurrencyTotals,
} from './views/summarize-work-plan.js';
export {
  milestonesDue,
  type MilestoneDue,
  type MilestonesDueOptions,
} from './views/milestones-due.js';
export { timelineByQuarter, type TimelineQuarter } from './views/timeline-by-quarter.js';
export { ISSUE_CODE_REFERENCE, type IssueCodeEntry } from './rules/issue-code-reference.js';
export {
  validateDocumentText,
  validateWorkspaceText,
  type ValidateTextOptions,
  type SourceText,
} from './document/validate-document-text.js';
