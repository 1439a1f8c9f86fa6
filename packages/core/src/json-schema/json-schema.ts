import { z } from 'zod';
import type { DocumentKind } from '../documents/document-kind.js';
import { InitiativeCatalogueSchema } from '../documents/initiative-catalogue/initiative-catalogue.js';
import { NeedsAssessmentSchema } from '../documents/needs-assessment/needs-assessment.js';
import { ScoringProfileSchema } from '../documents/scoring-profile/scoring-profile.js';
import { WorkPlanSchema } from '../documents/work-plan/work-plan.js';

const SCHEMAS = {
  WorkPlan: WorkPlanSchema,
  InitiativeCatalogue: InitiativeCatalogueSchema,
  NeedsAssessment: NeedsAssessmentSchema,
  ScoringProfile: ScoringProfileSchema,
} as const satisfies Record<DocumentKind, z.ZodType>;

/**
 * File names of the committed JSON Schemas, by document kind.
 *
 * @example
 * ```ts
 * JSON_SCHEMA_FILES.WorkPlan;
 * //=> 'work-plan.schema.json'
 * ```
 */
export const JSON_SCHEMA_FILES: Readonly<Record<DocumentKind, string>> = {
  WorkPlan: 'work-plan.schema.json',
  InitiativeCatalogue: 'initiative-catalogue.schema.json',
  NeedsAssessment: 'needs-assessment.schema.json',
  ScoringProfile: 'scoring-profile.schema.json',
};

/**
 * Builds the JSON Schema (draft 2020-12) of the input shape of a document kind: what a file may
 * contain, with every field's description. Checks beyond the structure (the rules) are not in it.
 *
 * @param kind - The document kind.
 * @returns A fresh JSON Schema object.
 *
 * @example
 * ```ts
 * documentJsonSchema('WorkPlan').$schema;
 * //=> 'https://json-schema.org/draft/2020-12/schema'
 * ```
 */
export function documentJsonSchema(kind: DocumentKind): Record<string, unknown> {
  const generated = z.toJSONSchema(SCHEMAS[kind], {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'throw',
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: `urn:itu-aicb:schema:${JSON_SCHEMA_FILES[kind].replace('.schema.json', '')}:1`,
    title: kind,
    ...rest,
  };
}
