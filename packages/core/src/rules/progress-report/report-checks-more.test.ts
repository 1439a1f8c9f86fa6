import { describe, expect, it } from 'vitest';
import { localizeIssue, validateProgressReport, validateWorkspace } from '@itu-aicb/core';
import type { ValidationIssue } from '@itu-aicb/core';
import { ar } from '@itu-aicb/core/locales/ar';
import { es } from '@itu-aicb/core/locales/es';
import { fr } from '@itu-aicb/core/locales/fr';
import { ru } from '@itu-aicb/core/locales/ru';
import { zh } from '@itu-aicb/core/locales/zh';
import {
  initiativeCatalogueInput,
  progressReportInput,
  workPlanInput,
} from '../../../test/fixtures.js';
import { REPORT_ENTRY_RULES } from './report-entry-rules.js';
import { reportContributionCurrency } from './report-workspace-rules.js';

type Report = ReturnType<typeof progressReportInput>;
type Plan = ReturnType<typeof workPlanInput>;
/** The fixture's first measure entry, the one with every field. */
type FullEntry = Extract<Report['measureProgress'][number], { spend: unknown }>;
const first = (report: Report) => report.measureProgress[0] as FullEntry;
/** The fixture's one delivery, with its optional fields open to removal. */
const delivery = (report: Report) =>
  report.contributions[0] as { amount?: number; currency?: string; member: string };

/** The findings of the fixture report, changed, checked with the fixture plan (changed too). */
function check(change: (report: Report, plan: Plan) => void): ValidationIssue[] {
  const plan = workPlanInput();
  const report = progressReportInput();
  change(report, plan);
  const result = validateWorkspace([
    { source: 'plan.yaml', document: plan },
    { source: 'initiatives.yaml', document: initiativeCatalogueInput() },
    { source: 'h1.yaml', document: report },
  ]);
  return [...result.issues, ...result.warnings];
}

/** `[code, severity, pointer]` of each finding. */
const found = (change: (report: Report, plan: Plan) => void) =>
  check(change).map((issue) => [issue.code, issue.severity, issue.pointer]);

describe('checks of single report entries', () => {
  it('finds nothing in the fixture report', () => {
    expect(found(() => undefined)).toEqual([]);
  });

  it('has a case below for every rule', () => {
    expect([...REPORT_ENTRY_RULES, reportContributionCurrency].map((rule) => rule.code)).toEqual([
      'report/milestone-entry',
      'report/group-above-total',
      'report/amount-without-currency',
      'report/non-budget-currency',
      'report/contribution-currency',
    ]);
  });

  describe('report/milestone-entry', () => {
    it('reports a milestone entry with both dates, or with neither', () => {
      expect(
        found((r) => Object.assign(first(r).milestones[0]!, { forecast: '2026-09-30' })),
      ).toEqual([['report/milestone-entry', 'error', '/measureProgress/0/milestones/0']]);
      expect(found((r) => (first(r).milestones[1] = { milestone: 'M1-b' } as never))).toEqual([
        ['report/milestone-entry', 'error', '/measureProgress/0/milestones/1'],
      ]);
    });

    it('says which of the two it is', () => {
      const messages = (change: (report: Report) => void) =>
        check(change).map((issue) => issue.message);
      expect(
        messages((r) => Object.assign(first(r).milestones[0]!, { forecast: '2026-09-30' })),
      ).toEqual([
        'Milestone "M1-a" of measure "M1" is given both as reached (achieved) and as re-forecast (forecast).',
      ]);
      expect(messages((r) => (first(r).milestones[1] = { milestone: 'M1-b' } as never))).toEqual([
        'Milestone "M1-b" of measure "M1" is given neither a date reached (achieved) nor a new date (forecast).',
      ]);
    });

    it('accepts one reached and one re-forecast milestone, and validates the report alone', () => {
      const alone = validateProgressReport({
        ...progressReportInput(),
        measureProgress: [
          { measure: 'M1', status: 'implementation', milestones: [{ milestone: 'M1-a' }] },
        ],
      });
      expect(alone.ok).toBe(false);
      expect(!alone.ok && alone.issues.map((issue) => issue.code)).toEqual([
        'report/milestone-entry',
      ]);
    });
  });

  describe('report/group-above-total', () => {
    it('reports a group larger than the total, and accepts one equal to it', () => {
      expect(found((r) => (first(r).beneficiaries.byGroup[0]!.count = 150))).toEqual([]);
      expect(found((r) => (first(r).beneficiaries.byGroup[0]!.count = 151))).toEqual([
        ['report/group-above-total', 'error', '/measureProgress/0/beneficiaries/byGroup/0/count'],
      ]);
    });

    it('accepts groups that add up to more than the total, since a person may be in several', () => {
      expect(
        found((r) => first(r).beneficiaries.byGroup.push({ group: 'youth', count: 120 } as never)),
      ).toEqual([]);
    });
  });

  describe('report/amount-without-currency', () => {
    it('reports a delivered amount without a currency', () => {
      expect(found((r) => delete delivery(r).currency)).toEqual([
        ['report/amount-without-currency', 'error', '/contributions/0/amount'],
      ]);
    });

    it('accepts a delivery with neither amount nor currency', () => {
      expect(
        found((r) => {
          delete delivery(r).currency;
          delete delivery(r).amount;
        }),
      ).toEqual([]);
    });
  });

  describe('report/non-budget-currency', () => {
    it.each(['XXX', 'XTS', 'XAU', 'XAG', 'XPT', 'XPD', 'XBA', 'XBD'])(
      'reports spend and a delivery in %s',
      (code) => {
        const codes = found((r, p) => {
          first(r).spend.currency = code;
          delivery(r).currency = code;
          // Budget and pledge in the same unit, so that only the report's own check speaks.
          p.measures[0]!.budget!.currency = 'USD';
        }).filter(([found]) => found === 'report/non-budget-currency');
        expect(codes).toEqual([
          ['report/non-budget-currency', 'error', '/measureProgress/0/spend/currency'],
          ['report/non-budget-currency', 'error', '/contributions/0/currency'],
        ]);
      },
    );

    it('names the measure or the member', () => {
      const messages = check((r) => {
        first(r).spend.currency = 'XXX';
        delivery(r).currency = 'XAU';
      })
        .filter((issue) => issue.code === 'report/non-budget-currency')
        .map((issue) => issue.message);
      expect(messages).toEqual([
        'The spend of measure "M1" is in "XXX", an ISO 4217 code that is not money.',
        'The contribution delivered by "Example Administration" is in "XAU", an ISO 4217 code that is not money.',
      ]);
    });

    it('accepts money in any currency', () => {
      expect(found((r) => (first(r).spend.currency = 'EUR')).map(([code]) => code)).not.toContain(
        'report/non-budget-currency',
      );
    });
  });

  describe('report/contribution-currency', () => {
    it('warns of a delivery in another currency than the pledge', () => {
      expect(found((r) => (delivery(r).currency = 'USD'))).toEqual([
        ['report/contribution-currency', 'warning', '/contributions/0/currency'],
      ]);
      expect(
        check((r) => (delivery(r).currency = 'USD')).map((issue) => [issue.message, issue.hint]),
      ).toEqual([
        [
          'The contribution of "Example Administration" is delivered in USD, but it was pledged in CHF; the two cannot be compared.',
          'Report the amount delivered in CHF, converted at the rate of the day it was delivered.',
        ],
      ]);
    });

    it('has nothing to compare when the pledge or the delivery has no currency', () => {
      expect(
        found((r, p) => {
          delivery(r).currency = 'USD';
          const pledge = p.arrangements.contributions[0] as { amount?: number; currency?: string };
          delete pledge.currency;
          delete pledge.amount;
        }),
      ).toEqual([]);
      expect(
        found((r) => {
          delete delivery(r).currency;
          delete delivery(r).amount;
        }),
      ).toEqual([]);
    });

    it('compares a delivery with the pledge of its own member and kind', () => {
      expect(
        found((r, p) => {
          p.arrangements.contributions.push({
            member: 'Example Administration',
            category: 'member-state',
            kind: 'in-kind',
            amount: 10,
            currency: 'EUR',
          } as never);
          r.contributions.push({
            member: 'Example Administration',
            kind: 'in-kind',
            amount: 5,
            currency: 'EUR',
            date: '2026-04-01',
          });
        }),
      ).toEqual([]);
    });
  });

  it('words each new finding in every language, with its values', () => {
    const issues = check((r) => {
      Object.assign(first(r).milestones[0]!, { forecast: '2026-09-30' });
      first(r).beneficiaries.byGroup[0]!.count = 151;
      first(r).spend.currency = 'XXX';
      delivery(r).currency = 'USD';
      r.contributions.push({
        member: 'Example Administration',
        kind: 'in-kind',
        amount: 5,
        date: '2026-04-01',
      } as never);
    }).filter(
      (issue) => !['report/spend-currency', 'report/unknown-reference'].includes(issue.code),
    );
    expect(new Set(issues.map((issue) => issue.code))).toEqual(
      new Set([...REPORT_ENTRY_RULES, reportContributionCurrency].map((rule) => rule.code)),
    );
    for (const catalogue of [ar, es, fr, ru, zh]) {
      for (const issue of issues) {
        const localized = localizeIssue(issue, catalogue);
        expect(localized.message, issue.code).not.toBe(issue.message);
        expect(localized.hint, issue.code).not.toBe(issue.hint);
        for (const value of ['M1', 'Example Administration', 'XXX', '151'].filter(
          (v) => issue.message.includes(`"${v}"`) || issue.message.includes(` ${v} `),
        )) {
          expect(localized.message, `${issue.code}: ${value}`).toContain(value);
        }
      }
    }
  });
});
