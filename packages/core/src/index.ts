// Findings and results
export { SEVERITIES, toJsonPointer, fromJsonPointer } from './findings/issue.js';
export type {
  Severity,
  PathSegment,
  SourcePosition,
  ValidationIssue,
  ValidationResult,
} from './findings/issue.js';
export type { IssueCode, IssueParams, IssueText, MessageCatalogue } from './messages/catalogue.js';
export { en as englishMessages } from './messages/en.js';
export { resolveLocale, languageOfTag, type Locale } from './messages/locale.js';
export { en as englishLocale } from './locales/en.js';
export { pickText, type PickedText } from './schemas/pick-text.js';
export { localizeIssue, localizeResult } from './findings/localize-issue.js';
export {
  ITU_SECTORS,
  termKeys,
  unconfirmedTerms,
  type ItuSector,
  type TermGroups,
  type TermKey,
  type TermSource,
  type DomainTerms,
} from './codes/terms/domain-terms.js';
export { AicbError, DocumentValidationError } from './findings/errors.js';
export { createIssue } from './findings/create-issue.js';

// Documents
export {
  DOCUMENT_KINDS,
  isDocumentKind,
  declaredKind,
  type DocumentKind,
} from './documents/document-kind.js';
export type { PlanDocument } from './documents/plan-document.js';
export {
  WorkPlanSchema,
  PeriodSchema,
  type WorkPlan,
  type WorkPlanInput,
  type Period,
} from './documents/work-plan/work-plan.js';
export {
  ObjectiveSchema,
  type Objective,
  type ObjectiveInput,
} from './documents/work-plan/objective.js';
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
} from './documents/work-plan/measure.js';
export {
  WorkArrangementsSchema,
  CommunicationGroupSchema,
  ReviewSchema,
  ContributionSchema,
  CONTRIBUTION_KINDS,
  type WorkArrangements,
  type Contribution,
} from './documents/work-plan/arrangements.js';
export {
  InitiativeCatalogueSchema,
  InitiativeSchema,
  InitiativePartnerSchema,
  ReachFigureSchema,
  type Initiative,
  type InitiativeCatalogue,
  type InitiativeCatalogueInput,
} from './documents/initiative-catalogue/initiative-catalogue.js';
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
} from './documents/needs-assessment/needs-assessment.js';
export {
  ScoringProfileSchema,
  ProfileMethodSchema,
  ProfileCriterionSchema,
  WeightingSchema,
  PreferenceFunctionSchema,
  type ScoringProfile,
  type ScoringProfileInput,
  type ProfileCriterion,
} from './documents/scoring-profile/scoring-profile.js';
export {
  ProgressReportSchema,
  MeasureProgressSchema,
  MilestoneProgressSchema,
  SpendSchema,
  SpendTransactionSchema,
  BeneficiariesSchema,
  IndicatorMeasurementSchema,
  RiskSchema,
  ObjectiveProgressSchema,
  ContributionDeliverySchema,
  GroupMeetingSchema,
  ReportPreparerSchema,
  RISK_LEVELS,
  SPEND_TRANSACTION_TYPES,
  type ProgressReport,
  type ProgressReportInput,
  type MeasureProgress,
  type Spend,
  type ContributionDelivery,
  type IndicatorMeasurement,
} from './documents/progress-report/progress-report.js';
export { reportsInOrder } from './documents/progress-report/report-order.js';
export { LocalizedTextSchema, MandateReferenceSchema, IndicatorSchema } from './schemas/common.js';

// Validation
export { validateWorkPlan, parseWorkPlan } from './validate/validate-work-plan.js';
export {
  validateInitiativeCatalogue,
  parseInitiativeCatalogue,
} from './validate/validate-initiative-catalogue.js';
export {
  validateNeedsAssessment,
  parseNeedsAssessment,
} from './validate/validate-needs-assessment.js';
export {
  validateScoringProfile,
  parseScoringProfile,
} from './validate/validate-scoring-profile.js';
export {
  validateProgressReport,
  parseProgressReport,
} from './validate/validate-progress-report.js';
export { validateDocument } from './validate/validate-document.js';
export {
  validateWorkspace,
  checkWorkspace,
  type WorkspaceEntry,
  type WorkspaceResult,
} from './validate/validate-workspace.js';
export {
  toStandardSchema,
  WorkPlanStandardSchema,
  InitiativeCatalogueStandardSchema,
  NeedsAssessmentStandardSchema,
  ScoringProfileStandardSchema,
  ProgressReportStandardSchema,
  type StandardSchemaV1,
  type StandardSchemaProps,
  type StandardResult,
  type StandardSuccessResult,
  type StandardFailureResult,
  type StandardIssue,
  type StandardPathSegment,
  type StandardTypes,
} from './validate/standard-schema.js';
export { SUPPORTED_SCHEMA_VERSIONS, type ValidateOptions } from './validate/validate-with.js';

// Rules
export type { Rule, AnyRule, RuleScope, RuleReport, RuleOverrides } from './rules/rule.js';
export { WORK_PLAN_RULES } from './rules/work-plan/work-plan-rules.js';
export { INITIATIVE_CATALOGUE_RULES } from './rules/initiative-catalogue/catalogue-rules.js';
export { NEEDS_ASSESSMENT_RULES } from './rules/needs-assessment/assessment-rules.js';
export { SCORING_PROFILE_RULES } from './rules/scoring-profile/profile-rules.js';
export { PROGRESS_REPORT_RULES } from './rules/progress-report/report-rules.js';
export { PROGRESS_REPORT_WORKSPACE_RULES } from './rules/progress-report/report-workspace-rules.js';
export { IMPLAUSIBLE_STATUS_CHANGES } from './rules/progress-report/status-changes.js';
export { ahpConsistency, type AhpConsistency } from './rules/scoring-profile/ahp-consistency.js';
export { MAX_PLAN_YEARS } from './rules/work-plan/plausibility.js';
export { WORKSPACE_RULES, type WorkspaceView } from './rules/workspace/workspace-rules.js';

// JSON Schemas
export { documentJsonSchema, JSON_SCHEMA_FILES } from './json-schema/json-schema.js';

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
export {
  progressAsOf,
  pledgeKey,
  type ProgressAsOf,
  type MeasureProgressAsOf,
} from './views/progress-as-of.js';
export {
  HEALTH_STATES,
  HEALTH_SIGNALS,
  type HealthState,
  type HealthSignalCode,
} from './codes/health-states.js';
export {
  healthFormat,
  type HealthWording,
  type HealthSignalParams,
  type HealthFormat,
} from './messages/health/health-wording.js';
export { describeHealthSignal } from './views/health-signal.js';
export {
  planHealth,
  bureauOfEntity,
  regionsOfMeasure,
  HEALTH_THRESHOLDS,
  type PlanHealthOptions,
  type HealthSignal,
  type HealthRollup,
  type IndicatorProgress,
  type MeasureHealth,
  type OverdueMilestone,
  type BudgetExecution,
  type PlanHealth,
} from './views/plan-health.js';
export { healthTimeSeries, type HealthPoint } from './views/health-time-series.js';
export { ISSUE_CODE_REFERENCE, type IssueCodeEntry } from './rules/issue-code-reference.js';
export { validateDocumentText, type ValidateTextOptions } from './text/validate-document-text.js';
export { validateWorkspaceText, type SourceText } from './text/validate-workspace-text.js';
export {
  classifyPlanText,
  SKIP_REASONS,
  type SkipReason,
  type PlanTextClass,
} from './text/classify-plan-text.js';

// Suppressions and fingerprints, for reports and baselines
export {
  scanSuppressionComments,
  suppressionsInText,
  type SuppressionComment,
} from './suppressions/suppression-comments.js';
export {
  suppressFindings,
  type Suppression,
  type SuppressedFinding,
  type SuppressFindingsOptions,
} from './suppressions/suppress-findings.js';
export { findingFingerprint } from './suppressions/finding-fingerprint.js';

// Code lists
export type { CodeListSource } from './codes/code-list-source.js';
export {
  PILLARS,
  RESOURCE_PILLARS,
  ENABLER_PILLARS,
  PILLAR_LABELS,
  PILLARS_SOURCE,
  isPillar,
  type Pillar,
  type ResourcePillar,
  type EnablerPillar,
} from './codes/pillars.js';
export { BUREAUS, BUREAU_LABELS, BUREAUS_SOURCE, isBureau, type Bureau } from './codes/bureaus.js';
export {
  ITU_REGIONS,
  ITU_REGION_LABELS,
  ITU_REGIONS_SOURCE,
  isItuRegion,
  type ItuRegion,
} from './codes/regions.js';
export {
  ITU_OFFICES,
  ITU_OFFICE_TYPES,
  ITU_OFFICES_SOURCE,
  findItuOffice,
  isItuOfficeId,
  type ItuOffice,
  type ItuOfficeType,
} from './codes/offices.js';
export {
  MEMBER_CATEGORIES,
  MEMBER_CATEGORY_LABELS,
  MEMBER_CATEGORIES_SOURCE,
  isMemberCategory,
  type MemberCategory,
} from './codes/member-categories.js';
export {
  MEASURE_KINDS,
  MEASURE_KIND_LABELS,
  MEASURE_KINDS_SOURCE,
  isMeasureKind,
  type MeasureKind,
} from './codes/measure-kinds.js';
export {
  INITIATIVE_KINDS,
  INITIATIVE_KIND_LABELS,
  INITIATIVE_KINDS_SOURCE,
  isInitiativeKind,
  type InitiativeKind,
} from './codes/initiative-kinds.js';
export {
  PLAN_STATUSES,
  PLAN_STATUS_LABELS,
  PLAN_STATUSES_SOURCE,
  isPlanStatus,
  MEASURE_STATUSES,
  MEASURE_STATUS_LABELS,
  MEASURE_STATUS_IATI_CODES,
  MEASURE_STATUSES_SOURCE,
  isMeasureStatus,
  INITIATIVE_STATUSES,
  INITIATIVE_STATUS_LABELS,
  isInitiativeStatus,
  type PlanStatus,
  type MeasureStatus,
  type InitiativeStatus,
} from './codes/statuses.js';
export {
  PARTNER_ROLES,
  PARTNER_ROLE_LABELS,
  PARTNER_ROLE_IATI_CODES,
  PARTNER_ROLES_SOURCE,
  isPartnerRole,
  type PartnerRole,
} from './codes/partner-roles.js';
export {
  TARGET_GROUPS,
  TARGET_GROUP_LABELS,
  TARGET_GROUPS_SOURCE,
  isTargetGroup,
  type TargetGroup,
} from './codes/target-groups.js';
export {
  REPORTING_CADENCES,
  REPORTING_CADENCE_LABELS,
  REPORTING_CADENCE_MONTHS,
  REPORTING_CADENCES_SOURCE,
  isReportingCadence,
  type ReportingCadence,
} from './codes/reporting-cadences.js';
export {
  SCORING_METHODS,
  PRIORITY_CRITERIA,
  PRIORITY_CRITERION_INFO,
  MISSING_DATA_POLICIES,
  WEIGHTING_TYPES,
  NORMALIZATIONS,
  PREFERENCE_FUNCTIONS,
  RANK_ORDER_SCHEMES,
  RANDOM_INDEX_TABLE_NAMES,
  RANK_TIE_POLICIES,
  MEASURE_NUMERIC_FIELDS,
  type ScoringMethod,
  type PriorityCriterion,
  type MissingDataPolicy,
  type WeightingType,
} from './codes/scoring.js';
export {
  OFFICIAL_LANGUAGES,
  OFFICIAL_LANGUAGE_LABELS,
  OFFICIAL_LANGUAGE_ENDONYMS,
  OFFICIAL_LANGUAGES_SOURCE,
  isOfficialLanguage,
  type OfficialLanguage,
} from './codes/languages.js';
export {
  MATURITY_TIERS,
  MATURITY_TIER_LABELS,
  MATURITY_TIERS_SOURCE,
  isMaturityTier,
  type MaturityTier,
} from './codes/maturity-tiers.js';
export {
  ASSESSMENT_FRAMEWORKS,
  ASSESSMENT_FRAMEWORK_LABELS,
  FRAMEWORK_DIMENSIONS,
  FRAMEWORK_DIMENSIONS_SOURCE,
  frameworkDimensions,
  frameworkVersions,
  isAssessmentFramework,
  type AssessmentFramework,
  type FrameworkDimension,
  type FrameworkVersion,
} from './codes/frameworks.js';
export {
  CURRENCY_CODES,
  CURRENCY_CODES_SOURCE,
  NON_BUDGET_CURRENCY_CODES,
  isCurrencyCode,
  isBudgetCurrency,
  type CurrencyCode,
} from './codes/currencies.js';
export {
  SDG_GOALS,
  SDG_GOAL_LABELS,
  SDG_TARGETS,
  SDG_TARGET_PATTERN,
  SDG_TARGETS_SOURCE,
  isSdgTarget,
  isSdgTargetFormat,
  sdgGoalOf,
  type SdgGoal,
  type SdgTarget,
} from './codes/sdg-targets.js';
export {
  COUNTRIES,
  COUNTRIES_SOURCE,
  findCountry,
  isCountryCode,
  countryName,
  countriesInRegion,
  type Country,
} from './codes/countries.js';
export { UN_SHORT_NAMES_EN, UN_SHORT_NAMES_SOURCE } from './codes/country-names.js';
export {
  COUNTRY_GROUPS,
  COUNTRY_GROUP_EVENT_KINDS,
  GRADUATION_STATUSES,
  COUNTRY_GROUP_SOURCES,
  COUNTRY_GROUP_EVENTS,
  isInCountryGroup,
  countryGroupsOn,
  countryGroupEvents,
  countryGroupMembersOn,
  type CountryGroup,
  type CountryGroupEventKind,
  type GraduationStatus,
  type CountryGroupEvent,
  type CountryGroupMembership,
  type MembershipUncertainty,
} from './codes/country-groups.js';

// Text and positions
export { parseText, type ParseTextOptions, type ParsedText } from './text/parse-text.js';
export { attachPositions } from './text/attach-positions.js';
export type { SourceLocator } from './text/source-locator.js';
