// The workspace rules at their edges: which documents they compare, what they leave alone, and
// the earlier document their messages point to.
import { describe, expect, it } from 'vitest';
import { WORKSPACE_RULES, validateWorkPlan, validateWorkspace } from '@itu-aicb/core';
import type { WorkspaceEntry } from '@itu-aicb/core';
import {
  initiativeCatalogueInput,
  needsAssessmentInput,
  scoringProfileInput,
  workPlanInput,
} from '../../../test/fixtures.js';
import { naming } from '../../../test/naming.js';

type Plan = ReturnType<typeof workPlanInput>;

/** The findings with `code`, as `[source, pointer, message]`. */
function found(code: string, entries: WorkspaceEntry[]): [string | undefined, string, string][] {
  const result = validateWorkspace(entries);
  return [...('issues' in result ? result.issues : []), ...result.warnings]
    .filter((issue) => issue.code === code)
    .map((issue) => [issue.source, issue.pointer, issue.message]);
}

const planWith = (change: (plan: Plan) => void): WorkspaceEntry => {
  const plan = workPlanInput();
  change(plan);
  return { source: 'plan.yaml', document: plan };
};

describe('workspace/duplicate-document-id', () => {
  it('names the file of the first document with the id, and compares ids within a kind', () => {
    expect(
      found('workspace/duplicate-document-id', [
        { source: 'a.yaml', document: initiativeCatalogueInput() },
        { source: 'b.yaml', document: initiativeCatalogueInput() },
      ]),
    ).toEqual([['b.yaml', '/id', naming('itu-ai-initiatives', 'InitiativeCatalogue', '(a.yaml)')]]);
    expect(
      found('workspace/duplicate-document-id', [
        { source: 'plan.yaml', document: workPlanInput() },
        { source: 'eth.yaml', document: { ...needsAssessmentInput(), id: 'aicb-2026' } },
      ]),
    ).toEqual([]);
  });
});

describe('workspace/duplicate-initiative-id', () => {
  it('points to the first use, file and place', () => {
    const other = { ...initiativeCatalogueInput(), id: 'more' };
    other.initiatives = [other.initiatives[1]!];
    expect(
      found('workspace/duplicate-initiative-id', [
        { source: 'first.yaml', document: initiativeCatalogueInput() },
        { source: 'more.yaml', document: other },
      ]),
    ).toEqual([
      ['more.yaml', '/initiatives/0/id', naming('ai-for-good', 'first.yaml at /initiatives/1/id')],
    ]);
  });

  it('finds no repeat in ids used once, however short', () => {
    const catalogue = initiativeCatalogueInput();
    catalogue.initiatives = catalogue.initiatives.map((each, i) => ({
      ...each,
      id: ['S', 't'][i] ?? each.id,
    }));
    expect(
      validateWorkspace([{ source: 'c.yaml', document: catalogue }]).issues.map((i) => i.code),
    ).toEqual([]);
  });
});

describe('workspace/unresolved-initiative', () => {
  const buildsOnTypo = planWith((p) => (p.measures[0]!.buildsOn = ['itu-acadmy']));

  it('suggests the closest id of the catalogues, and says when there is no catalogue', () => {
    expect(
      found('workspace/unresolved-initiative', [
        buildsOnTypo,
        { source: 'catalogue.yaml', document: initiativeCatalogueInput() },
      ]),
    ).toEqual([['plan.yaml', '/measures/0/buildsOn/0', naming('M1', 'itu-acadmy')]]);
    const [withCatalogue] = validateWorkspace([
      buildsOnTypo,
      { source: 'catalogue.yaml', document: initiativeCatalogueInput() },
    ]).issues;
    expect(withCatalogue?.hint).toContain('itu-academy');
    const alone = found('workspace/unresolved-initiative', [buildsOnTypo]);
    expect(alone).toHaveLength(1);
    expect(alone[0]?.[2]).not.toEqual(
      found('workspace/unresolved-initiative', [
        buildsOnTypo,
        { source: 'catalogue.yaml', document: initiativeCatalogueInput() },
      ])[0]?.[2],
    );
  });

  it('runs over a workspace view that does not say which kinds were invalid', () => {
    const rule = WORKSPACE_RULES.find(
      (candidate) => candidate.code === 'workspace/unresolved-initiative',
    );
    const paths: unknown[] = [];
    const checked = validateWorkPlan(buildsOnTypo.document);
    const document = checked.ok ? checked.value : undefined;
    rule?.check({ documents: [{ source: 'plan.yaml', document }] } as never, (path) =>
      paths.push(path),
    );
    expect(paths).toEqual([[0, 'measures', 0, 'buildsOn', 0]]);
  });

  it('reads the valid parts of an invalid catalogue: a bad asOf hides no initiative', () => {
    expect(
      found('workspace/unresolved-initiative', [
        buildsOnTypo,
        { source: 'catalogue.yaml', document: { ...initiativeCatalogueInput(), asOf: 'soon' } },
      ]),
    ).toEqual([['plan.yaml', '/measures/0/buildsOn/0', naming('M1', 'itu-acadmy')]]);
  });

  it('stays silent while an id of a catalogue is invalid, or a catalogue cannot be read', () => {
    const catalogue = initiativeCatalogueInput();
    const badId = {
      ...catalogue,
      initiatives: catalogue.initiatives.map((each, i) => (i === 0 ? { ...each, id: 42 } : each)),
    };
    for (const document of [badId, { ...catalogue, kind: 'InitiativeCatalog' }]) {
      expect(
        found('workspace/unresolved-initiative', [
          buildsOnTypo,
          { source: 'catalogue.yaml', document },
        ]),
      ).toEqual([]);
    }
  });

  it('reports on a plan that is itself invalid elsewhere, in one run with its own finding', () => {
    const plan = buildsOnTypo.document as ReturnType<typeof workPlanInput>;
    const result = validateWorkspace([
      { source: 'plan.yaml', document: { ...plan, status: 'drafted' } },
      { source: 'catalogue.yaml', document: initiativeCatalogueInput() },
    ]);
    expect(result.issues.map((issue) => [issue.code, issue.pointer])).toEqual([
      ['schema/invalid-value', '/status'],
      ['workspace/unresolved-initiative', '/measures/0/buildsOn/0'],
    ]);
  });
});

describe('workspace/duplicate-assessment', () => {
  const assessment = (source: string, change: Record<string, unknown>): WorkspaceEntry => ({
    source,
    document: { ...needsAssessmentInput(), ...change },
  });

  it('reports a second assessment of a scope on one date, naming the first', () => {
    expect(
      found('workspace/duplicate-assessment', [
        assessment('eth.yaml', {}),
        assessment('eth-2.yaml', { id: 'na-eth-2' }),
      ]),
    ).toEqual([['eth-2.yaml', '/date', naming('ETH', '2026-02-15', '(eth.yaml)')]]);
  });

  it('accepts another date, another country, and compares regions by region', () => {
    expect(
      found('workspace/duplicate-assessment', [
        assessment('eth.yaml', {}),
        assessment('eth-2.yaml', { id: 'na-eth-2', date: '2026-02-16' }),
        assessment('ken.yaml', { id: 'na-ken', scope: { type: 'country', country: 'KEN' } }),
      ]),
    ).toEqual([]);
    const region = { type: 'region', region: 'AFR' };
    expect(
      found('workspace/duplicate-assessment', [
        assessment('afr.yaml', { id: 'na-afr', scope: region }),
        assessment('afr-2.yaml', { id: 'na-afr-2', scope: region }),
        assessment('eth.yaml', {}),
      ]),
    ).toEqual([['afr-2.yaml', '/date', naming('AFR', '2026-02-15', 'afr.yaml')]]);
  });
});

describe('workspace/missing-exchange-rate', () => {
  const profile = (change: Record<string, unknown> = {}): WorkspaceEntry => ({
    source: 'profile.yaml',
    document: {
      ...scoringProfileInput(),
      criteria: [{ id: 'cost-per-beneficiary', weight: 1 }],
      ...change,
    },
  });
  const budgets = (...currencies: string[]) =>
    planWith((p) => {
      currencies.forEach((currency, i) => {
        const measure = p.measures[i] ?? {
          ...p.measures[1]!,
          id: `M${i + 1}`,
          title: `Measure ${i + 1}`,
          schedule: { ...p.measures[1]!.schedule, milestones: [] },
        };
        p.measures[i] = { ...measure, budget: { amount: 1000, currency } } as never;
      });
    });

  it('compares in the most used budget currency when the profile names none', () => {
    // Two measures in EUR, one in USD: EUR is the reference, the USD budget has no rate.
    expect(
      found('workspace/missing-exchange-rate', [budgets('USD', 'EUR', 'EUR'), profile()]),
    ).toEqual([['plan.yaml', '/measures/0/budget/currency', naming('M1', 'USD', 'EUR')]]);
    // One each: the first is the reference.
    expect(found('workspace/missing-exchange-rate', [budgets('USD', 'EUR'), profile()])).toEqual([
      ['plan.yaml', '/measures/1/budget/currency', naming('M2', 'EUR', 'USD')],
    ]);
  });

  it('counts only the measures with a budget when it finds the most used currency', () => {
    // M1 in USD, M2 and M3 without a budget, M4 in EUR: USD is the reference.
    const plan = planWith((p) => {
      const [first, second] = p.measures;
      const bare = (id: string) => ({
        ...second!,
        id,
        title: `Measure ${id}`,
        schedule: { ...second!.schedule, milestones: [] },
      });
      p.measures = [
        first!,
        second!,
        bare('M3'),
        { ...bare('M4'), budget: { amount: 1000, currency: 'EUR' } },
      ] as never;
    });
    expect(found('workspace/missing-exchange-rate', [plan, profile()])).toEqual([
      ['plan.yaml', '/measures/3/budget/currency', naming('M4', 'EUR', 'USD')],
    ]);
  });

  it("compares in the profile's currency, and accepts a budget with a rate", () => {
    const chf = { code: 'CHF', rates: { USD: 0.9 } };
    expect(
      found('workspace/missing-exchange-rate', [budgets('USD', 'EUR'), profile({ currency: chf })]),
    ).toEqual([['plan.yaml', '/measures/1/budget/currency', naming('M2', 'EUR', 'CHF')]]);
  });

  it('has nothing to compare when no measure has a budget and the profile names no currency', () => {
    const noBudgets = planWith((p) => {
      delete (p.measures[0] as { budget?: unknown }).budget;
      p.measures[0]!.partners = [];
    });
    expect(found('workspace/missing-exchange-rate', [noBudgets, profile()])).toEqual([]);
    expect(found('rule/crashed', [noBudgets, profile()])).toEqual([]);
  });

  it('leaves a profile alone whose cost per beneficiary reads a field of its own', () => {
    expect(
      found('workspace/missing-exchange-rate', [
        budgets('USD', 'EUR'),
        profile({
          criteria: [
            { id: 'cost-per-beneficiary', field: 'estimates.risk', direction: 'cost', weight: 1 },
          ],
        }),
      ]),
    ).toEqual([]);
  });
});
