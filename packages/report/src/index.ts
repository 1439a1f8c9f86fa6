// @itu-aicb/report: a self-contained HTML report of a work plan, for browsers and Node.
// Other languages than English are entries of their own: `@itu-aicb/report/locales/<tag>`.
export { renderPlanReport, REPORT_SECTIONS } from './render-plan-report.js';
export { monitoringFromReports } from './monitoring-from-reports.js';
export {
  HEALTH_STATE_LABELS,
  type MonitoringItem,
  type MonitoringLens,
  type ReportMilestone,
  type ReportMonitoring,
  type PlanReportInput,
} from './report-input.js';
export { stabilityCaveat } from './words/stability-caveat.js';
export { scoreInWords } from './words/score-in-words.js';
export { en as englishReportLocale } from './locales/en.js';
export type { ReportLocale } from './words/report-locale.js';
export type { ReportWording } from './words/report-wording.js';
