// Authoring friction: what editors and YAML write, accepted or reported the same way everywhere.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ITU_OFFICES,
  documentJsonSchema,
  validateDocument,
  validateDocumentText,
  validateInitiativeCatalogue,
} from '@itu-aicb/core';
import type { ValidationResult } from '@itu-aicb/core';
import {
  initiativeCatalogueInput,
  needsAssessmentInput,
  scoringProfileInput,
  workPlanInput,
} from '../../test/fixtures.js';

const found = (result: ValidationResult<unknown>) =>
  (result.ok ? [] : result.issues).map((issue) => [issue.code, issue.pointer]);

/** The JSON Schema node at a path of property names and `items`. */
/** A schema node with its `$ref` followed into the document's `$defs`. */
function resolveDefinition(
  kind: 'WorkPlan' | 'InitiativeCatalogue',
  value: unknown,
): Record<string, unknown> {
  const defs = ((documentJsonSchema(kind) as Record<string, unknown>)['$defs'] ?? {}) as Record<
    string,
    unknown
  >;
  const record = value as Record<string, unknown>;
  const ref = record['$ref'];
  return typeof ref === 'string'
    ? resolveDefinition(kind, defs[ref.replace('#/$defs/', '')])
    : record;
}

function schemaAt(kind: 'WorkPlan' | 'InitiativeCatalogue', path: readonly string[]): unknown {
  let node: unknown = documentJsonSchema(kind);
  const resolve = (value: unknown): Record<string, unknown> => resolveDefinition(kind, value);
  for (const key of path) {
    const record = resolve(node);
    node =
      key === 'items' ? record['items'] : (record['properties'] as Record<string, unknown>)[key];
  }
  return resolve(node);
}

describe('"$schema" in a JSON document', () => {
  it('is accepted and kept', () => {
    const text = JSON.stringify({
      $schema: 'https://itu-aicb.invalid/schemas/work-plan.schema.json',
      ...workPlanInput(),
    });
    const result = validateDocumentText(text);
    expect(found(result)).toEqual([]);
    expect(result.ok && (result.value as { $schema?: string }).$schema).toBe(
      'https://itu-aicb.invalid/schemas/work-plan.schema.json',
    );
  });

  it('is in the JSON Schema of every kind, as text', () => {
    expect(schemaAt('WorkPlan', ['$schema'])).toMatchObject({ type: 'string' });
    expect(schemaAt('InitiativeCatalogue', ['$schema'])).toMatchObject({ type: 'string' });
  });

  it('must be text', () => {
    const result = validateDocument({ $schema: 1, ...workPlanInput() });
    expect(found(result)).toEqual([['schema/invalid-type', '/$schema']]);
  });
});

describe('"__proto__" in a record', () => {
  it('is input/forbidden-key in the scores of a measure', () => {
    const text = JSON.stringify(workPlanInput()).replace(
      '"estimates":{',
      '"estimates":{"scores":{"__proto__":3,"reach":2},',
    );
    expect(found(validateDocumentText(text))).toEqual([
      ['input/forbidden-key', '/measures/0/estimates/scores/__proto__'],
    ]);
  });

  it('is input/forbidden-key in the exchange rates of a profile', () => {
    const profile = { ...scoringProfileInput(), currency: { code: 'USD', rates: { CHF: 1.1 } } };
    const text = JSON.stringify(profile).replace('"rates":{', '"rates":{"__proto__":2,');
    expect(found(validateDocumentText(text))).toEqual([
      ['input/forbidden-key', '/currency/rates/__proto__'],
    ]);
    expect(validateDocumentText(JSON.stringify(profile)).ok).toBe(true);
  });

  it('leaves records without it valid', () => {
    const text = JSON.stringify(workPlanInput()).replace(
      '"estimates":{',
      '"estimates":{"scores":{"reach":2},',
    );
    expect(validateDocumentText(text).ok).toBe(true);
  });
});

describe('URLs in any case', () => {
  const withUrl = (url: string) => {
    const assessment = needsAssessmentInput();
    Object.assign(assessment.pillars.talent.evidence[0]!, { url });
    return validateDocument(assessment);
  };
  const pattern = () => {
    const schema = JSON.stringify(documentJsonSchema('NeedsAssessment'));
    const found = /"pattern":"(\^\[Hh\][^"]*)"/.exec(schema);
    return new RegExp(JSON.parse(`"${found?.[1] ?? ''}"`) as string, 'u');
  };

  it('accepts an upper-case scheme, as the exported JSON Schema does', () => {
    expect(withUrl('HTTPS://WWW.ITU.INT/').ok).toBe(true);
    expect(pattern().test('HTTPS://WWW.ITU.INT/')).toBe(true);
  });

  it('rejects another scheme, as the exported JSON Schema does', () => {
    expect(found(withUrl('ftp://www.itu.int/'))).toEqual([
      ['schema/invalid-format', '/pillars/talent/evidence/0/url'],
    ]);
    expect(pattern().test('ftp://www.itu.int/')).toBe(false);
  });
});

describe('a year written as a number', () => {
  const withStart = (start: unknown) => {
    const catalogue = initiativeCatalogueInput();
    Object.assign(catalogue.initiatives[0]!, { start });
    return validateInitiativeCatalogue(catalogue);
  };

  it('is read as the year in text (YAML `start: 2019`)', () => {
    const result = withStart(2019);
    expect(result.ok && result.value.initiatives[0]?.start).toBe('2019');
    const example = readFileSync(
      new URL('../../../../examples/itu-ai-capacity-building/initiatives.yaml', import.meta.url),
      'utf8',
    );
    const text = validateDocumentText(example.replace("start: '2017'", 'start: 2017'));
    expect(found(text)).toEqual([]);
  });

  it('is reported outside the years a date may have, or when not whole', () => {
    expect(found(withStart(1800))).toEqual([['schema/too-small', '/initiatives/0/start']]);
    expect(found(withStart(2019.5))).toEqual([['schema/invalid-type', '/initiatives/0/start']]);
  });

  it('is allowed by the JSON Schema', () => {
    const start = schemaAt('InitiativeCatalogue', ['initiatives', 'items', 'start']) as {
      anyOf: unknown[];
    };
    // One of the alternatives is a whole number, named in the shared definitions.
    const types = start.anyOf.map((option) => {
      const resolved = resolveDefinition('InitiativeCatalogue', option);
      return resolved['type'];
    });
    expect(types).toContain('integer');
  });
});

describe('a full date written as a number', () => {
  const planText = (start: string) =>
    readFileSync(
      new URL('../../../../examples/itu-ai-capacity-building/work-plan.yaml', import.meta.url),
      'utf8',
    ).replace('start: 2026-02-01', `start: ${start}`);
  const finding = (text: string) => {
    const result = validateDocumentText(text);
    return result.ok
      ? undefined
      : result.issues.find((issue) => issue.code === 'schema/invalid-type');
  };

  it('gets the first day of the year, in quotes, as the exact fix (YAML `start: 2019`)', () => {
    const issue = finding(planText('2019'));
    expect(issue?.pointer).toBe('/measures/0/schedule/start');
    expect(issue?.hint).toContain('"2019-01-01"');
  });

  it('validates once the fix in the hint is applied', () => {
    const fixed = validateDocumentText(planText('"2026-01-01"'));
    expect(
      fixed.ok ? [] : fixed.issues.filter((issue) => issue.code.startsWith('schema/')),
    ).toEqual([]);
  });

  it('gets the example of a date when the number is not a year', () => {
    expect(finding(planText('20190101'))?.hint).toContain('"2026-03-31"');
  });

  it('takes a number as a year from 1900 to 2100 only', () => {
    const hintFor = (start: unknown) => {
      const plan = workPlanInput();
      Object.assign(plan.measures[0]!.schedule, { start });
      const result = validateDocument(plan);
      const issue = result.ok ? undefined : result.issues[0];
      expect([issue?.code, issue?.pointer]).toEqual([
        'schema/invalid-type',
        '/measures/0/schedule/start',
      ]);
      return issue?.hint;
    };
    expect(hintFor(1900)).toContain('"1900-01-01"');
    expect(hintFor(2100)).toContain('"2100-01-01"');
    for (const notAYear of [1899, 2101, 2019.5]) {
      expect(hintFor(notAYear)).not.toContain(`"${notAYear}-01-01"`);
      expect(hintFor(notAYear)).toContain('"2026-03-31"');
    }
    expect(hintFor(true)).toContain('"2026-03-31"');
  });

  it('gets the same value in quotes where plain text is expected', () => {
    const plan = workPlanInput();
    Object.assign(plan, { owner: 2026 });
    const result = validateDocument(plan);
    const issue = result.ok ? undefined : result.issues[0];
    expect([issue?.code, issue?.pointer]).toEqual(['schema/invalid-type', '/owner']);
    expect(issue?.hint).toContain('"2026"');
    Object.assign(plan, { owner: false });
    const again = validateDocument(plan);
    expect(again.ok ? undefined : again.issues[0]?.hint).toContain('"false", in quotes');
  });
});

describe('the hint of an unknown office', () => {
  it('lists every bureau and office when no name is close', () => {
    const plan = workPlanInput();
    plan.measures[0]!.lead = 'suva';
    const result = validateDocument(plan);
    const finding = result.ok ? undefined : result.issues[0];
    expect([finding?.code, finding?.pointer]).toEqual(['plan/unknown-office', '/measures/0/lead']);
    for (const id of ['GS', 'BR', 'TSB', 'BDT', ...ITU_OFFICES.map((office) => office.id)]) {
      expect(finding?.hint).toContain(id);
    }
  });

  it('names the close office when there is one', () => {
    const plan = workPlanInput();
    plan.measures[0]!.lead = 'addis-abeba';
    const result = validateDocument(plan);
    expect(result.ok ? undefined : result.issues[0]?.hint).toBe('Did you mean "addis-ababa"?');
  });
});
