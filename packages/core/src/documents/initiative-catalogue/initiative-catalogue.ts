import * as z from 'zod';
import { BUREAUS } from '../../codes/bureaus.js';
import { INITIATIVE_KINDS } from '../../codes/initiative-kinds.js';
import { INITIATIVE_STATUSES } from '../../codes/statuses.js';
import { PARTNER_ROLES } from '../../codes/partner-roles.js';
import { PILLARS } from '../../codes/pillars.js';
import { ITU_REGIONS } from '../../codes/regions.js';
import {
  EntityRefSchema,
  IdSchema,
  IsoDateSchema,
  LinkSchema,
  LocalizedTextSchema,
  PartialDateSchema,
  PlainTextSchema,
  documentEnvelope,
} from '../../schemas/common.js';

/**
 * A reach figure of an initiative: what was counted, how many, and when.
 *
 * @example
 * ```ts
 * declare const value: unknown;
 * const result = ReachFigureSchema.safeParse(value);
 * if (!result.success) console.log(result.error.issues);
 * ```
 */
export const ReachFigureSchema = z
  .strictObject({
    metric: PlainTextSchema.describe(
      'What is counted, e.g. "learners", "courses", "participants".',
    ),
    value: z.number().min(0).max(1e12).describe('How many.'),
    asOf: PartialDateSchema.describe('When the figure was true.'),
    source: PlainTextSchema.optional().describe('Where the figure comes from.'),
  })
  .describe('A reach figure of an initiative.');

/**
 * An organisation working with ITU on an initiative.
 *
 * @example
 * ```ts
 * declare const value: unknown;
 * const result = InitiativePartnerSchema.safeParse(value);
 * if (!result.success) console.log(result.error.issues);
 * ```
 */
export const InitiativePartnerSchema = z
  .strictObject({
    name: PlainTextSchema.describe('Name of the partner organisation.'),
    role: z.enum(PARTNER_ROLES).optional().describe('Role of the partner, if stated.'),
  })
  .describe('A partner of an initiative.');

/**
 * An existing ITU initiative, programme, platform or partnership.
 *
 * @example
 * ```ts
 * declare const value: unknown;
 * const result = InitiativeSchema.safeParse(value);
 * if (!result.success) console.log(result.error.issues);
 * ```
 */
export const InitiativeSchema = z
  .strictObject({
    id: IdSchema.describe('Identifier of the initiative; measures refer to it in `buildsOn`.'),
    name: LocalizedTextSchema.describe('Name of the initiative.'),
    description: LocalizedTextSchema.optional().describe('What the initiative does.'),
    owner: z.enum(BUREAUS).describe('The bureau that owns the initiative.'),
    coOwners: z
      .array(EntityRefSchema)
      .default(() => [])
      .describe('Other bureaus or offices that run it with the owner.'),
    kinds: z
      .array(z.enum(INITIATIVE_KINDS))
      .min(1)
      .describe('What kind of initiative it is (it may be several).'),
    pillars: z.array(z.enum(PILLARS)).min(1).describe('Pillars the initiative serves.'),
    regions: z
      .array(z.enum(ITU_REGIONS))
      .default(() => [])
      .describe('ITU-D regions it serves; empty for a global initiative.'),
    partners: z
      .array(InitiativePartnerSchema)
      .default(() => [])
      .describe('Partner organisations.'),
    status: z
      .enum(INITIATIVE_STATUSES)
      .describe('Whether the initiative is planned, active or over.'),
    start: PartialDateSchema.optional().describe('When it started.'),
    end: PartialDateSchema.optional().describe('When it ended or is due to end.'),
    reach: z
      .array(ReachFigureSchema)
      .default(() => [])
      .describe('Reach figures.'),
    links: z
      .array(LinkSchema)
      .default(() => [])
      .describe('Web pages about the initiative.'),
    code: PlainTextSchema.optional().describe(
      'An official code, such as a WTDC regional initiative code ("ASP1").',
    ),
  })
  .describe('An existing ITU initiative, programme, platform or partnership.');

/**
 * The catalogue of existing ITU initiatives that measures can build on.
 *
 * @example
 * ```ts
 * declare const value: unknown;
 * const result = InitiativeCatalogueSchema.safeParse(value);
 * if (!result.success) console.log(result.error.issues);
 * ```
 */
export const InitiativeCatalogueSchema = z
  .strictObject({
    ...documentEnvelope('InitiativeCatalogue'),
    id: IdSchema.describe('Identifier of the catalogue, unique in a workspace.'),
    title: LocalizedTextSchema.describe('Title of the catalogue.'),
    asOf: IsoDateSchema.describe('Date the catalogue describes.'),
    source: PlainTextSchema.optional().describe('Where the entries come from.'),
    initiatives: z.array(InitiativeSchema).min(1).describe('The initiatives.'),
  })
  .describe('A catalogue of existing ITU AI capacity-building initiatives.');

/**
 * A validated initiative.
 *
 * @example
 * ```ts
 * declare const catalogue: InitiativeCatalogue;
 * const initiative: Initiative | undefined = catalogue.initiatives[0];
 * ```
 */
export interface Initiative extends z.output<typeof InitiativeSchema> {}

/**
 * A validated initiative catalogue, with defaults applied.
 *
 * @example
 * ```ts
 * declare const catalogue: InitiativeCatalogue;
 * console.log(catalogue.initiatives.map((initiative) => initiative.id));
 * ```
 */
export interface InitiativeCatalogue extends Omit<
  z.output<typeof InitiativeCatalogueSchema>,
  'initiatives'
> {
  initiatives: Initiative[];
}

/**
 * An initiative catalogue as written in a file: what `validateInitiativeCatalogue` accepts.
 *
 * @example
 * ```ts
 * const input: InitiativeCatalogueInput = {
 *   kind: 'InitiativeCatalogue',
 *   schemaVersion: 1,
 *   id: 'itu-ai-initiatives',
 *   title: 'ITU AI capacity-building initiatives',
 *   asOf: '2025-12-31',
 *   initiatives: [
 *     { id: 'itu-academy', name: 'ITU Academy', owner: 'BDT', kinds: ['learning-platform'], pillars: ['talent'], status: 'active' },
 *   ],
 * };
 * ```
 */
export interface InitiativeCatalogueInput extends z.input<typeof InitiativeCatalogueSchema> {}
