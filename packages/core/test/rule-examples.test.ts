// Every issue code in the rules reference has an example. These tests build a concrete case for
// each one, validate it through the public API and expect the code among the findings, so that an
// example cannot describe a case the SDK does not report.
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DOCUMENT_KINDS,
  ISSUE_CODE_REFERENCE,
  classifyPlanText,
  documentJsonSchema,
  validateDocument,
  validateDocumentText,
  validateWorkspace,
  validateWorkspaceText,
} from '@itu-aicb/core';
import { loadPlanFiles } from '@itu-aicb/core/node';
import { ar } from '@itu-aicb/core/locales/ar';
import { es } from '@itu-aicb/core/locales/es';
import { fr } from '@itu-aicb/core/locales/fr';
import { ru } from '@itu-aicb/core/locales/ru';
import { zh } from '@itu-aicb/core/locales/zh';
import { localizeIssue } from '@itu-aicb/core';
import type {
  IssueCode,
  PlanTextClass,
  ValidateTextOptions,
  ValidationIssue,
  ValidationResult,
  WorkspaceEntry,
  WorkspaceResult,
} from '@itu-aicb/core';
import {
  initiativeCatalogueInput,
  needsAssessmentInput,
  scoringProfileInput,
  workPlanInput,
} from './fixtures.js';

type Plan = ReturnType<typeof workPlanInput>;
type Catalogue = ReturnType<typeof initiativeCatalogueInput>;

/** Every finding of a result: errors, warnings and notes. */
const findings = (
  result: ValidationResult<unknown> | WorkspaceResult,
): readonly ValidationIssue[] => [...('issues' in result ? result.issues : []), ...result.warnings];

/** Reads and checks a YAML or JSON text. */
const text = (source: string, options?: ValidateTextOptions) =>
  findings(validateDocumentText(source, options));

/** The findings of a text found by a search that looks meant to be a plan document. */
const found = (source: string): readonly ValidationIssue[] => {
  const sorted: PlanTextClass = classifyPlanText(source);
  return sorted.status === 'suspect' ? sorted.issues : [];
};

/** Loads one file written into a fresh folder, as `aicb validate` on the folder does. */
const loadFile = async (name: string, content: string | Uint8Array) => {
  const folder = mkdtempSync(join(tmpdir(), 'aicb-examples-'));
  writeFileSync(join(folder, name), content);
  return (await loadPlanFiles(name, { cwd: folder })).findings;
};

/** Checks a fixture after one change. */
const edited =
  <T>(fixture: () => T) =>
  (change: (document: T) => void) => {
    const document = fixture();
    change(document);
    return findings(validateDocument(document));
  };
const plan = edited(workPlanInput);
const catalogue = edited(initiativeCatalogueInput);
const assessment = edited(needsAssessmentInput);
const profile = edited(scoringProfileInput);

/** Checks the fixtures of all four kinds as one workspace, with more documents added. */
const workspace = (...more: WorkspaceEntry[]) =>
  findings(
    validateWorkspace([
      { source: 'plan.yaml', document: workPlanInput() },
      { source: 'initiatives.yaml', document: initiativeCatalogueInput() },
      { source: 'eth.yaml', document: needsAssessmentInput() },
      { source: 'profile.yaml', document: scoringProfileInput() },
      ...more,
    ]),
  );

const measure = (document: Plan, index: number) => document.measures[index]!;
const milestone = (document: Plan, index: number) =>
  measure(document, 0).schedule.milestones[index]!;
const initiative = (document: Catalogue, index: number) => document.initiatives[index]!;

/** A case for each code that the public API reports, named by the code it must produce. */
const EXAMPLES: { readonly [C in IssueCode]?: () => readonly ValidationIssue[] } = {
  // Reading text
  'text/empty': () => text('# to do\n'),
  'text/too-large': () => text('# note\n'.repeat(1_800_000)),
  'text/binary': () => text('PK\u0003\u0004\u0014\u0000\u0006\u0000'),
  'text/byte-order-mark': () => text('\uFEFFkind: WorkPlan\nschemaVersion: 1\n'),
  'text/syntax': () => text('kind: WorkPlan\ntitle: "AI skills\n'),
  'text/duplicate-key': () => text('title: A\ntitle: B\n'),
  'text/alias-limit': () =>
    text(
      ['measures:', '  - budget: &b { amount: 1000, currency: USD }', '  - budget: *b', ''].join(
        '\n',
      ),
    ),
  'text/merge-key': () => text('budget: { <<: { currency: USD }, amount: 400000 }\n'),
  'text/custom-tag': () => text('due: !date 2026-05-31\n'),
  'text/multiple-documents': () => text('kind: WorkPlan\n---\nkind: InitiativeCatalogue\n'),
  'text/too-deep': () => text(`value: ${'['.repeat(65)}${']'.repeat(65)}\n`),

  // Input values
  'input/not-text': () => text(null as unknown as string),
  'input/not-a-list': () =>
    findings(
      validateWorkspace({
        source: 'plan.yaml',
        document: workPlanInput(),
      } as unknown as WorkspaceEntry[]),
    ),
  'input/not-json': () => {
    const document = workPlanInput();
    Object.defineProperty(document, 'schemaVersion', {
      enumerable: true,
      get() {
        throw new Error('cannot be read');
      },
    });
    return findings(validateDocument(document));
  },
  'input/forbidden-key': () =>
    text('kind: WorkPlan\nschemaVersion: 1\n__proto__: { admin: true }\n'),

  // Document envelope
  'document/not-an-object': () => text('- kind: WorkPlan\n'),
  'document/missing-kind': () => text('schemaVersion: 1\nid: aicb-2026\n'),
  'document/unknown-kind': () => text('kind: Workplan\nschemaVersion: 1\n'),

  // Finding and reading files (the reading codes are in FILE_EXAMPLES)
  'file/unknown-kind': () => found('kind: Workplan\nschemaVersion: 1\n'),
  'file/missing-kind': () => found('schemaVersion: 1\nobjectives: []\nmeasures: []\n'),
  'document/unsupported-schema-version': () => text('kind: WorkPlan\nschemaVersion: 2\n'),
  'document/kind-mismatch': () =>
    findings(validateDocument({ ...initiativeCatalogueInput(), kind: 'WorkPlan' })),

  // Structure
  'schema/missing-property': () => plan((document) => delete (document as Partial<Plan>).owner),
  'schema/invalid-type': () =>
    plan((document) => Object.assign(document.objectives[0]!, { pillars: 'talent' })),
  'schema/unknown-key': () =>
    plan((document) => Object.assign(measure(document, 0), { titel: 'AI skills programme' })),
  'schema/invalid-value': () => plan((document) => (document.status = 'ongoing')),
  'schema/invalid-format': () => plan((document) => (milestone(document, 0).due = '31/05/2026')),
  'schema/too-small': () => plan((document) => (measure(document, 0).budget!.amount = -1000)),
  'schema/too-big': () =>
    plan((document) => (measure(document, 0).budget!.breakdown[0]!.percent = 120)),

  // Work plan rules
  'plan/duplicate-id': () => plan((document) => (measure(document, 1).id = 'M1')),
  'plan/unresolved-objective': () => plan((document) => (measure(document, 0).objectives = ['O3'])),
  'plan/unresolved-mandate': () =>
    plan((document) => (measure(document, 0).mandates = ['res-241'])),
  'plan/unresolved-milestone': () =>
    plan((document) => (milestone(document, 1).dependsOn = ['M1-c'])),
  'plan/milestone-cycle': () =>
    plan((document) => Object.assign(milestone(document, 0), { dependsOn: ['M1-b'] })),
  'plan/date-order': () =>
    plan((document) => {
      measure(document, 1).schedule.start = '2026-06-01';
      measure(document, 1).schedule.end = '2026-03-31';
    }),
  'plan/outside-period': () =>
    plan((document) => (measure(document, 1).schedule.end = '2028-06-30')),
  'plan/milestone-outside-schedule': () =>
    plan((document) => (milestone(document, 1).due = '2027-09-30')),
  'plan/milestone-before-dependency': () =>
    plan((document) => (milestone(document, 1).due = '2026-04-30')),
  'plan/indicator-year-order': () =>
    plan((document) => (document.objectives[0]!.indicators![0]!.target.year = 2024)),
  'plan/secured-exceeds-budget': () =>
    plan((document) => (measure(document, 0).budget!.secured = 500000)),
  'plan/breakdown-sum': () =>
    plan((document) => (measure(document, 0).budget!.breakdown[1]!.percent = 20)),
  'plan/partner-financing-sum': () =>
    plan(
      (document) =>
        (measure(document, 0).partners = [
          { name: 'UNDP', role: 'implementing', financingPercent: 60 },
          { name: 'UNESCO', role: 'implementing', financingPercent: 60 },
        ]),
    ),
  'plan/amount-without-currency': () =>
    plan(
      (document) =>
        delete (document.arrangements.contributions[0] as { currency?: string }).currency,
    ),
  'plan/unknown-country': () =>
    plan((document) => (measure(document, 0).targetCountries = ['ETA'])),
  'plan/unknown-office': () => plan((document) => (measure(document, 0).lead = 'addis-abeba')),
  'plan/unknown-sdg-target': () => plan((document) => (measure(document, 0).sdgTargets = ['4.9'])),
  'plan/country-outside-region': () =>
    plan((document) => (measure(document, 0).targetCountries = ['NPL'])),
  'plan/objective-without-measure': () =>
    plan((document) => (measure(document, 1).objectives = ['O1'])),
  'plan/lead-also-contributor': () =>
    plan((document) => (measure(document, 0).contributors = ['TSB', 'BDT'])),
  'plan/pillar-outside-objectives': () =>
    plan((document) => (measure(document, 0).pillars = ['talent', 'compute'])),
  'plan/duplicate-entry': () =>
    plan((document) => (measure(document, 0).targetCountries = ['ETH', 'RWA', 'ETH'])),
  'plan/missing-estimates': () =>
    plan((document) => (measure(document, 0).estimates = { beneficiaries: 2000 } as never)),
  'plan/global-with-targets': () =>
    plan((document) => Object.assign(measure(document, 0), { global: true })),
  // What a reviewer checks beyond consistency
  'plan/long-period': () => plan((document) => (document.period.end = '2037-12-31')),
  'plan/mandate-after-plan': () => plan((document) => (document.mandates[0]!.year = 2030)),
  'plan/first-results-after-end': () =>
    plan((document) => {
      measure(document, 0).schedule.end = '2026-07-31';
      measure(document, 0).estimates.monthsToFirstResults = 9;
    }),
  'plan/non-budget-currency': () =>
    plan((document) => (measure(document, 0).budget!.currency = 'XXX')),
  'plan/partner-finances-nothing': () =>
    plan(
      (document) =>
        (measure(document, 0).partners = [
          { name: 'Example Fund', role: 'funding', financingPercent: 0 },
        ]),
    ),
  'plan/duplicate-partner': () =>
    plan(
      (document) =>
        (measure(document, 0).partners = [
          { name: 'UNDP', role: 'implementing' },
          { name: 'undp', role: 'funding' },
        ] as never),
    ),
  'plan/lead-bureau-participating': () =>
    plan((document) => (document.arrangements.participatingBureaus = ['GS', 'BDT'])),
  'plan/lead-outside-arrangements': () => plan((document) => (measure(document, 1).lead = 'BR')),
  'plan/region-without-country': () =>
    plan((document) => (measure(document, 0).targetRegions = ['AFR', 'ASP'])),
  'plan/chair-not-member': () =>
    plan((document) =>
      Object.assign(document.arrangements.communicationGroup, {
        chair: 'GS',
        members: ['TSB', 'BDT'],
      }),
    ),
  'plan/done-milestone-in-pipeline': () =>
    plan((document) => Object.assign(milestone(document, 0), { done: true })),
  'plan/country-not-itu-member': () =>
    plan((document) => (measure(document, 0).targetCountries = ['PSE'])),
  'plan/duplicate-title': () =>
    plan((document) => (measure(document, 1).title = 'AI skills programme for officials')),
  'plan/indicator-without-unit': () =>
    plan((document) => delete (document.objectives[0]!.indicators![0] as { unit?: string }).unit),
  'plan/indicator-target-outside-period': () =>
    plan((document) => (document.objectives[0]!.indicators![0]!.target.year = 2030)),
  'plan/financing-without-budget': () =>
    plan((document) => {
      delete (measure(document, 0) as { budget?: unknown }).budget;
      measure(document, 0).partners = [{ name: 'UNDP', role: 'funding', financingPercent: 40 }];
    }),

  // Initiative catalogue rules
  'catalogue/duplicate-id': () =>
    catalogue((document) => (initiative(document, 1).id = 'itu-academy')),
  'catalogue/date-order': () =>
    catalogue((document) =>
      Object.assign(initiative(document, 0), { start: '2024', end: '2023-06' }),
    ),
  'catalogue/unknown-office': () =>
    catalogue((document) => (initiative(document, 1).coOwners = ['adis-ababa'])),
  'catalogue/ended-but-active': () =>
    catalogue((document) => Object.assign(initiative(document, 0), { end: '2024' })),
  'catalogue/over-without-end': () =>
    catalogue((document) => (initiative(document, 1).status = 'completed')),
  'catalogue/reach-after-as-of': () =>
    catalogue((document) => (initiative(document, 0).reach![0]!.asOf = '2026-06')),
  'catalogue/duplicate-entry': () =>
    catalogue((document) => (initiative(document, 0).pillars = ['talent', 'talent'])),
  'catalogue/active-before-start': () =>
    catalogue((document) => (initiative(document, 0).start = '2026-03')),

  // Needs assessment rules
  'assessment/unknown-country': () => assessment((document) => (document.scope.country = 'ETA')),
  'assessment/no-pillars': () => assessment((document) => (document.pillars = {} as never)),
  'assessment/target-below-current': () =>
    assessment((document) => (document.pillars.talent = { current: 3, target: 2 } as never)),
  'assessment/need-pillar-not-assessed': () =>
    assessment((document) => (document.priorityNeeds[0]!.pillar = 'data')),
  'assessment/unknown-framework-version': () =>
    assessment((document) => (document.method = { framework: 'oxford-insights', version: '2024' })),

  // Scoring profile rules
  'profile/duplicate-criterion': () =>
    profile((document) => (document.criteria[1] = { id: 'need-severity', weight: 2 })),
  'profile/unknown-criterion': () =>
    profile((document) => (document.criteria[0]!.id = 'need-severty')),
  'profile/invalid-field': () =>
    profile(
      (document) =>
        (document.criteria[4] = {
          id: 'cost',
          field: 'budget.amout',
          direction: 'cost',
          weight: 1,
        }),
    ),
  'profile/weighting': () =>
    profile((document) => delete (document.criteria[0] as { weight?: number }).weight),
  'profile/preference-thresholds': () =>
    profile(
      (document) =>
        (document.method = {
          name: 'promethee-ii',
          preference: { type: 'linear', q: 2, p: 1 },
        } as never),
    ),
  'profile/unused-setting': () =>
    profile((document) => (document.method = { name: 'topsis', v: 0.5 } as never)),
  'profile/inconsistent-judgements': () =>
    profile((document) => {
      document.criteria = [{ id: 'need-severity' }, { id: 'risk' }, { id: 'feasibility' }] as never;
      Object.assign(document, {
        weighting: {
          type: 'ahp',
          judgements: [
            [1, 9, 1 / 9],
            [1 / 9, 1, 9],
            [9, 1 / 9, 1],
          ],
        },
      });
    }),

  // Workspace rules
  'workspace/duplicate-document-id': () =>
    workspace({ source: 'plan-copy.yaml', document: workPlanInput() }),
  'workspace/duplicate-initiative-id': () =>
    workspace({
      source: 'more-initiatives.yaml',
      document: { ...initiativeCatalogueInput(), id: 'more-initiatives' },
    }),
  'workspace/unresolved-initiative': () =>
    findings(
      validateWorkspaceText([
        {
          source: 'plan.json',
          text: JSON.stringify(workPlanInput()).replace('"itu-academy"', '"itu-acadmy"'),
        },
        { source: 'initiatives.json', text: JSON.stringify(initiativeCatalogueInput()) },
      ]),
    ),
  'workspace/duplicate-assessment': () =>
    workspace({ source: 'eth-copy.yaml', document: { ...needsAssessmentInput(), id: 'na-eth-2' } }),
  'workspace/missing-exchange-rate': () => {
    const document = workPlanInput();
    document.measures[0]!.budget!.currency = 'CHF';
    return findings(
      validateWorkspace([
        { source: 'plan.yaml', document },
        {
          source: 'profile.yaml',
          document: {
            ...scoringProfileInput(),
            criteria: [{ id: 'cost-per-beneficiary', weight: 1 }],
            currency: { code: 'USD', rates: {} },
          },
        },
      ]),
    );
  },
};

/** Codes reported while files are read, shown through `@itu-aicb/core/node`. */
const FILE_EXAMPLES: {
  readonly [C in IssueCode]?: () => Promise<readonly ValidationIssue[]>;
} = {
  'file/unreadable': async () => {
    // A named symbolic link that leads nowhere.
    const folder = mkdtempSync(join(tmpdir(), 'aicb-examples-'));
    symlinkSync(join(folder, 'gone.yaml'), join(folder, 'plan.yaml'));
    return (await loadPlanFiles('plan.yaml', { cwd: folder })).findings;
  },
  'file/invalid-utf8': () =>
    loadFile(
      'plan.yaml',
      Buffer.concat([Buffer.from('kind: WorkPlan\ntitle: caf'), Buffer.from([0xe9])]),
    ),
};

/**
 * Codes that no input can produce through the public API today, with the reason. Each keeps its
 * place in the reference for documents or checks added later.
 */
const NOT_REPORTED_TODAY: { readonly [C in IssueCode]?: string } = {
  'schema/not-multiple':
    'No field of the four document kinds has a step (`multipleOf`), so no value can miss one.',
  'schema/invalid':
    'It is the fallback for schema checks with no more specific code; every check the four document kinds make has one.',
  'rule/crashed':
    'It reports a fault of the SDK (a rule that throws); src/validate/run-rules.test.ts shows it with a faulty rule, and every example here must be free of it.',
};

describe('rule examples', () => {
  it.each(Object.entries(EXAMPLES))('%s: the example is reported', (code, run) => {
    const codes = run().map((issue) => issue.code);
    expect(codes).toContain(code);
    // A rule that fails on a broken document shows here first.
    expect(codes).not.toContain('rule/crashed');
  });

  it.each(Object.entries(FILE_EXAMPLES))('%s: the example is reported', async (code, run) => {
    expect((await run()).map((issue) => issue.code)).toContain(code);
  });

  it('has an example in the reference for every code', () => {
    for (const entry of ISSUE_CODE_REFERENCE) {
      expect(entry.example.trim(), entry.code).not.toBe('');
    }
  });

  it('exercises every code of the reference, or says why it cannot', () => {
    const exercised = [...Object.keys(EXAMPLES), ...Object.keys(FILE_EXAMPLES)];
    const explained = Object.keys(NOT_REPORTED_TODAY);
    expect(exercised.filter((code) => explained.includes(code))).toEqual([]);
    expect(new Set([...exercised, ...explained])).toEqual(
      new Set(ISSUE_CODE_REFERENCE.map((entry) => entry.code)),
    );
  });

  it('keeps the reason for schema/not-multiple true: no JSON Schema has a step', () => {
    for (const kind of DOCUMENT_KINDS) {
      expect(JSON.stringify(documentJsonSchema(kind))).not.toContain('"multipleOf"');
    }
  });

  it('starts each example from fixtures that are free of the codes they show', () => {
    const clean = workspace().map((issue) => issue.code);
    expect(clean).toEqual([]);
  });
});

// Each example's findings, worded again in every other official language from their parameters.
describe('rule examples in every language', () => {
  const locales = [ar, es, fr, ru, zh];
  const broken = /undefined|\[object |NaN|\$\{/;
  it.each(Object.entries(EXAMPLES))('%s: reads in ar, es, fr, ru and zh', (code, run) => {
    const english = run().filter((issue) => issue.code === code);
    expect(english.length).toBeGreaterThan(0);
    for (const issue of english) {
      expect(issue.params, code).toBeDefined();
      for (const locale of locales) {
        const worded = localizeIssue(issue, locale);
        const where = `${code} in ${locale.language}`;
        expect(worded.message, where).not.toMatch(broken);
        expect(worded.hint ?? '', where).not.toMatch(broken);
        expect(worded.message.trim(), where).not.toBe('');
        expect(worded.message, where).not.toBe(issue.message);
        expect(worded.hint === undefined, where).toBe(issue.hint === undefined);
        expect({ ...worded, message: '', hint: '' }, where).toEqual({
          ...issue,
          message: '',
          hint: '',
        });
      }
    }
  });
});
