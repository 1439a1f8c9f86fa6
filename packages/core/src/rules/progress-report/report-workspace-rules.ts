import type { ProgressReport } from '../../documents/progress-report/progress-report.js';
import { reportsInOrder } from '../../documents/progress-report/report-order.js';
import type { WorkPlan } from '../../documents/work-plan/work-plan.js';
import { closestMatch } from '../../findings/closest.js';
import type { PathSegment } from '../../findings/issue.js';
import type { AnyRule } from '../rule.js';
import { defineRule } from '../rule.js';
import type { WorkspaceView } from '../workspace/workspace-rules.js';
import { IMPLAUSIBLE_STATUS_CHANGES } from './status-changes.js';

/** A report of the workspace with the index of its document. */
interface IndexedReport {
  readonly report: ProgressReport;
  readonly index: number;
}

function reportsOf(workspace: WorkspaceView): IndexedReport[] {
  return workspace.documents.flatMap(({ document }, index) =>
    document.kind === 'ProgressReport' ? [{ report: document, index }] : [],
  );
}

function plansOf(workspace: WorkspaceView): Map<string, WorkPlan> {
  const plans = new Map<string, WorkPlan>();
  for (const { document } of workspace.documents) {
    if (document.kind === 'WorkPlan' && !plans.has(document.id)) plans.set(document.id, document);
  }
  return plans;
}

/** Each report with the plan it reports on, for the reports whose plan is in the workspace. */
function reportsWithPlan(
  workspace: WorkspaceView,
): (IndexedReport & { readonly plan: WorkPlan })[] {
  const plans = plansOf(workspace);
  return reportsOf(workspace).flatMap((entry) => {
    const plan = plans.get(entry.report.plan);
    return plan === undefined ? [] : [{ ...entry, plan }];
  });
}

/** The reports of each plan id, in the order they follow each other. */
function reportsByPlan(workspace: WorkspaceView): IndexedReport[][] {
  const groups = new Map<string, IndexedReport[]>();
  for (const entry of reportsOf(workspace)) {
    groups.set(entry.report.plan, [...(groups.get(entry.report.plan) ?? []), entry]);
  }
  return [...groups.values()].map((group) => {
    const order = reportsInOrder(group.map(({ report }) => report));
    return order.map((report) => group.find((entry) => entry.report === report) as IndexedReport);
  });
}

/** A report is on a work plan of the workspace. */
export const reportUnknownPlan = defineRule({
  code: 'report/unknown-plan',
  severity: 'error',
  scope: 'Workspace',
  summary: 'A progress report names, under `plan`, a work plan of the workspace.',
  example:
    '`reports/2026-h1.yaml#/plan: itu-aicb-2026`: the work plan has `id: itu-aicb-2026-2027`.',
  fix: 'Correct the id, or check the report together with its plan.',
  check(workspace: WorkspaceView, report) {
    // While a work plan is invalid it is not in the workspace, and it may be the one named.
    if ((workspace.invalidKinds ?? []).includes('WorkPlan')) return;
    const known = [...plansOf(workspace).keys()];
    for (const { report: progress, index } of reportsOf(workspace)) {
      if (!known.includes(progress.plan)) {
        report([index, 'plan'], {
          plan: progress.plan,
          known,
          suggestion: closestMatch(progress.plan, known),
        });
      }
    }
  },
});

/** A report's period lies within its plan's. */
export const reportOutsidePlanPeriod = defineRule({
  code: 'report/outside-plan-period',
  severity: 'error',
  scope: 'Workspace',
  summary: 'The period of a progress report lies within the period of the plan it reports on.',
  example:
    '`reports/2026-h1.yaml#/period: { start: 2025-07-01, end: 2025-12-31 }`: the plan starts on `2026-01-01`.',
  fix: 'Correct the report period (or the plan period).',
  check(workspace: WorkspaceView, report) {
    for (const { report: progress, index, plan } of reportsWithPlan(workspace)) {
      const { start, end } = progress.period;
      if (start < plan.period.start || end > plan.period.end) {
        report([index, 'period'], {
          start,
          end,
          planStart: plan.period.start,
          planEnd: plan.period.end,
          plan: plan.id,
        });
      }
    }
  },
});

/** Every measure, milestone, indicator, objective and contribution a report names is the plan's. */
export const reportUnknownReference = defineRule({
  code: 'report/unknown-reference',
  severity: 'error',
  scope: 'Workspace',
  summary:
    'The measures, objectives, milestones (of the measure), indicators (of the measure or objective) and pledged contributions (member and kind) a report names are in the plan it reports on.',
  example:
    "`reports/2026-h1.yaml#/measureProgress/0/measure: M-TAL-1`: the plan's measure is `M-TAL-01`.",
  fix: 'Use the ids of the plan; report a contribution under the member and kind the plan pledges.',
  check(workspace: WorkspaceView, report) {
    for (const { report: progress, index, plan } of reportsWithPlan(workspace)) {
      /** Reports each reference of a list that is not among the known ids. */
      const resolve = (
        what: 'measure' | 'milestone' | 'indicator' | 'objective',
        references: readonly string[],
        known: readonly string[],
        pathOf: (j: number) => PathSegment[],
        owner?: string,
      ): void => {
        references.forEach((reference, j) => {
          if (known.includes(reference)) return;
          report([index, ...pathOf(j)], {
            what,
            reference,
            plan: plan.id,
            ...(owner === undefined ? {} : { owner }),
            suggestion: closestMatch(reference, known),
          });
        });
      };
      const ids = (items: readonly { readonly id: string }[]) => items.map((item) => item.id);
      const measures = progress.measureProgress;
      resolve(
        'measure',
        measures.map((entry) => entry.measure),
        ids(plan.measures),
        (i) => ['measureProgress', i, 'measure'],
      );
      measures.forEach((entry, i) => {
        const measure = plan.measures.find((candidate) => candidate.id === entry.measure);
        if (measure === undefined) return;
        const milestones = entry.milestones.map((milestone) => milestone.milestone);
        resolve(
          'milestone',
          milestones,
          ids(measure.schedule.milestones),
          (j) => ['measureProgress', i, 'milestones', j, 'milestone'],
          measure.id,
        );
        const indicators = entry.indicators.map((value) => value.indicator);
        resolve(
          'indicator',
          indicators,
          ids(measure.indicators),
          (j) => ['measureProgress', i, 'indicators', j, 'indicator'],
          measure.id,
        );
      });
      const objectives = progress.objectiveProgress;
      resolve(
        'objective',
        objectives.map((entry) => entry.objective),
        ids(plan.objectives),
        (i) => ['objectiveProgress', i, 'objective'],
      );
      objectives.forEach((entry, i) => {
        const objective = plan.objectives.find((candidate) => candidate.id === entry.objective);
        if (objective === undefined) return;
        const indicators = entry.indicators.map((value) => value.indicator);
        resolve(
          'indicator',
          indicators,
          ids(objective.indicators),
          (j) => ['objectiveProgress', i, 'indicators', j, 'indicator'],
          objective.id,
        );
      });
      const pledges = plan.arrangements.contributions;
      progress.contributions.forEach((delivery, i) => {
        const pledged = pledges.some(
          (pledge) => pledge.member === delivery.member && pledge.kind === delivery.kind,
        );
        if (!pledged) {
          report([index, 'contributions', i, 'member'], {
            what: 'contribution',
            reference: `${delivery.member} (${delivery.kind})`,
            plan: plan.id,
            suggestion: closestMatch(
              delivery.member,
              pledges.map((pledge) => pledge.member),
            ),
          });
        }
      });
    }
  },
});

/** A milestone is not reached before its measure starts. */
export const reportMilestoneBeforeStart = defineRule({
  code: 'report/milestone-before-start',
  severity: 'warning',
  scope: 'Workspace',
  summary: 'A milestone is not reported achieved before its measure starts in the plan.',
  example:
    '`reports/2026-h1.yaml#/measureProgress/0/milestones/0/achieved: 2026-01-10`: `M-TAL-01` starts on `2026-02-01`.',
  fix: 'Correct the date it was reached, or the start of the measure.',
  check(workspace: WorkspaceView, report) {
    for (const { report: progress, index, plan } of reportsWithPlan(workspace)) {
      progress.measureProgress.forEach((entry, i) => {
        const measure = plan.measures.find((candidate) => candidate.id === entry.measure);
        if (measure === undefined) return;
        entry.milestones.forEach((milestone, j) => {
          const { achieved } = milestone;
          if (achieved !== undefined && achieved < measure.schedule.start) {
            report([index, 'measureProgress', i, 'milestones', j, 'achieved'], {
              milestone: milestone.milestone,
              measure: measure.id,
              achieved,
              start: measure.schedule.start,
            });
          }
        });
      });
    }
  },
});

/** Spend is reported in the currency of the measure's budget. */
export const reportSpendCurrency = defineRule({
  code: 'report/spend-currency',
  severity: 'warning',
  scope: 'Workspace',
  summary:
    "A measure's spend is reported in the currency of its budget, so that the two can be compared; a measure with spend has a budget.",
  example:
    '`reports/2026-h1.yaml#/measureProgress/1/spend/currency: EUR`: `M-TAL-02` is budgeted in `USD`.',
  fix: 'Report the spend in the budget currency.',
  check(workspace: WorkspaceView, report) {
    for (const { report: progress, index, plan } of reportsWithPlan(workspace)) {
      progress.measureProgress.forEach((entry, i) => {
        const measure = plan.measures.find((candidate) => candidate.id === entry.measure);
        const spend = entry.spend;
        if (measure === undefined || spend === undefined) return;
        if (measure.budget?.currency !== spend.currency) {
          report([index, 'measureProgress', i, 'spend', 'currency'], {
            measure: measure.id,
            currency: spend.currency,
            budget: measure.budget?.currency,
          });
        }
      });
    }
  },
});

/** Spend stays within the budget. */
export const reportSpendAboveBudget = defineRule({
  code: 'report/spend-above-budget',
  severity: 'warning',
  scope: 'Workspace',
  summary: "A measure's cumulative spend is not above its budget (in the same currency).",
  example:
    '`reports/2026-h2.yaml#/measureProgress/1/spend/amount: 700000`: `M-TAL-02` has a budget of USD 600,000.',
  fix: 'Check the spend, or revise the budget in the plan.',
  check(workspace: WorkspaceView, report) {
    for (const { report: progress, index, plan } of reportsWithPlan(workspace)) {
      progress.measureProgress.forEach((entry, i) => {
        const measure = plan.measures.find((candidate) => candidate.id === entry.measure);
        const { spend } = entry;
        const budget = measure?.budget;
        if (measure === undefined || spend === undefined || budget === undefined) return;
        if (budget.currency === spend.currency && spend.amount > budget.amount) {
          report([index, 'measureProgress', i, 'spend', 'amount'], {
            measure: measure.id,
            spent: spend.amount,
            budget: budget.amount,
            currency: budget.currency,
          });
        }
      });
    }
  },
});

/** A contribution is delivered in the currency it was pledged in. */
export const reportContributionCurrency = defineRule({
  code: 'report/contribution-currency',
  severity: 'warning',
  scope: 'Workspace',
  summary:
    'A contribution is delivered in the currency of its pledge in the plan, so that delivered and pledged amounts can be compared.',
  example:
    '`reports/2026-h2.yaml#/contributions/0/currency: EUR`: Example Member State pledged in `USD`.',
  fix: 'Report the amount delivered in the currency of the pledge.',
  check(workspace: WorkspaceView, report) {
    for (const { report: progress, index, plan } of reportsWithPlan(workspace)) {
      progress.contributions.forEach((delivery, i) => {
        const pledge = plan.arrangements.contributions.find(
          (candidate) => candidate.member === delivery.member && candidate.kind === delivery.kind,
        );
        const pledged = pledge?.currency;
        if (pledged === undefined || delivery.currency === undefined) return;
        if (delivery.currency !== pledged) {
          report([index, 'contributions', i, 'currency'], {
            member: delivery.member,
            currency: delivery.currency,
            pledged,
          });
        }
      });
    }
  },
});

/** Cumulative spend does not fall from one report of a plan to the next. */
export const reportSpendDecrease = defineRule({
  code: 'report/spend-decrease',
  severity: 'warning',
  scope: 'Workspace',
  summary:
    "A measure's cumulative spend (in one currency) does not fall from one report of a plan to a later one.",
  example:
    '`reports/2026-h2.yaml#/measureProgress/1/spend/amount: 30000`: `M-TAL-02` had spent USD 40,000 by the first-half report.',
  fix: 'Report spend since the measure started, not in the period only.',
  check(workspace: WorkspaceView, report) {
    for (const group of reportsByPlan(workspace)) {
      const latest = new Map<string, { amount: number; report: string }>();
      for (const { report: progress, index } of group) {
        progress.measureProgress.forEach((entry, i) => {
          const { spend } = entry;
          if (spend === undefined) return;
          const key = `${entry.measure}\u0000${spend.currency}`;
          const earlier = latest.get(key);
          if (earlier !== undefined && spend.amount < earlier.amount) {
            report([index, 'measureProgress', i, 'spend', 'amount'], {
              measure: entry.measure,
              spent: spend.amount,
              earlier: earlier.amount,
              currency: spend.currency,
              report: earlier.report,
            });
          }
          latest.set(key, { amount: spend.amount, report: progress.id });
        });
      }
    }
  },
});

/** The reports of one plan cover periods that do not overlap. */
export const reportOverlappingPeriods = defineRule({
  code: 'report/overlapping-periods',
  severity: 'error',
  scope: 'Workspace',
  summary: 'Reports on one plan cover periods that do not overlap.',
  example:
    '`reports/2026-h2.yaml#/period/start: 2026-06-01`: the first-half report runs to `2026-06-30`.',
  fix: 'Give each report its own period, the next starting after the last ends.',
  check(workspace: WorkspaceView, report) {
    for (const group of reportsByPlan(workspace)) {
      group.forEach(({ report: later, index }, k) => {
        const earlier = group
          .slice(0, k)
          .find(({ report: other }) => other.period.end >= later.period.start);
        if (earlier !== undefined) {
          report([index, 'period'], {
            plan: later.plan,
            report: earlier.report.id,
            start: earlier.report.period.start,
            end: earlier.report.period.end,
          });
        }
      });
    }
  },
});

/** A measure's status does not go back from one report to the next in an implausible way. */
export const reportImplausibleStatus = defineRule({
  code: 'report/implausible-status',
  severity: 'warning',
  scope: 'Workspace',
  summary:
    'A measure does not go back from one report of a plan to the next: not from closed or cancelled to any other status, nor from implementation, finalisation or suspended to pipeline.',
  example:
    '`reports/2026-h1.yaml#/measureProgress/4/status: closed`: `M-COO-01` is back in `pipeline` in the next report.',
  fix: 'Check the status; a measure started anew belongs in the plan as a new measure.',
  check(workspace: WorkspaceView, report) {
    for (const group of reportsByPlan(workspace)) {
      const latest = new Map<string, { status: string; report: string }>();
      for (const { report: progress, index } of group) {
        progress.measureProgress.forEach((entry, i) => {
          const earlier = latest.get(entry.measure);
          const from = earlier?.status as keyof typeof IMPLAUSIBLE_STATUS_CHANGES | undefined;
          if (earlier !== undefined && from !== undefined) {
            if (IMPLAUSIBLE_STATUS_CHANGES[from].includes(entry.status)) {
              report([index, 'measureProgress', i, 'status'], {
                measure: entry.measure,
                from,
                to: entry.status,
                report: earlier.report,
              });
            }
          }
          latest.set(entry.measure, { status: entry.status, report: progress.id });
        });
      }
    }
  },
});

/** A reported indicator value is in the unit the plan gives the indicator. */
export const reportIndicatorUnit = defineRule({
  code: 'report/indicator-unit',
  severity: 'warning',
  scope: 'Workspace',
  summary:
    'An indicator value that states its `unit` uses the unit the plan gives the indicator, so that it can be compared with the baseline and target.',
  example:
    '`reports/2026-h1.yaml#/objectiveProgress/0/indicators/0/unit: "%"`: the plan measures `I-O1-1` in `people`.',
  fix: 'Convert the value to the plan unit, or drop `unit`.',
  check(workspace: WorkspaceView, report) {
    for (const { report: progress, index, plan } of reportsWithPlan(workspace)) {
      const owners = [
        ...progress.measureProgress.map((entry, i) => ({
          values: entry.indicators,
          path: ['measureProgress', i] as const,
          indicators: plan.measures.find((m) => m.id === entry.measure)?.indicators ?? [],
        })),
        ...progress.objectiveProgress.map((entry, i) => ({
          values: entry.indicators,
          path: ['objectiveProgress', i] as const,
          indicators: plan.objectives.find((o) => o.id === entry.objective)?.indicators ?? [],
        })),
      ];
      for (const { values, path, indicators } of owners) {
        values.forEach((value, j) => {
          const indicator = indicators.find((candidate) => candidate.id === value.indicator);
          if (indicator === undefined || value.unit === undefined) return;
          if (value.unit !== indicator.unit) {
            report([index, ...path, 'indicators', j, 'unit'], {
              indicator: indicator.id,
              unit: value.unit,
              planUnit: indicator.unit,
            });
          }
        });
      }
    }
  },
});

/**
 * The rules that check progress reports against their plan and against each other.
 *
 * @example
 * ```ts
 * PROGRESS_REPORT_WORKSPACE_RULES.map((rule) => rule.code).includes('report/unknown-plan');
 * //=> true
 * ```
 */
export const PROGRESS_REPORT_WORKSPACE_RULES: readonly AnyRule<WorkspaceView>[] = [
  reportUnknownPlan,
  reportOutsidePlanPeriod,
  reportUnknownReference,
  reportMilestoneBeforeStart,
  reportSpendCurrency,
  reportSpendAboveBudget,
  reportContributionCurrency,
  reportSpendDecrease,
  reportOverlappingPeriods,
  reportImplausibleStatus,
  reportIndicatorUnit,
];
