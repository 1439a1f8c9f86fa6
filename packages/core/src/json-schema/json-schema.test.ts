// The JSON Schemas name their shared pieces under $defs and refer to them, so that code generators
// in other languages give each shared type one name.
import { describe, expect, it } from 'vitest';
import { CURRENCY_CODES, DOCUMENT_KINDS, documentJsonSchema } from '@itu-aicb/core';

type Json = { [key: string]: unknown };

/** Every object inside a value, with its JSON Pointer. */
function objects(value: unknown, pointer = ''): { pointer: string; node: Json }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => objects(item, `${pointer}/${i}`));
  if (typeof value !== 'object' || value === null) return [];
  return [
    { pointer, node: value as Json },
    ...Object.entries(value).flatMap(([key, item]) => objects(item, `${pointer}/${key}`)),
  ];
}

describe('documentJsonSchema: named pieces', () => {
  it.each(DOCUMENT_KINDS)('%s: every $ref points into $defs, and every def is used', (kind) => {
    const schema = documentJsonSchema(kind);
    const defs = schema['$defs'] as Json;
    const refs = objects(schema)
      .map(({ node }) => node['$ref'])
      .filter((ref): ref is string => typeof ref === 'string');
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(Object.keys(defs)).toContain(ref.replace('#/$defs/', ''));
    expect(new Set(refs.map((ref) => ref.replace('#/$defs/', '')))).toEqual(
      new Set(Object.keys(defs)),
    );
  });

  it.each(DOCUMENT_KINDS)('%s: shared text and identifiers are not inlined', (kind) => {
    const schema = documentJsonSchema(kind);
    const inlined = objects(schema).filter(
      ({ pointer, node }) =>
        (node['pattern'] === '\\S' && pointer !== '/$defs/PlainText') ||
        (node['pattern'] === '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$' &&
          pointer !== '/$defs/Identifier'),
    );
    expect(inlined.map(({ pointer }) => pointer)).toEqual([]);
  });

  it('the currency codes are listed once, under $defs/Currency', () => {
    const schema = documentJsonSchema('WorkPlan');
    const lists = objects(schema).filter(
      ({ node }) => Array.isArray(node['enum']) && (node['enum'] as unknown[]).includes('CHF'),
    );
    expect(lists.map(({ pointer }) => pointer)).toEqual(['/$defs/Currency']);
    expect(lists[0]?.node['enum']).toEqual([...CURRENCY_CODES]);
  });

  it('each use keeps its own description beside the reference', () => {
    const schema = documentJsonSchema('WorkPlan') as {
      properties: Record<string, Json>;
      $defs: Record<string, Json>;
    };
    expect(schema.properties['id']).toEqual({
      $ref: '#/$defs/Identifier',
      description: 'Identifier of the plan, unique in a workspace.',
    });
    expect(schema.properties['title']?.['$ref']).toBe('#/$defs/LocalizedText');
    expect(schema.$defs['LocalizedText']?.['anyOf']).toEqual([
      { $ref: '#/$defs/PlainText' },
      { $ref: '#/$defs/LocalizedTextObject' },
    ]);
  });
});

describe('documentJsonSchema: fresh objects', () => {
  it('a change to one returned schema does not reach the next', () => {
    const first = documentJsonSchema('WorkPlan') as { $defs: { Currency: { enum: string[] } } };
    first.$defs.Currency.enum.length = 0;
    const second = documentJsonSchema('WorkPlan') as typeof first;
    expect(second.$defs.Currency.enum).toEqual([...CURRENCY_CODES]);
  });
});
