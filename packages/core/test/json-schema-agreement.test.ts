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
import { type Json, mutate, mutation } from './mutate-document.js';

const ajv = new Ajv2020({ strict: true, allErrors: false });
addFormats(ajv);

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
