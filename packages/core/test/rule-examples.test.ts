// Every issue code in the rules reference has an example. The rules' examples are read from
// docs/rules.md as written there, applied to the example workspace and validated; for the codes
// of reading, input, envelope and structure, whose examples describe files and values in words,
// these tests build a concrete case. Either way the code must be among the findings, so that an
// example cannot describe a case the SDK does not report.
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DOCUMENT_KINDS,
  ISSUE_CODE_REFERENCE,
  classifyPlanText,
  documentJsonSchema,
  suppressFindings,
  suppressionsInText,
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
  progressReportInput,
  scoringProfileInput,
  workPlanInput,
} from './fixtures.js';
import { changed, changesOf, workspaceFiles } from './example-changes.js';

type Plan = ReturnType<typeof workPlanInput>;

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

/** The findings about the suppression comments of a text, over the findings of its document. */
const suppressed = (source: string): readonly ValidationIssue[] =>
  suppressFindings(
    text(source).map((issue) => ({ ...issue, source: 'plan.yaml' })),
    suppressionsInText('plan.yaml', source),
    { today: '2026-07-01' },
  ).problems;

/** Checks a fixture after one change. */
const edited =
  <T>(fixture: () => T) =>
  (change: (document: T) => void) => {
    const document = fixture();
    change(document);
    return findings(validateDocument(document));
  };
const plan = edited(workPlanInput);

/** Checks the fixtures of all five kinds as one workspace, with more documents added. */
const workspace = (...more: WorkspaceEntry[]) =>
  findings(
    validateWorkspace([
      { source: 'plan.yaml', document: workPlanInput() },
      { source: 'initiatives.yaml', document: initiativeCatalogueInput() },
      { source: 'eth.yaml', document: needsAssessmentInput() },
      { source: 'profile.yaml', document: scoringProfileInput() },
      { source: 'report-h1.yaml', document: progressReportInput() },
      ...more,
    ]),
  );

const measure = (document: Plan, index: number) => document.measures[index]!;
const milestone = (document: Plan, index: number) =>
  measure(document, 0).schedule.milestones[index]!;

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

  // Suppressions, over a plan's findings and its comments
  'suppression/missing-code': () =>
    suppressed('# aicb-disable-next-line -- agreed with BDT\nkind: WorkPlan\n'),
  'suppression/missing-reason': () =>
    suppressed('# aicb-disable-next-line plan/lead-also-contributor\nkind: WorkPlan\n'),
  'suppression/unused': () =>
    suppressed(
      '# aicb-disable-next-line plan/missing-estimates -- costed in the review\nkind: WorkPlan\n',
    ),
  'suppression/expired': () =>
    suppressFindings(
      [],
      [
        {
          kind: 'external',
          source: 'plan.yaml',
          codes: ['plan/missing-estimates'],
          reason: 'costed in the review',
          expires: '2026-06-30',
          origin: { source: 'aicb.config.yaml', pointer: '/suppressions/0' },
        },
      ],
      { today: '2026-07-01' },
    ).problems,
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
    'No field of the five document kinds has a step (`multipleOf`), so no value can miss one.',
  'schema/invalid':
    'It is the fallback for schema checks with no more specific code; every check the five document kinds make has one.',
  'rule/crashed':
    'It reports a fault of the SDK (a rule that throws); src/validate/run-rules.test.ts shows it with a faulty rule, and every example here must be free of it.',
};

/**
 * Values each example built here names in its message, taken from the example's input: a message whose
 * parameters were lost or mixed up misses them. Codes whose message has no parameter are absent.
 */
const MESSAGE_VALUES: { readonly [C in IssueCode]?: readonly string[] } = {
  'text/too-large': ['12600000', '10000000'],
  'text/syntax': ['YAML', 'quote'],
  'text/duplicate-key': ['"title"'],
  'text/custom-tag': ['"!date"'],
  'text/multiple-documents': ['2 YAML documents'],
  'text/too-deep': ['64'],
  'input/not-a-list': ['mapping'],
  'input/not-text': ['null'],
  'input/forbidden-key': ['"__proto__"'],
  'document/kind-mismatch': ['WorkPlan', 'InitiativeCatalogue', '"asOf"', '"initiatives"'],
  'document/unknown-kind': ['"Workplan"', '"WorkPlan"', '"ScoringProfile"'],
  'document/unsupported-schema-version': ['version 2', 'reads 1'],
  'file/missing-kind': ['WorkPlan'],
  'file/unknown-kind': ['"Workplan"'],
  'schema/invalid-format': ['"31/05/2026"', 'date'],
  'schema/invalid-type': ['list', '"talent"'],
  'schema/invalid-value': ['"ongoing"'],
  'schema/missing-property': ['"owner"'],
  'schema/too-big': ['100'],
  'schema/too-small': ['0'],
  'schema/unknown-key': ['"titel"'],
};

/** Signs of a message parameter left empty: an undefined value, a number that is not one, an object or a placeholder. */
const UNFILLED = /\bundefined\b|\bNaN\b|\[object |[{}]/;

/** Every finding of the workspace files, validated together. */
const workspaceFindings = (files: Map<string, string>): readonly ValidationIssue[] =>
  findings(
    validateWorkspaceText([...files].map(([source, content]) => ({ source, text: content }))),
  );

/** The codes of every finding of the workspace files, validated together. */
const workspaceCodes = (files: Map<string, string>): string[] =>
  workspaceFindings(files).map((issue) => issue.code);

/** The rows of the rules table of docs/rules.md: each code with its example, as written there. */
function documentedRuleExamples(): [string, string][] {
  const markdown = readFileSync(new URL('../../../docs/rules.md', import.meta.url), 'utf8');
  const section = markdown.slice(markdown.indexOf('\n## Rules\n'));
  return section
    .split('\n')
    .filter((line) => line.startsWith('| <a id="'))
    .map((line) => {
      const cells = line.split(/(?<!\\)\|/).map((cell) => cell.trim().replaceAll('\\|', '|'));
      return [cells[1]!.replace(/^<a id="[^"]*"><\/a>/, '').replaceAll('`', ''), cells[4]!];
    });
}

const RULE_EXAMPLES = documentedRuleExamples().filter(([code]) => code !== 'rule/crashed');

describe('the rules examples of docs/rules.md', () => {
  const before = workspaceCodes(workspaceFiles());

  it('lists every rule with an example', () => {
    expect(RULE_EXAMPLES.map(([code]) => code).sort()).toEqual(
      ISSUE_CODE_REFERENCE.filter(
        (entry) => entry.group === 'rule' && entry.code !== 'rule/crashed',
      )
        .map((entry) => entry.code)
        .sort(),
    );
  });

  it.each(RULE_EXAMPLES)(
    '%s: the example, applied to the example workspace, reports it',
    (code, example) => {
      const changes = changesOf(example);
      expect(changes.length, example).toBeGreaterThan(0);
      const issues = workspaceFindings(changed(changes));
      const after = issues.map((issue) => issue.code);
      const count = (codes: readonly string[]) => codes.filter((found) => found === code).length;
      expect(count(after), example).toBeGreaterThan(count(before));
      // Each finding has the severity the reference gives its code.
      const severity = ISSUE_CODE_REFERENCE.find((entry) => entry.code === code)?.severity;
      for (const issue of issues.filter((found) => found.code === code)) {
        expect(issue.severity, example).toBe(severity);
      }
      // What the planner reads has every parameter filled in.
      for (const issue of issues.filter((found) => found.code === code)) {
        for (const words of [issue.message, issue.hint ?? '']) {
          expect(words, example).not.toMatch(UNFILLED);
        }
      }
      expect(after).not.toContain('rule/crashed');
      // The example shows the rule, not a fault of reading or structure that hides it.
      expect(
        after.filter(
          (found) => !/^(?:plan|catalogue|assessment|profile|workspace|report)\//.test(found),
        ),
      ).toEqual([]);
    },
  );
});

describe('rule examples', () => {
  it.each(Object.entries(EXAMPLES))('%s: the example is reported', (code, run) => {
    const issues = run();
    const codes = issues.map((issue) => issue.code);
    expect(codes).toContain(code);
    // A rule that fails on a broken document shows here first.
    expect(codes).not.toContain('rule/crashed');
    // What the planner reads has every parameter filled in.
    const messages = issues.filter((issue) => issue.code === code);
    // Each finding has the severity the reference gives its code.
    const severity = ISSUE_CODE_REFERENCE.find((entry) => entry.code === code)?.severity;
    expect(messages.map((issue) => issue.severity)).toEqual(messages.map(() => severity));
    for (const issue of messages) {
      expect(issue.message).toMatch(/\w/);
      for (const words of [issue.message, issue.hint ?? '']) {
        expect(words).not.toMatch(UNFILLED);
      }
    }
    const values = MESSAGE_VALUES[code as IssueCode] ?? [];
    expect(
      messages.map((issue) => values.filter((value) => !issue.message.includes(value))),
    ).toContainEqual([]);
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
    const exercised = [
      ...Object.keys(EXAMPLES),
      ...Object.keys(FILE_EXAMPLES),
      ...RULE_EXAMPLES.map(([code]) => code),
    ];
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

// Each example's findings, worded again in every other official language from their parameters:
// the built cases above and the documented rule examples applied to the example workspace.
describe('rule examples in every language', () => {
  const locales = [ar, es, fr, ru, zh];
  const broken = /undefined|\[object |NaN|\$\{/;
  const workspaceFindings = (files: Map<string, string>): readonly ValidationIssue[] =>
    findings(
      validateWorkspaceText([...files].map(([source, content]) => ({ source, text: content }))),
    );
  const cases: [string, () => readonly ValidationIssue[]][] = [
    ...Object.entries(EXAMPLES),
    ...RULE_EXAMPLES.map(([code, example]): [string, () => readonly ValidationIssue[]] => [
      code,
      () => workspaceFindings(changed(changesOf(example))),
    ]),
  ];
  it.each(cases)('%s: reads in ar, es, fr, ru and zh', (code, run) => {
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
