import * as z from 'zod';
import type { DocumentKind } from '../documents/document-kind.js';
import { InitiativeCatalogueSchema } from '../documents/initiative-catalogue/initiative-catalogue.js';
import { NeedsAssessmentSchema } from '../documents/needs-assessment/needs-assessment.js';
import { ScoringProfileSchema } from '../documents/scoring-profile/scoring-profile.js';
import { PeriodSchema, WorkPlanSchema } from '../documents/work-plan/work-plan.js';
import {
  BudgetLineSchema,
  BudgetSchema,
  EstimatesSchema,
  MeasureSchema,
  MilestoneSchema,
  PartnerSchema,
  ScheduleSchema,
} from '../documents/work-plan/measure.js';
import { ObjectiveSchema } from '../documents/work-plan/objective.js';
import {
  CommunicationGroupSchema,
  ContributionSchema,
  ReviewSchema,
  WorkArrangementsSchema,
} from '../documents/work-plan/arrangements.js';
import {
  InitiativePartnerSchema,
  InitiativeSchema,
  ReachFigureSchema,
} from '../documents/initiative-catalogue/initiative-catalogue.js';
import {
  AssessmentScopeSchema,
  AssessorSchema,
  EvidenceSchema,
  PillarAssessmentSchema,
  PriorityNeedSchema,
} from '../documents/needs-assessment/needs-assessment.js';
import {
  PreferenceFunctionSchema,
  ProfileCriterionSchema,
  ProfileMethodSchema,
  WeightingSchema,
} from '../documents/scoring-profile/scoring-profile.js';
import {
  BeneficiariesSchema,
  ContributionDeliverySchema,
  GroupMeetingSchema,
  IndicatorMeasurementSchema,
  MeasureProgressSchema,
  MilestoneProgressSchema,
  ObjectiveProgressSchema,
  ProgressReportSchema,
  ReportPreparerSchema,
  RiskSchema,
  SpendSchema,
  SpendTransactionSchema,
} from '../documents/progress-report/progress-report.js';
import {
  AmountSchema,
  CountryCodeSchema,
  CurrencySchema,
  EntityRefSchema,
  IdSchema,
  IndicatorSchema,
  IndicatorValueSchema,
  IsoDateSchema,
  LinkSchema,
  LocalizedTextObjectSchema,
  LocalizedTextSchema,
  MandateReferenceSchema,
  PartialDateSchema,
  PercentSchema,
  PlainTextSchema,
  SdgTargetSchema,
  UrlSchema,
  YearSchema,
} from '../schemas/common.js';

const SCHEMAS = {
  WorkPlan: WorkPlanSchema,
  InitiativeCatalogue: InitiativeCatalogueSchema,
  NeedsAssessment: NeedsAssessmentSchema,
  ScoringProfile: ScoringProfileSchema,
  ProgressReport: ProgressReportSchema,
} as const satisfies Record<DocumentKind, z.ZodType>;

/**
 * The named pieces of the JSON Schemas: each is emitted once under `$defs` and referenced with
 * `$ref` wherever a document uses it, so that code generators in other languages give the shared
 * types one name each. A field matches a piece when its schema is the piece's, up to annotations.
 */
const DEFINITIONS: Readonly<Record<string, z.ZodType>> = {
  // Shared pieces (schemas/common.ts).
  Identifier: IdSchema,
  Date: IsoDateSchema,
  PartialDate: PartialDateSchema,
  Year: YearSchema,
  CountryCode: CountryCodeSchema,
  EntityReference: EntityRefSchema,
  SdgTarget: SdgTargetSchema,
  Url: UrlSchema,
  Currency: CurrencySchema,
  Amount: AmountSchema,
  Percent: PercentSchema,
  PlainText: PlainTextSchema,
  LocalizedText: LocalizedTextSchema,
  LocalizedTextObject: LocalizedTextObjectSchema,
  Link: LinkSchema,
  MandateReference: MandateReferenceSchema,
  Indicator: IndicatorSchema,
  IndicatorValue: IndicatorValueSchema,
  // Parts of the document kinds.
  Period: PeriodSchema,
  Objective: ObjectiveSchema,
  Measure: MeasureSchema,
  Milestone: MilestoneSchema,
  Schedule: ScheduleSchema,
  Budget: BudgetSchema,
  BudgetLine: BudgetLineSchema,
  Partner: PartnerSchema,
  Estimates: EstimatesSchema,
  WorkArrangements: WorkArrangementsSchema,
  CommunicationGroup: CommunicationGroupSchema,
  Review: ReviewSchema,
  Contribution: ContributionSchema,
  Initiative: InitiativeSchema,
  InitiativePartner: InitiativePartnerSchema,
  ReachFigure: ReachFigureSchema,
  AssessmentScope: AssessmentScopeSchema,
  PillarAssessment: PillarAssessmentSchema,
  PriorityNeed: PriorityNeedSchema,
  Evidence: EvidenceSchema,
  Assessor: AssessorSchema,
  ProfileMethod: ProfileMethodSchema,
  ProfileCriterion: ProfileCriterionSchema,
  Weighting: WeightingSchema,
  PreferenceFunction: PreferenceFunctionSchema,
  ReportPreparer: ReportPreparerSchema,
  MeasureProgress: MeasureProgressSchema,
  MilestoneProgress: MilestoneProgressSchema,
  Spend: SpendSchema,
  SpendTransaction: SpendTransactionSchema,
  Beneficiaries: BeneficiariesSchema,
  IndicatorMeasurement: IndicatorMeasurementSchema,
  Risk: RiskSchema,
  ObjectiveProgress: ObjectiveProgressSchema,
  ContributionDelivery: ContributionDeliverySchema,
  GroupMeeting: GroupMeetingSchema,
};

/** Keywords that say something about one use of a piece; they stay beside its `$ref`. */
const ANNOTATIONS = new Set(['description', 'default', 'title', 'examples', 'deprecated']);

type JsonSchema = { [key: string]: unknown };

const isSchemaObject = (value: unknown): value is JsonSchema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function toJsonSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'throw',
  });
}

/** A schema without its annotations, as a canonical text: equal texts mean the same constraints. */
function constraintsKey(schema: JsonSchema): string {
  const canonical = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(canonical);
    if (!isSchemaObject(value)) return value;
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical(value[key])]),
    );
  };
  const constraints = Object.fromEntries(
    Object.entries(schema).filter(([key]) => !ANNOTATIONS.has(key) && key !== '$schema'),
  );
  return JSON.stringify(canonical(constraints));
}

interface Definitions {
  readonly byKey: ReadonlyMap<string, string>;
  readonly bodies: ReadonlyMap<string, JsonSchema>;
}

let definitions: Definitions | undefined;

/** The JSON Schema of every named piece, built once on first use. */
function namedDefinitions(): Definitions {
  if (definitions !== undefined) return definitions;
  const byKey = new Map<string, string>();
  const bodies = new Map<string, JsonSchema>();
  for (const [name, schema] of Object.entries(DEFINITIONS)) {
    const body = toJsonSchema(schema);
    delete body['$schema'];
    byKey.set(constraintsKey(body), name);
    bodies.set(name, body);
  }
  definitions = { byKey, bodies };
  return definitions;
}

/**
 * Replaces every subschema that is a named piece with a `$ref` to it (keeping the annotations of
 * that use), and records the names used.
 */
function referencePieces(
  value: unknown,
  pieces: Definitions,
  used: Set<string>,
  isRoot: boolean,
): unknown {
  if (Array.isArray(value)) return value.map((item) => referencePieces(item, pieces, used, false));
  if (!isSchemaObject(value)) return value;
  const name = isRoot ? undefined : pieces.byKey.get(constraintsKey(value));
  if (name !== undefined) {
    used.add(name);
    // Annotations the piece itself carries are not repeated beside the reference.
    const own = pieces.bodies.get(name) ?? {};
    const annotations = Object.entries(value).filter(
      ([key, item]) => ANNOTATIONS.has(key) && own[key] !== item,
    );
    return { $ref: `#/$defs/${name}`, ...Object.fromEntries(annotations) };
  }
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      // Keys of `properties` are field names, and `const`, `enum` and `default` hold data.
      key === 'const' || key === 'enum' || key === 'default' || key === 'examples'
        ? item
        : key === 'properties' && isSchemaObject(item)
          ? Object.fromEntries(
              Object.entries(item).map(([field, schema]) => [
                field,
                referencePieces(schema, pieces, used, false),
              ]),
            )
          : referencePieces(item, pieces, used, false),
    ]),
  );
}

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
  ProgressReport: 'progress-report.schema.json',
};

/**
 * Builds the JSON Schema (draft 2020-12) of the input shape of a document kind: what a file may
 * contain, with every field's description. Checks beyond the structure (the rules) are not in it.
 * Shared pieces (`LocalizedText`, `Identifier`, `Date`, `Currency`, `Measure`, ...) are emitted
 * once under `$defs` and referenced with `$ref`, each use keeping its own description.
 *
 * @param kind - The document kind.
 * @returns A fresh JSON Schema object.
 *
 * @example
 * ```ts
 * documentJsonSchema('WorkPlan').$schema;
 * //=> 'https://json-schema.org/draft/2020-12/schema'
 * ```
 *
 * @example
 * ```ts
 * const schema = documentJsonSchema('WorkPlan') as { properties: { id: unknown } };
 * schema.properties.id;
 * //=> { $ref: '#/$defs/Identifier', description: 'Identifier of the plan, unique in a workspace.' }
 * ```
 */
export function documentJsonSchema(kind: DocumentKind): Record<string, unknown> {
  const { $schema, ...rest } = toJsonSchema(SCHEMAS[kind]);
  const pieces = namedDefinitions();
  const used = new Set<string>();
  const body = referencePieces(rest, pieces, used, true) as JsonSchema;
  // A piece may use other pieces: follow them until no new name turns up.
  const $defs: Record<string, unknown> = {};
  const pending = [...used];
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (name in $defs) continue;
    const found = new Set<string>();
    $defs[name] = referencePieces(pieces.bodies.get(name), pieces, found, true);
    for (const other of found) if (!(other in $defs)) pending.push(other);
  }
  const sorted = Object.fromEntries(
    Object.keys($defs)
      .sort()
      .map((name) => [name, $defs[name]]),
  );
  // The pieces are cached; a clone keeps a caller's changes out of the next schema.
  return structuredClone({
    $schema,
    $id: `urn:itu-aicb:schema:${JSON_SCHEMA_FILES[kind].replace('.schema.json', '')}:1`,
    title: kind,
    ...body,
    $defs: sorted,
  });
}
