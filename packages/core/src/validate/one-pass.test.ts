// One run reports structural and rule findings together: rules run over the parts of a document
// that passed its schema, and a rule that reads an invalid part stays silent.
import { readFileSync } from 'node:fs';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { validateDocumentText, validateNeedsAssessment, validateWorkPlan } from '@itu-aicb/core';
import type { ValidationIssue, ValidationResult } from '@itu-aicb/core';
import { needsAssessmentInput, workPlanInput } from '../../test/fixtures.js';
import { defineRule } from '../rules/rule.js';
import { validateWith } from './validate-with.js';

const all = (result: ValidationResult<unknown>): readonly ValidationIssue[] => [
  ...(result.ok ? [] : result.issues),
  ...result.warnings,
];
const found = (result: ValidationResult<unknown>) =>
  all(result).map((issue) => [issue.code, issue.pointer]);

/** The fixture plan with one type error (a year as a number) and one unknown office. */
function planWithTwoFaults() {
  const plan = workPlanInput();
  plan.measures[0]!.lead = 'suva';
  Object.assign(plan.measures[1]!.schedule, { start: 2019 });
  return plan;
}

/** The example plan with the same two faults, as a planner would write them in YAML. */
const EXAMPLE_PLAN = readFileSync(
  new URL('../../../../examples/itu-ai-capacity-building/work-plan.yaml', import.meta.url),
  'utf8',
);
const PLAN_YAML = EXAMPLE_PLAN.replace('    lead: BDT\n', '    lead: suva\n').replace(
  'start: 2026-04-01',
  'start: 2019',
);

describe('every finding in one pass', () => {
  it('reports a type error and an unknown office together (validateWorkPlan)', () => {
    const result = validateWorkPlan(planWithTwoFaults());
    expect(result.ok).toBe(false);
    expect(found(result)).toEqual([
      ['schema/invalid-type', '/measures/1/schedule/start'],
      ['plan/unknown-office', '/measures/0/lead'],
    ]);
  });

  it('reports both from text, each placed in the text (validateDocumentText)', () => {
    const result = validateDocumentText(PLAN_YAML);
    expect(found(result)).toEqual([
      ['schema/invalid-type', '/measures/1/schedule/start'],
      ['plan/unknown-office', '/measures/0/lead'],
      // The note the example plan has anyway, on its deliberately incomplete measure.
      ['plan/missing-estimates', '/measures/8/estimates'],
    ]);
    const lines = EXAMPLE_PLAN.split('\n');
    expect(all(result).map((issue) => lines[(issue.position?.line ?? 0) - 1]?.trim())).toEqual([
      'start: 2026-04-01',
      'lead: BDT',
      'estimates: { feasibility: 3 }',
    ]);
  });

  it('keeps a rule silent when it reads an invalid part, and its crash too', () => {
    const plan = workPlanInput();
    Object.assign(plan.measures[0]!, { lead: 42, contributors: 'TSB' });
    const codes = all(validateWorkPlan(plan)).map((issue) => issue.code);
    expect(codes).toContain('schema/invalid-type');
    expect(codes).not.toContain('plan/unknown-office');
    expect(codes).not.toContain('plan/lead-also-contributor');
    expect(codes).not.toContain('rule/crashed');
  });

  it('lets rules see defaults of the valid parts, as on a valid plan', () => {
    const plan = planWithTwoFaults();
    // Without contributors, the rules read the default empty list, as they would on a valid plan.
    delete (plan.measures[0] as { contributors?: string[] }).contributors;
    expect(found(validateWorkPlan(plan))).toEqual([
      ['schema/invalid-type', '/measures/1/schedule/start'],
      ['plan/unknown-office', '/measures/0/lead'],
    ]);
  });

  it('reports rule warnings of a plan that has errors', () => {
    const plan = planWithTwoFaults();
    plan.measures[0]!.targetCountries = ['ETH', 'NPL'];
    const result = validateWorkPlan(plan);
    expect(result.warnings.map((issue) => [issue.code, issue.pointer])).toEqual([
      ['plan/country-outside-region', '/measures/0/targetCountries/1'],
    ]);
  });

  it('honours severity overrides on a plan that has errors', () => {
    const result = validateWorkPlan(planWithTwoFaults(), {
      rules: { 'plan/unknown-office': 'off' },
    });
    expect(found(result)).toEqual([['schema/invalid-type', '/measures/1/schedule/start']]);
  });

  it('keeps an unknown key from silencing rules that read its object', () => {
    const plan = workPlanInput();
    plan.measures[0]!.lead = 'suva';
    Object.assign(plan.measures[0]!, { titel: 'typo' });
    expect(found(validateWorkPlan(plan))).toEqual([
      ['schema/unknown-key', '/measures/0/titel'],
      ['plan/unknown-office', '/measures/0/lead'],
    ]);
  });

  it('keeps silent a rule that finds a field absent where a key was misspelt', () => {
    // `Talent` and `Compute` are the assessment's two pillars, wrongly cased: "no pillars" would
    // be false.
    const assessment = needsAssessmentInput();
    const { talent, compute } = assessment.pillars;
    Object.assign(assessment, { pillars: { Talent: talent, Compute: compute } });
    const codes = found(validateNeedsAssessment(assessment)).map(([code]) => code);
    expect(codes).toContain('schema/unknown-key');
    expect(codes).not.toContain('assessment/no-pillars');
    expect(codes).not.toContain('assessment/need-pillar-not-assessed');

    // A misspelt estimate is not a missing one.
    const plan = workPlanInput();
    const estimates = plan.measures[0]!.estimates as Record<string, unknown>;
    estimates['beneficiariess'] = estimates['beneficiaries'];
    delete estimates['beneficiaries'];
    expect(found(validateWorkPlan(plan))).toEqual([
      ['schema/unknown-key', '/measures/0/estimates/beneficiariess'],
    ]);
  });

  it('runs no rule when the document is not even an object of the schema', () => {
    const result = validateWorkPlan({ kind: 'WorkPlan', schemaVersion: 1, measures: 'none' });
    expect(all(result).every((issue) => issue.code.startsWith('schema/'))).toBe(true);
  });

  it('does not change the input', () => {
    const plan = planWithTwoFaults();
    const before = structuredClone(plan);
    validateWorkPlan(plan);
    expect(plan).toEqual(before);
  });
});

describe('rules over a partial document', () => {
  const Note = z.object({
    title: z.string(),
    pages: z.number(),
    tags: z.array(z.string()).default(() => []),
  });
  type Note = z.output<typeof Note>;
  const readsTitle = defineRule({
    code: 'plan/objective-without-measure',
    severity: 'warning',
    scope: 'WorkPlan',
    summary: 'A rule that reads the title.',
    example: '',
    fix: '',
    check(note: Note, report) {
      if (note.title.length > 3) report(['title'], { objective: note.title });
    },
  });
  const readsPages = defineRule({
    code: 'plan/breakdown-sum',
    severity: 'warning',
    scope: 'WorkPlan',
    summary: 'A rule that reads the pages and throws when they are not a number.',
    example: '',
    fix: '',
    check(note: Note, report) {
      report(['pages'], { sum: note.pages.toFixed(0) as unknown as number });
    },
  });
  const readsTags = defineRule({
    code: 'plan/duplicate-entry',
    severity: 'warning',
    scope: 'WorkPlan',
    summary: 'A rule that reads the default of a missing list.',
    example: '',
    fix: '',
    check(note: Note, report) {
      report(['tags'], { value: String(note.tags.length), list: 'tags' });
    },
  });
  const rules = [readsTitle, readsPages, readsTags];

  it('runs the rules whose inputs passed and drops those that read a failed part', () => {
    const result = validateWith(Note, rules, { title: 'Long title', pages: 'ten' });
    expect(found(result)).toEqual([
      ['schema/invalid-type', '/pages'],
      ['plan/objective-without-measure', '/title'],
      ['plan/duplicate-entry', '/tags'],
    ]);
    expect(all(result).find((issue) => issue.pointer === '/tags')?.message).toContain('"0"');
  });

  it('keeps silent a rule that reads a field beside an unknown discriminator', () => {
    // No branch is chosen, so `tags` is left as written: no default, not a parsed list.
    const Shelf = z.object({
      note: z.discriminatedUnion('type', [
        Note.extend({ type: z.literal('short') }),
        z.object({ type: z.literal('long') }),
      ]),
    });
    const readsNoteTags = defineRule({
      ...readsTags,
      check(shelf: z.output<typeof Shelf>, report) {
        const { note } = shelf;
        if ('tags' in note)
          report(['note', 'tags'], { value: String(note.tags.length), list: 'tags' });
        else report(['note'], { value: 'none', list: 'tags' });
      },
    });
    const result = validateWith(Shelf, [readsNoteTags], {
      note: { type: 'shrt', title: 'Long title', pages: 3 },
    });
    expect(found(result)).toEqual([['schema/invalid-value', '/note/type']]);
  });

  it('keeps the fields beside a failed union that is not discriminated', () => {
    const Card = z.object({ size: z.union([z.string(), z.number()]), title: z.string() });
    const readsCardTitle = defineRule({
      ...readsTitle,
      check(card: z.output<typeof Card>, report) {
        report(['title'], { objective: card.title });
      },
    });
    const result = validateWith(Card, [readsCardTitle], { size: true, title: 'Long title' });
    expect(found(result)).toEqual([
      ['schema/invalid-type', '/size'],
      ['plan/objective-without-measure', '/title'],
    ]);
  });

  describe('an unknown discriminator two levels down', () => {
    const Desk = z.object({
      shelf: z.object({
        label: z.string(),
        note: z.discriminatedUnion('type', [
          Note.extend({ type: z.literal('short') }),
          z.object({ type: z.literal('long') }),
        ]),
      }),
    });
    type Desk = z.output<typeof Desk>;
    const desk = { shelf: { label: 'Top', note: { type: 'shrt', title: 'Long title', pages: 3 } } };
    const reading = (read: (desk: Desk) => string) =>
      defineRule({
        ...readsTitle,
        check(value: Desk, report) {
          report(['shelf'], { objective: read(value) });
        },
      });

    it('leaves the fields beside the union object to the rules', () => {
      const result = validateWith(Desk, [reading((value) => value.shelf.label)], desk);
      expect(found(result)).toEqual([
        ['schema/invalid-value', '/shelf/note/type'],
        ['plan/objective-without-measure', '/shelf'],
      ]);
    });

    it('keeps silent a rule that reads the object no branch was chosen for', () => {
      const readsNoteTitle = reading((value) => ('title' in value.shelf.note ? 'titled' : 'none'));
      expect(found(validateWith(Desk, [readsNoteTitle], desk))).toEqual([
        ['schema/invalid-value', '/shelf/note/type'],
      ]);
    });
  });

  it('keeps silent a rule that lists the keys of a record that lost a key', () => {
    const Book = z.object({
      book: z.object({ rates: z.partialRecord(z.string().regex(/^[A-Z]{3}$/), z.number()) }),
    });
    const listsRates = defineRule({
      ...readsTitle,
      check(value: z.output<typeof Book>, report) {
        report(['book'], { objective: Object.keys(value.book.rates).join(', ') });
      },
    });
    const valid = validateWith(Book, [listsRates], { book: { rates: { EUR: 2 } } });
    expect(valid.warnings.map((issue) => issue.code)).toEqual(['plan/objective-without-measure']);
    const result = validateWith(Book, [listsRates], { book: { rates: { usd: 1, EUR: 2 } } });
    expect(found(result).map(([code]) => code)).not.toContain('plan/objective-without-measure');
    expect(result.ok).toBe(false);
  });

  it('runs no rule when a field cannot be read once more, and does not throw', () => {
    // Read by the fast path for valid documents, then by the schema, then by the partial parse.
    let reads = 0;
    const input = { pages: 'ten' } as Record<string, unknown>;
    Object.defineProperty(input, 'title', {
      enumerable: true,
      get() {
        reads += 1;
        if (reads > 2) throw new Error('read twice');
        return 'Long title';
      },
    });
    const result = validateWith(Note, rules, input);
    expect(found(result)).toEqual([['schema/invalid-type', '/pages']]);
    expect(reads).toBe(3);
  });

  it('reports a crash of a rule whose inputs passed', () => {
    const crashes = defineRule({ ...readsTitle, check: () => JSON.parse('{') as never });
    const result = validateWith(Note, [crashes], { title: 'Long title', pages: 'ten' });
    expect(found(result)).toEqual([
      ['schema/invalid-type', '/pages'],
      ['rule/crashed', ''],
    ]);
  });
});
