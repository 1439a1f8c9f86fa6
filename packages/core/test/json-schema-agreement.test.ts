// The exported JSON Schemas and the SDK agree on which documents are structurally valid: an
// independent validator (ajv, draft 2020-12 with formats) accepts exactly what the zod schemas accept.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  InitiativeCatalogueSchema,
  NeedsAssessmentSchema,
  ScoringProfileSchema,
  WorkPlanSchema,
  documentJsonSchema,
} from '@itu-aicb/core';
import type { DocumentKind } from '@itu-aicb/core';
import {
  initiativeCatalogueInput,
  needsAssessmentInput,
  scoringProfileInput,
  workPlanInput,
} from './fixtures.js';

const ajv = new Ajv2020({ strict: true, allErrors: false });
addFormats(ajv);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const KINDS: readonly {
  kind: DocumentKind;
  schema: { safeParse(v: unknown): { success: boolean } };
  build: () => Json;
}[] = [
  { kind: 'WorkPlan', schema: WorkPlanSchema, build: () => workPlanInput() as unknown as Json },
  {
    kind: 'InitiativeCatalogue',
    schema: InitiativeCatalogueSchema,
    build: () => initiativeCatalogueInput() as unknown as Json,
  },
  {
    kind: 'NeedsAssessment',
    schema: NeedsAssessmentSchema,
    build: () => needsAssessmentInput() as unknown as Json,
  },
  {
    kind: 'ScoringProfile',
    schema: ScoringProfileSchema,
    build: () => scoringProfileInput() as unknown as Json,
  },
];

/** Every path to a value inside a JSON document, the root included. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const out = [prefix];
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...paths(item, [...prefix, i])));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) out.push(...paths(item, [...prefix, key]));
  }
  return out;
}

function parentOf(root: Json, path: readonly (string | number)[]): Json | undefined {
  let current: Json | undefined = root;
  for (const segment of path.slice(0, -1)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, Json>)[segment];
  }
  return current;
}

const interesting: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }).map((value) => value as Json),
  fc.constantFrom(
    '',
    ' ',
    '2026-02-29',
    '2024-02-29',
    '2026-13-01',
    'KEN',
    'ken',
    'BDT',
    'talent',
    'USD',
    '4.4',
    '18.1',
    'https://itu.int',
  ),
  fc.constantFrom(0, -1, 1, 1.5, 5, 5.5, 100, 101, 1e15, 1e16, 2100, 2101),
);

const mutation = fc.record({
  at: fc.nat(),
  op: fc.constantFrom('set', 'delete', 'add-key', 'push'),
  value: interesting,
  key: fc.constantFrom('extra', 'titel', 'en', 'fr', 'de', 'notes', 'id', '__proto__'),
});

function mutate(
  root: Json,
  steps: readonly { at: number; op: string; value: Json; key: string }[],
): Json {
  for (const step of steps) {
    const all = paths(root);
    const path = all[step.at % all.length] ?? [];
    if (path.length === 0) continue;
    const parent = parentOf(root, path);
    const last = path.at(-1)!;
    if (parent === null || typeof parent !== 'object') continue;
    const target = parent as Record<string | number, Json>;
    if (step.op === 'set') target[last] = step.value;
    else if (step.op === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete target[last];
    } else if (step.op === 'add-key') {
      const value = target[last];
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        Object.defineProperty(value, step.key, {
          value: step.value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
    } else {
      const value = target[last];
      if (Array.isArray(value)) value.push(step.value);
    }
  }
  return root;
}

describe.each(KINDS)('$kind: SDK and JSON Schema agree', ({ kind, schema, build }) => {
  const validate = ajv.compile(documentJsonSchema(kind));

  it('both accept the valid fixture', () => {
    expect(schema.safeParse(build()).success).toBe(true);
    expect(validate(build())).toBe(true);
  });

  it('accept and reject the same mutated documents', () => {
    const seen = { accepted: 0, rejected: 0 };
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (steps) => {
        const document = mutate(build(), steps);
        const bySdk = schema.safeParse(document).success;
        const byAjv = validate(document);
        expect({ document, byAjv }).toEqual({ document, byAjv: bySdk });
        seen[bySdk ? 'accepted' : 'rejected'] += 1;
      }),
      { numRuns: 400 },
    );
    // The mutations must exercise both outcomes, or the agreement says little.
    expect(seen.accepted).toBeGreaterThan(20);
    expect(seen.rejected).toBeGreaterThan(20);
  });
});
