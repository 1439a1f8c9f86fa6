import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DOCUMENT_KINDS,
  DocumentValidationError,
  parseWorkPlan,
  validateDocument,
  validateInitiativeCatalogue,
  validateNeedsAssessment,
  validateScoringProfile,
  validateWorkPlan,
} from '@itu-aicb/core';
import type { ValidationResult } from '@itu-aicb/core';
import {
  initiativeCatalogueInput,
  needsAssessmentInput,
  scoringProfileInput,
  workPlanInput,
} from '../../test/fixtures.js';

const issuesOf = (result: ValidationResult<unknown>) => (result.ok ? [] : result.issues);

function errorsOf(result: ValidationResult<unknown>) {
  return result.ok
    ? []
    : result.issues.map((issue) => ({
        code: issue.code,
        pointer: issue.pointer,
        hint: issue.hint,
      }));
}

describe('structure', () => {
  it('reports an unknown key with a did-you-mean hint', () => {
    const input: Record<string, unknown> = workPlanInput();
    input['titel'] = 'x';
    const [issue] = errorsOf(validateWorkPlan(input));
    expect(issue).toEqual({
      code: 'schema/unknown-key',
      pointer: '/titel',
      hint: 'Did you mean "title"?',
    });
  });

  it('finds the allowed keys of nested objects for the hint', () => {
    const input = workPlanInput();
    (input.measures[0]!.budget as Record<string, unknown>)['secrued'] = 1;
    expect(errorsOf(validateWorkPlan(input))).toEqual([
      {
        code: 'schema/unknown-key',
        pointer: '/measures/0/budget/secrued',
        hint: 'Did you mean "secured"?',
      },
    ]);
  });

  it('reports a missing required field at its own path', () => {
    const input: Partial<ReturnType<typeof workPlanInput>> = workPlanInput();
    delete input.owner;
    expect(errorsOf(validateWorkPlan(input)).map((i) => [i.code, i.pointer])).toEqual([
      ['schema/missing-property', '/owner'],
    ]);
  });

  it('suggests the closest allowed value', () => {
    const input = workPlanInput();
    input.measures[0]!.pillars = ['talnet'];
    expect(errorsOf(validateWorkPlan(input))).toEqual([
      {
        code: 'schema/invalid-value',
        pointer: '/measures/0/pillars/0',
        hint: 'Did you mean "talent"?',
      },
    ]);
  });

  it('reports invalid dates and formats with an example', () => {
    const input = workPlanInput();
    input.period.start = '2026-02-30';
    const [issue] = errorsOf(validateWorkPlan(input));
    expect(issue?.code).toBe('schema/invalid-format');
    expect(issue?.hint).toContain('2026-03-31');
  });

  it('reports the closest branch of a failed union, not every branch', () => {
    const input = workPlanInput();
    input.title = { en: 'Plan', fr: 'Plan', de: 'Plan' } as never;
    expect(errorsOf(validateWorkPlan(input)).map((i) => [i.code, i.pointer])).toEqual([
      ['schema/unknown-key', '/title/de'],
    ]);
  });

  it('reports one type error when no union branch comes close', () => {
    const input = workPlanInput();
    input.title = 42 as never;
    expect(errorsOf(validateWorkPlan(input)).map((i) => [i.code, i.pointer])).toEqual([
      ['schema/invalid-type', '/title'],
    ]);
  });

  it('tells a missing field from one written without a value, in unions too', () => {
    const messages = (change: (plan: Record<string, unknown>) => void) => {
      const plan: Record<string, unknown> = workPlanInput();
      change(plan);
      return issuesOf(validateWorkPlan(plan)).map((i) => [i.code, i.pointer, i.message]);
    };
    expect(messages((plan) => delete plan['title'])).toEqual([
      ['schema/missing-property', '/title', expect.stringContaining('"title"')],
    ]);
    expect(messages((plan) => (plan['title'] = undefined))).toEqual([
      [
        'schema/invalid-type',
        '/title',
        'Expected text or a mapping of keys to values, but found nothing.',
      ],
    ]);
    expect(messages((plan) => (plan['owner'] = undefined))).toEqual([
      ['schema/invalid-type', '/owner', 'Expected text, but found nothing.'],
    ]);
    const measures = (plan: Record<string, unknown>) =>
      plan['measures'] as Record<string, unknown>[];
    expect(messages((plan) => (measures(plan)[0]!['lead'] = undefined))).toEqual([
      ['schema/invalid-type', '/measures/0/lead', 'Expected text, but found nothing.'],
    ]);
    expect(messages((plan) => delete measures(plan)[0]!['lead'])).toEqual([
      ['schema/missing-property', '/measures/0/lead', expect.stringContaining('"lead"')],
    ]);
  });

  it('names the allowed values of a missing or empty fixed field', () => {
    const plan: Record<string, unknown> = workPlanInput();
    delete plan['kind'];
    const measure = (plan['measures'] as Record<string, unknown>[])[0]!;
    measure['status'] = undefined;
    expect(
      issuesOf(validateWorkPlan(plan)).map((i) => [i.code, i.pointer, i.message, i.hint]),
    ).toEqual([
      [
        'schema/missing-property',
        '/kind',
        'The required field "kind" is missing.',
        'Add "kind" (one of WorkPlan).',
      ],
      [
        'schema/invalid-value',
        '/measures/0/status',
        'nothing is not one of the allowed values.',
        expect.stringContaining('"pipeline"'),
      ],
    ]);
    delete measure['status'];
    expect(issuesOf(validateWorkPlan(plan))[1]?.hint).toBe(
      'Add "status" (one of pipeline, implementation, finalisation, closed, cancelled, suspended).',
    );
  });

  it('offers no close value for a number where text is allowed', () => {
    const plan = workPlanInput();
    plan.measures[0]!.pillars = [5 as never];
    const [issue] = issuesOf(validateWorkPlan(plan));
    expect([issue?.code, issue?.message, issue?.hint]).toEqual([
      'schema/invalid-value',
      '5 is not one of the allowed values.',
      'Use "infrastructure", "compute", "models", "data", "talent", "strategy" or "cooperation".',
    ]);
  });

  it('names what is too small or too big, and whether the bound is allowed', () => {
    const sizes = (change: (plan: ReturnType<typeof workPlanInput>) => void) => {
      const plan = workPlanInput();
      change(plan);
      return issuesOf(validateWorkPlan(plan)).map((i) => [i.code, i.pointer, i.message]);
    };
    expect(sizes((plan) => (plan.measures[0]!.pillars = []))).toEqual([
      ['schema/too-small', '/measures/0/pillars', 'The number of items must be at least 1.'],
    ]);
    expect(sizes((plan) => Object.assign(plan, { title: '' }))).toContainEqual([
      'schema/too-small',
      '/title',
      'The length of the text must be at least 1.',
    ]);
    expect(sizes((plan) => Object.assign(plan.measures[0]!.budget!, { amount: 1e16 }))).toEqual([
      [
        'schema/too-big',
        '/measures/0/budget/amount',
        'The value must be at most 1000000000000000.',
      ],
    ]);
    const catalogue = initiativeCatalogueInput();
    Object.assign(catalogue.initiatives[0]!, { start: 2101 });
    expect(issuesOf(validateInitiativeCatalogue(catalogue)).map((i) => i.message)).toEqual([
      'The value must be at most 2100.',
    ]);
    const profile = scoringProfileInput();
    Object.assign(profile, { currency: { code: 'USD', rates: { EUR: 0 } } });
    expect(
      issuesOf(validateScoringProfile(profile)).map((i) => [i.code, i.pointer, i.message]),
    ).toEqual([['schema/too-small', '/currency/rates/EUR', 'The value must be greater than 0.']]);
  });

  it('reports an unknown discriminator value with the allowed ones', () => {
    const input = needsAssessmentInput();
    (input.scope as Record<string, unknown>)['type'] = 'city';
    expect(errorsOf(validateNeedsAssessment(input)).map((i) => [i.code, i.pointer])).toEqual([
      ['schema/invalid-value', '/scope/type'],
    ]);
  });

  it('shows the discriminator value that chose no branch, or says it is missing', () => {
    const input = needsAssessmentInput();
    const scope = input.scope as Record<string, unknown>;
    scope['type'] = 'contry';
    const [misspelt] = issuesOf(validateNeedsAssessment(input));
    expect([misspelt?.message, misspelt?.hint]).toEqual([
      '"contry" is not one of the allowed values.',
      'Did you mean "country"?',
    ]);
    scope['type'] = 5;
    const [number] = issuesOf(validateNeedsAssessment(input));
    expect([number?.message, number?.hint]).toEqual([
      '5 is not one of the allowed values.',
      'Use "country" or "region".',
    ]);
    scope['type'] = undefined;
    const [empty] = issuesOf(validateNeedsAssessment(input));
    expect([empty?.code, empty?.message]).toEqual([
      'schema/invalid-value',
      'nothing is not one of the allowed values.',
    ]);
    delete scope['type'];
    expect(
      issuesOf(validateNeedsAssessment(input)).map((i) => [i.code, i.pointer, i.hint]),
    ).toEqual([['schema/missing-property', '/scope/type', 'Add "type" (one of country, region).']]);
  });

  it('reports a fixed number written as text as a type error', () => {
    const input = { ...needsAssessmentInput(), schemaVersion: '1' };
    const [issue] = issuesOf(validateNeedsAssessment(input));
    expect([issue?.code, issue?.message]).toEqual([
      'schema/invalid-type',
      'Expected the number 1, but found the text "1".',
    ]);
  });

  it('accepts only real calendar days from 1900 to 2100', () => {
    const dates = [
      '2024-02-29',
      '2100-12-31',
      '1900-01-01',
      '2023-02-29',
      '2019-04-31',
      '0001-01-01',
    ];
    const valid = dates.map(
      (date) => validateNeedsAssessment({ ...needsAssessmentInput(), date }).ok,
    );
    expect(valid).toEqual([true, true, true, false, false, false]);
    const partial = ['2019', '2019-02', '2024-02-29', '2023-02-29', '2019-06-31', '1899'].map(
      (start) => {
        const input = initiativeCatalogueInput();
        (input.initiatives[0] as Record<string, unknown>)['start'] = start;
        return validateInitiativeCatalogue(input).ok;
      },
    );
    expect(partial).toEqual([true, true, true, false, false, false]);
  });

  it('reports an invalid maturity tier as one value error', () => {
    const input = needsAssessmentInput();
    input.maturityTier = 7;
    expect(errorsOf(validateNeedsAssessment(input)).map((i) => [i.code, i.pointer])).toEqual([
      ['schema/invalid-value', '/maturityTier'],
    ]);
  });

  it('accepts plain strings as English text and returns the object form', () => {
    const plan = parseWorkPlan(workPlanInput());
    expect(plan.objectives[0]?.title).toEqual({
      en: 'Close the AI talent gap in least developed countries',
    });
    expect(plan.measures[1]?.contributors).toEqual([]);
  });

  it('validates every document kind through validateDocument', () => {
    for (const input of [workPlanInput(), initiativeCatalogueInput(), needsAssessmentInput()]) {
      const result = validateDocument(input);
      expect(result.ok && result.value.kind).toBe(input.kind);
    }
    expect(validateInitiativeCatalogue(initiativeCatalogueInput()).ok).toBe(true);
  });
});

describe('document kind', () => {
  it('names the known kinds when the kind is missing', () => {
    const result = validateDocument({ schemaVersion: 1 });
    expect(errorsOf(result).map((i) => [i.code, i.pointer])).toEqual([
      ['document/missing-kind', '/kind'],
    ]);
    expect(result.ok ? '' : result.issues[0]?.hint).toContain(DOCUMENT_KINDS[0]);
  });

  it('suggests the closest kind', () => {
    expect(errorsOf(validateDocument({ kind: 'needsassessment' }))).toEqual([
      { code: 'document/unknown-kind', pointer: '/kind', hint: 'Did you mean "NeedsAssessment"?' },
    ]);
  });

  it('rejects a later schema version as unsupported rather than listing every difference', () => {
    const input = { ...workPlanInput(), schemaVersion: 2, newField: true };
    expect(errorsOf(validateWorkPlan(input)).map((i) => [i.code, i.pointer])).toEqual([
      ['document/unsupported-schema-version', '/schemaVersion'],
    ]);
  });
});

describe('hostile input', () => {
  it.each([
    null,
    undefined,
    0,
    'WorkPlan',
    [],
    [workPlanInput()],
    new Date(),
    () => 1,
    Symbol('x'),
    10n,
  ])('reports %s as not a document', (input) => {
    expect(errorsOf(validateDocument(input)).map((i) => i.code)).toEqual([
      'document/not-an-object',
    ]);
    expect(errorsOf(validateWorkPlan(input)).map((i) => i.code)).toEqual([
      'document/not-an-object',
    ]);
  });

  it('reports an own __proto__ key without polluting prototypes', () => {
    const input = JSON.parse('{"kind":"WorkPlan","__proto__":{"polluted":true}}') as unknown;
    const result = validateDocument(input);
    expect(errorsOf(result).map((i) => [i.code, i.pointer])).toContainEqual([
      'input/forbidden-key',
      '/__proto__',
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('handles cycles', () => {
    const input: Record<string, unknown> = workPlanInput();
    input['self'] = input;
    (input['arrangements'] as Record<string, unknown>)['loop'] = input;
    expect(new Set(errorsOf(validateWorkPlan(input)).map((i) => i.pointer))).toEqual(
      new Set(['/self', '/arrangements/loop']),
    );
  });

  it('handles huge and non-finite numbers', () => {
    const input = workPlanInput();
    input.measures[0]!.budget!.amount = Number.MAX_VALUE;
    input.measures[0]!.estimates.beneficiaries = Infinity;
    input.measures[0]!.estimates.risk = NaN;
    expect(errorsOf(validateWorkPlan(input)).map((i) => [i.code, i.pointer])).toEqual([
      ['schema/too-big', '/measures/0/budget/amount'],
      ['schema/invalid-type', '/measures/0/estimates/beneficiaries'],
      ['schema/invalid-type', '/measures/0/estimates/risk'],
    ]);
  });

  it('handles values that throw when read', () => {
    const input = workPlanInput();
    Object.defineProperty(input, 'owner', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    for (const value of [input, revoked.proxy]) {
      expect(() => validateDocument(value)).not.toThrow();
      expect(validateDocument(value).ok).toBe(false);
    }
  });

  it('never throws on arbitrary JSON values or objects shaped like documents', () => {
    const documentLike = fc.record({
      kind: fc.constantFrom(...DOCUMENT_KINDS, 'Other'),
      schemaVersion: fc.oneof(fc.constant(1), fc.integer()),
      measures: fc.array(fc.jsonValue(), { maxLength: 3 }),
      pillars: fc.jsonValue(),
      initiatives: fc.array(fc.jsonValue(), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), documentLike, fc.anything()), (value) => {
        const result = validateDocument(value);
        if (result.ok) return;
        expect(result.issues.length).toBeGreaterThan(0);
        for (const issue of result.issues) {
          expect(issue.code).toMatch(/^[a-z]+\/[a-z-]+$/);
          expect(issue.code).not.toBe('rule/crashed');
          expect(issue.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseWorkPlan', () => {
  it('throws one error class carrying the issues', () => {
    try {
      parseWorkPlan({ kind: 'WorkPlan', schemaVersion: 1 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DocumentValidationError);
      const issues = (error as DocumentValidationError).issues;
      expect(issues.map((i) => i.code)).toContain('schema/missing-property');
      expect((error as DocumentValidationError).name).toBe('DocumentValidationError');
    }
  });
});
