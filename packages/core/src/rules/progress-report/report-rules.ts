import type { ProgressReport } from '../../documents/progress-report/progress-report.js';
import type { PathSegment } from '../../findings/issue.js';
import { forEachRepeat } from '../list-checks.js';
import type { AnyRule } from '../rule.js';
import { defineRule } from '../rule.js';
import { REPORT_ENTRY_RULES } from './report-entry-rules.js';

/** The period of a report runs forwards. */
export const reportDateOrder = defineRule({
  code: 'report/date-order',
  severity: 'error',
  scope: 'ProgressReport',
  summary: 'The report period starts on or before the day it ends.',
  example:
    '`reports/2026-h2.yaml#/period/end: 2026-06-30`: the period ends before it starts on `2026-07-01`.',
  fix: 'Swap or correct the dates.',
  check(report: ProgressReport, reportFinding) {
    const { start, end } = report.period;
    if (start > end) reportFinding(['period', 'start'], { start, end });
  },
});

/** Every dated thing a report holds, with its path and what to call it in a message. */
function* datesOf(report: ProgressReport): Generator<[string, PathSegment[], string]> {
  yield [report.period.start, ['period', 'start'], 'The report period'];
  for (const [i, measure] of report.measureProgress.entries()) {
    for (const [j, milestone] of measure.milestones.entries()) {
      if (milestone.achieved !== undefined) {
        yield [
          milestone.achieved,
          ['measureProgress', i, 'milestones', j, 'achieved'],
          `Milestone "${milestone.milestone}"`,
        ];
      }
    }
    for (const [j, value] of measure.indicators.entries()) {
      yield [
        value.date,
        ['measureProgress', i, 'indicators', j, 'date'],
        `A value of "${value.indicator}"`,
      ];
    }
    for (const [j, transaction] of (measure.spend?.transactions ?? []).entries()) {
      yield [
        transaction.date,
        ['measureProgress', i, 'spend', 'transactions', j, 'date'],
        `A transaction of "${measure.measure}"`,
      ];
    }
  }
  for (const [i, objective] of report.objectiveProgress.entries()) {
    for (const [j, value] of objective.indicators.entries()) {
      yield [
        value.date,
        ['objectiveProgress', i, 'indicators', j, 'date'],
        `A value of "${value.indicator}"`,
      ];
    }
  }
  for (const [i, contribution] of report.contributions.entries()) {
    yield [
      contribution.date,
      ['contributions', i, 'date'],
      `The contribution of ${contribution.member}`,
    ];
  }
  for (const [i, meeting] of report.meetings.entries()) {
    yield [meeting.date, ['meetings', i, 'date'], 'A meeting'];
  }
}

/** Nothing a report records happened after the date it speaks for. */
export const reportAfterAsOf = defineRule({
  code: 'report/after-as-of',
  severity: 'error',
  scope: 'ProgressReport',
  summary:
    'Dates the report records (the start of its period, milestones achieved, indicator values, transactions, deliveries, meetings) are not after its as-of date; re-forecast dates may be.',
  example:
    "`reports/2026-h1.yaml#/measureProgress/0/milestones/0/achieved: 2026-07-20`: after the report's `asOf: 2026-07-15`.",
  fix: 'Correct the date, or move `asOf` later.',
  check(report: ProgressReport, reportFinding) {
    for (const [date, path, what] of datesOf(report)) {
      if (date > report.asOf) reportFinding(path, { what, date, asOf: report.asOf });
    }
  },
});

/** Each measure, objective, milestone and contribution is reported once. */
export const reportDuplicateEntry = defineRule({
  code: 'report/duplicate-entry',
  severity: 'error',
  scope: 'ProgressReport',
  summary:
    'A report names each measure, objective and pledged contribution (member and kind) once, and each milestone once per measure.',
  example:
    '`reports/2026-h1.yaml#/measureProgress/-: { measure: M-TAL-01, status: implementation }`: a second entry for `M-TAL-01`.',
  fix: 'Merge the entries into one.',
  check(report: ProgressReport, reportFinding) {
    forEachRepeat(
      report.measureProgress.map((entry) => entry.measure),
      (value, i) => {
        reportFinding(['measureProgress', i, 'measure'], { value, list: 'measureProgress' });
      },
    );
    report.measureProgress.forEach((entry, i) => {
      forEachRepeat(
        entry.milestones.map((milestone) => milestone.milestone),
        (value, j) => {
          reportFinding(['measureProgress', i, 'milestones', j, 'milestone'], {
            value,
            list: `measureProgress[${i}].milestones`,
          });
        },
      );
    });
    forEachRepeat(
      report.objectiveProgress.map((entry) => entry.objective),
      (value, i) => {
        reportFinding(['objectiveProgress', i, 'objective'], { value, list: 'objectiveProgress' });
      },
    );
    forEachRepeat(
      report.contributions.map((entry) => `${entry.member} (${entry.kind})`),
      (value, i) => {
        reportFinding(['contributions', i], { value, list: 'contributions' });
      },
    );
  },
});

/**
 * The rules a progress report is checked against on its own. The rules that need the plan it
 * reports on, or the other reports of the plan, run over the workspace.
 *
 * @example
 * ```ts
 * PROGRESS_REPORT_RULES.map((rule) => rule.code).includes('report/after-as-of');
 * //=> true
 * ```
 */
export const PROGRESS_REPORT_RULES: readonly AnyRule<ProgressReport>[] = [
  reportDateOrder,
  reportAfterAsOf,
  reportDuplicateEntry,
  ...REPORT_ENTRY_RULES,
];
