import * as z from 'zod';
import { CURRENCY_CODES } from '../codes/currencies.js';
import { OFFICIAL_LANGUAGES } from '../codes/languages.js';
import { SDG_TARGET_PATTERN } from '../codes/sdg-targets.js';

/**
 * Format names used as the message of format checks, mapped to an example of a valid value;
 * the validator turns a failed check into a `schema/invalid-format` finding with this example.
 */
export const FORMAT_EXAMPLES: Readonly<Record<string, string>> = {
  identifier:
    '"M-TAL-01" (letters, digits, ".", "_" or "-", starting with a letter or digit, at most 64 characters)',
  date: '"2026-03-31" (a real calendar day, in a year from 1900 to 2100)',
  'partial date': '"2019", "2019-05" or "2019-05-31" (a year from 1900 to 2100)',
  'ISO 3166-1 alpha-3 country code': '"KEN"',
  'entity reference': '"BDT", "TSB" or an office id such as "addis-ababa"',
  'SDG target': '"4.4" or "17.b"',
  URL: '"https://www.itu.int/"',
  'language code': '"fr"',
  'text with a visible character': '"Train 200 officials"',
};

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** An identifier unique in its collection: letters, digits, `.`, `_` or `-`, 1 to 64 characters. */
export const IdSchema = z
  .string()
  .regex(ID_PATTERN, { error: 'identifier' })
  .describe(
    'Identifier, unique within its collection: letters, digits, ".", "_" or "-", starting with a letter or digit, at most 64 characters.',
  );

/** A calendar date written `YYYY-MM-DD`. */
export const IsoDateSchema = z.iso
  .date({ error: 'date' })
  .regex(/^(?:19\d\d|20\d\d|2100)-/, { error: 'date' })
  .describe('Calendar date, written YYYY-MM-DD (ISO 8601), in a year from 1900 to 2100.');

/** A year, a year and month, or a full date, written as text. */
const PartialDateTextSchema = z
  .string()
  .regex(
    // Years 1900-2100; months of 28 to 31 days; 29 February only in leap years, written out so
    // that the JSON Schema says the same as this schema.
    /^(?:(?:19\d\d|20\d\d|2100)(?:-(?:(?:0[13578]|1[02])(?:-(?:0[1-9]|[12]\d|3[01]))?|(?:0[469]|11)(?:-(?:0[1-9]|[12]\d|30))?|02(?:-(?:0[1-9]|1\d|2[0-8]))?))?|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:[02468][048]|[13579][26]))-02-29)$/,
    { error: 'partial date' },
  )
  .describe(
    'A year (YYYY), a month (YYYY-MM) or a real calendar day (YYYY-MM-DD), in a year from 1900 to 2100.',
  );

/**
 * A year, a year and month, or a full date. A year may also be a whole number, as YAML reads
 * `start: 2019`; it is read as the text `"2019"`, so that a partial date is always text.
 */
export const PartialDateSchema = z
  .union([
    PartialDateTextSchema,
    z.int().min(1900).max(2100).transform(String).describe('A year, as a whole number.'),
  ])
  .describe(
    'A year (YYYY, as text or a whole number), a month (YYYY-MM) or a real calendar day (YYYY-MM-DD), in a year from 1900 to 2100.',
  );

/** A year between 1900 and 2100. */
export const YearSchema = z.int().min(1900).max(2100).describe('Calendar year.');

/** An ISO 3166-1 alpha-3 country code in capitals. */
export const CountryCodeSchema = z
  .string()
  .regex(/^[A-Z]{3}$/, { error: 'ISO 3166-1 alpha-3 country code' })
  .describe('Country, as an ISO 3166-1 alpha-3 code in capitals (for example "KEN").');

/** A bureau code (`GS`, `BR`, `TSB`, `BDT`) or the id of an ITU regional or area office. */
export const EntityRefSchema = z
  .string()
  .regex(/^(?:GS|BR|TSB|BDT|[a-z][a-z0-9-]{1,63})$/, { error: 'entity reference' })
  .describe(
    'An ITU entity: a bureau code (GS, BR, TSB, BDT) or the id of a regional or area office (for example "addis-ababa").',
  );

/** An SDG target written `goal.target`, such as `4.4` or `17.b`. */
export const SdgTargetSchema = z
  .string()
  .regex(new RegExp(SDG_TARGET_PATTERN), { error: 'SDG target' })
  .describe(
    'SDG target, written goal.target (goal 1-17; target a number or a letter), e.g. "4.4".',
  );

/** An absolute http or https URL. */
export const UrlSchema = z
  .string()
  // The scheme's letters are spelt out in both cases, without the `i` flag, so that the exported
  // JSON Schema (whose patterns have no flags) accepts the same URLs as this schema.
  .regex(/^[Hh][Tt][Tt][Pp][Ss]?:\/\/[^\s/$.?#][^\s]*$/, { error: 'URL' })
  .max(2048)
  .describe('Absolute http(s) URL.');

/** An ISO 4217 currency code. */
export const CurrencySchema = z
  .enum(CURRENCY_CODES)
  .describe('Currency, as an ISO 4217 alphabetic code (for example "USD" or "CHF").');

/** A non-negative amount of money, finite and below 10^15. */
export const AmountSchema = z
  .number()
  .min(0)
  .max(1e15)
  .describe('Amount of money in the stated currency, not negative.');

/** A percentage from 0 to 100. */
export const PercentSchema = z.number().min(0).max(100).describe('Percentage, from 0 to 100.');

// Text must hold a visible character; a pattern (not trimming) keeps the JSON Schema equivalent.
const NonEmptyText = z
  .string()
  .min(1)
  .max(10_000)
  .regex(/\S/, { error: 'text with a visible character' });

const localizedShape = Object.fromEntries(
  OFFICIAL_LANGUAGES.map((language) => [
    language,
    language === 'en'
      ? NonEmptyText.describe('English text (required).')
      : NonEmptyText.optional().describe(`Text in the official language "${language}".`),
  ]),
) as { en: typeof NonEmptyText } & Record<
  Exclude<(typeof OFFICIAL_LANGUAGES)[number], 'en'>,
  z.ZodOptional<typeof NonEmptyText>
>;

/** Text in English with optional translations into the other official ITU languages. */
export const LocalizedTextObjectSchema = z
  .strictObject(localizedShape)
  .describe('Text by language: English (en) is required; ar, es, fr, ru and zh are optional.');

/**
 * Human-readable text: a plain string (English) or an object by language with English required.
 * Either way the validated value is the object form.
 *
 * @example
 * ```ts
 * LocalizedTextSchema.parse('Train 200 officials');
 * //=> { en: 'Train 200 officials' }
 * ```
 */
export const LocalizedTextSchema = z
  .union([NonEmptyText, LocalizedTextObjectSchema])
  .transform((text) => (typeof text === 'string' ? { en: text } : text))
  .describe(
    'Human-readable text: a string in English, or an object with English (en) and optional translations (ar, es, fr, ru, zh).',
  );

/** Plain text, not localised, of at most 10,000 characters. */
export const PlainTextSchema = NonEmptyText.describe('Plain text.');

/** A link to a web page about something in the plan. */
export const LinkSchema = z
  .strictObject({
    url: UrlSchema,
    label: PlainTextSchema.optional().describe('What the link leads to.'),
  })
  .describe('A link to a related web page.');

/**
 * A cited mandate: the body, its reference number, the year and the title.
 *
 * @example
 * ```ts
 * declare const value: unknown;
 * const result = MandateReferenceSchema.safeParse(value);
 * if (!result.success) console.log(result.error.issues);
 * ```
 */
export const MandateReferenceSchema = z
  .strictObject({
    id: IdSchema.describe('Identifier of this mandate within the plan.'),
    body: PlainTextSchema.describe(
      'The body that adopted it, e.g. "UN General Assembly", "ITU Council", "ITU Plenipotentiary Conference".',
    ),
    number: PlainTextSchema.describe(
      'Its reference as the body writes it, e.g. "A/RES/78/311" or "Resolution 214".',
    ),
    year: YearSchema.describe('Year of adoption (or of the last amendment cited).'),
    title: LocalizedTextSchema.describe('Title or short description.'),
    url: UrlSchema.optional().describe('Where the text can be read.'),
  })
  .describe('A mandate the plan answers: a resolution, decision or compact, cited as data.');

/** A measurable value at a point in time. */
export const IndicatorValueSchema = z
  .strictObject({
    value: z.number().describe('The value, in the indicator unit.'),
    year: YearSchema.describe('Year the value refers to.'),
  })
  .describe('A value of an indicator in a given year.');

/**
 * An indicator with its unit, baseline and target.
 *
 * @example
 * ```ts
 * declare const value: unknown;
 * const result = IndicatorSchema.safeParse(value);
 * if (!result.success) console.log(result.error.issues);
 * ```
 */
export const IndicatorSchema = z
  .strictObject({
    id: IdSchema.describe('Identifier of the indicator, unique in the plan.'),
    name: LocalizedTextSchema.describe('What is measured.'),
    unit: PlainTextSchema.optional().describe('Unit, e.g. "people trained" or "%".'),
    baseline: IndicatorValueSchema.optional().describe('Starting value.'),
    target: IndicatorValueSchema.describe('Value to reach.'),
    source: PlainTextSchema.optional().describe('Where the values come from.'),
  })
  .describe('A measurable indicator with a baseline and a target.');

/**
 * The fields every document starts with: its `kind` and the version of its format, so that a tool
 * can tell what a file is and a later version can migrate it.
 */
export function documentEnvelope<K extends string>(kind: K) {
  return {
    // Editors write `$schema` into a JSON file to find its JSON Schema; it is accepted and kept.
    $schema: z
      .string()
      .max(2048)
      .optional()
      .describe('Address of the JSON Schema the document follows, for editors; not checked.'),
    kind: z.literal(kind).describe(`Document kind: always "${kind}".`),
    schemaVersion: z.literal(1).describe('Version of the document format: 1.'),
  };
}
