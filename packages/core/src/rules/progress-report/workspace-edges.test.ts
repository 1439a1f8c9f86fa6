// report/contribution-currency compares a delivery with the pledge of the same member, not with
// the first pledge of the same kind.
import { describe, expect, it } from 'vitest';
import { validateWorkspace } from '@itu-aicb/core';
import { progressReportInput, workPlanInput } from '../../../test/fixtures.js';

type Report = ReturnType<typeof progressReportInput>;
type Plan = ReturnType<typeof workPlanInput>;

/** `[pointer, params]` of the report/contribution-currency findings of the changed fixtures. */
function currencyFindings(change: (report: Report, plan: Plan) => void) {
  const plan = workPlanInput();
  const report = progressReportInput();
  change(report, plan);
  const result = validateWorkspace([
    { source: 'plan.yaml', document: plan },
    { source: 'h1.yaml', document: report },
  ]);
  return [...result.issues, ...result.warnings]
    .filter((issue) => issue.code === 'report/contribution-currency')
    .map((issue) => [issue.pointer, issue.params]);
}

/** A financial pledge in USD by another member, placed before the fixture's pledge in CHF. */
const otherPledgeFirst = (plan: Plan) => {
  plan.arrangements.contributions.unshift({
    member: 'Other Administration',
    category: 'member-state',
    kind: 'financial',
    amount: 20000,
    currency: 'USD',
  });
};

describe('report/contribution-currency with pledges of two members', () => {
  it("reads the delivering member's own pledge", () => {
    expect(
      currencyFindings((r, p) => {
        otherPledgeFirst(p);
        r.contributions[0]!.currency = 'USD';
      }),
    ).toEqual([
      [
        '/contributions/0/currency',
        { member: 'Example Administration', currency: 'USD', pledged: 'CHF' },
      ],
    ]);
    expect(
      currencyFindings((_, p) => {
        otherPledgeFirst(p);
      }),
    ).toEqual([]);
  });
});
