import type { WorkPlan } from '@itu-aicb/core';
import type { Coverage, Prioritization } from '@itu-aicb/scoring';
import type { PlanReportInput } from '../report-input.js';
import type { ReportStability } from './stability-analysis.js';

/** What every section reads: the input and what was computed from it once. */
export interface ReportContext {
  readonly input: PlanReportInput;
  /** The date the report describes. */
  readonly asOf: string;
  readonly plan: WorkPlan | undefined;
  /** The ranking, or why there is none. */
  readonly ranking: Prioritization | string;
  readonly sensitivity: ReportStability | string | undefined;
  readonly coverage: Coverage | undefined;
}

/** One section of the report: its anchor, heading and content (`undefined` leaves it out). */
export interface ReportSection {
  readonly id: string;
  readonly title: string;
  readonly render: (context: ReportContext) => string | undefined;
}

/** A paragraph saying why a section has nothing to show. */
export function nothing(text: string): string {
  return `<p class="note">${text}</p>`;
}
