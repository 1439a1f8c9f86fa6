import {
  ASSESSMENT_FRAMEWORKS,
  ASSESSMENT_FRAMEWORK_LABELS,
  BUREAUS,
  BUREAU_LABELS,
  COUNTRIES,
  countryName,
  COUNTRIES_SOURCE,
  isInCountryGroup,
  COUNTRY_GROUPS,
  CURRENCY_CODES,
  DOCUMENT_KINDS,
  INITIATIVE_KINDS,
  INITIATIVE_KIND_LABELS,
  INITIATIVE_STATUSES,
  INITIATIVE_STATUS_LABELS,
  ITU_OFFICES,
  ITU_REGIONS,
  ITU_REGION_LABELS,
  JSON_SCHEMA_FILES,
  MATURITY_TIERS,
  MATURITY_TIER_LABELS,
  MEASURE_KINDS,
  MEASURE_KIND_LABELS,
  MEASURE_NUMERIC_FIELDS,
  MEASURE_STATUSES,
  MEASURE_STATUS_LABELS,
  MEMBER_CATEGORIES,
  MEMBER_CATEGORY_LABELS,
  MISSING_DATA_POLICIES,
  NON_BUDGET_CURRENCY_CODES,
  NORMALIZATIONS,
  OFFICIAL_LANGUAGES,
  OFFICIAL_LANGUAGE_LABELS,
  PARTNER_ROLES,
  PARTNER_ROLE_LABELS,
  PILLARS,
  PILLAR_LABELS,
  PLAN_STATUSES,
  PLAN_STATUS_LABELS,
  PREFERENCE_FUNCTIONS,
  PRIORITY_CRITERION_INFO,
  RANDOM_INDEX_TABLE_NAMES,
  RANK_ORDER_SCHEMES,
  REPORTING_CADENCES,
  REPORTING_CADENCE_LABELS,
  SCORING_METHODS,
  SDG_GOALS,
  SDG_GOAL_LABELS,
  SDG_TARGETS,
  TARGET_GROUPS,
  TARGET_GROUP_LABELS,
  WEIGHTING_TYPES,
  documentJsonSchema,
} from '@itu-aicb/core';
import type { DocumentKind } from '@itu-aicb/core';

/** A code list of `@itu-aicb/core`, as the plan-format reference lists it. */
export interface CodeList {
  readonly title: string;
  /** The exported constant that holds the list. */
  readonly constant: string;
  readonly codes: readonly (string | number)[];
  /** What each code means, where the list has labels. */
  readonly label?: (code: string | number) => string;
  /** What a list too long to show open says of itself; the list follows, folded. */
  readonly elsewhere?: string;
}

const labelled =
  <K extends string | number>(labels: Readonly<Record<K, string>>) =>
  (code: string | number): string =>
    labels[code as K];

/** Every code list a plan file uses, generated from the code lists of `@itu-aicb/core`. */
export const CODE_LISTS: readonly CodeList[] = [
  { title: 'Pillars', constant: 'PILLARS', codes: PILLARS, label: labelled(PILLAR_LABELS) },
  { title: 'Bureaus', constant: 'BUREAUS', codes: BUREAUS, label: labelled(BUREAU_LABELS) },
  {
    title: 'Regional and area offices',
    constant: 'ITU_OFFICES',
    codes: ITU_OFFICES.map((office) => office.id),
    label: (id) => {
      const office = ITU_OFFICES.find((candidate) => candidate.id === id)!;
      return `${office.city}: ${office.type} office for ${office.region}`;
    },
  },
  {
    title: 'Regions',
    constant: 'ITU_REGIONS',
    codes: ITU_REGIONS,
    label: labelled(ITU_REGION_LABELS),
  },
  {
    title: 'Plan statuses',
    constant: 'PLAN_STATUSES',
    codes: PLAN_STATUSES,
    label: labelled(PLAN_STATUS_LABELS),
  },
  {
    title: 'Measure kinds',
    constant: 'MEASURE_KINDS',
    codes: MEASURE_KINDS,
    label: labelled(MEASURE_KIND_LABELS),
  },
  {
    title: 'Measure statuses',
    constant: 'MEASURE_STATUSES',
    codes: MEASURE_STATUSES,
    label: labelled(MEASURE_STATUS_LABELS),
  },
  {
    title: 'Target groups',
    constant: 'TARGET_GROUPS',
    codes: TARGET_GROUPS,
    label: labelled(TARGET_GROUP_LABELS),
  },
  {
    title: 'Partner roles',
    constant: 'PARTNER_ROLES',
    codes: PARTNER_ROLES,
    label: labelled(PARTNER_ROLE_LABELS),
  },
  {
    title: 'Member categories',
    constant: 'MEMBER_CATEGORIES',
    codes: MEMBER_CATEGORIES,
    label: labelled(MEMBER_CATEGORY_LABELS),
  },
  {
    title: 'Reporting cadences',
    constant: 'REPORTING_CADENCES',
    codes: REPORTING_CADENCES,
    label: labelled(REPORTING_CADENCE_LABELS),
  },
  {
    title: 'Official languages',
    constant: 'OFFICIAL_LANGUAGES',
    codes: OFFICIAL_LANGUAGES,
    label: labelled(OFFICIAL_LANGUAGE_LABELS),
  },
  {
    title: 'Initiative kinds',
    constant: 'INITIATIVE_KINDS',
    codes: INITIATIVE_KINDS,
    label: labelled(INITIATIVE_KIND_LABELS),
  },
  {
    title: 'Initiative statuses',
    constant: 'INITIATIVE_STATUSES',
    codes: INITIATIVE_STATUSES,
    label: labelled(INITIATIVE_STATUS_LABELS),
  },
  {
    title: 'Assessment frameworks',
    constant: 'ASSESSMENT_FRAMEWORKS',
    codes: ASSESSMENT_FRAMEWORKS,
    label: labelled(ASSESSMENT_FRAMEWORK_LABELS),
  },
  {
    title: 'Maturity tiers',
    constant: 'MATURITY_TIERS',
    codes: MATURITY_TIERS,
    label: labelled(MATURITY_TIER_LABELS),
  },
  { title: 'Country groups', constant: 'COUNTRY_GROUPS', codes: COUNTRY_GROUPS },
  { title: 'Scoring methods', constant: 'SCORING_METHODS', codes: SCORING_METHODS },
  {
    title: 'Priority criteria',
    constant: 'PRIORITY_CRITERIA',
    codes: Object.keys(PRIORITY_CRITERION_INFO),
    label: (id) => {
      const info = PRIORITY_CRITERION_INFO[id as keyof typeof PRIORITY_CRITERION_INFO];
      return `${info.label} (${info.direction})`;
    },
  },
  {
    title: 'Measure fields for criteria',
    constant: 'MEASURE_NUMERIC_FIELDS',
    codes: MEASURE_NUMERIC_FIELDS,
  },
  { title: 'Weighting types', constant: 'WEIGHTING_TYPES', codes: WEIGHTING_TYPES },
  { title: 'Normalizations', constant: 'NORMALIZATIONS', codes: NORMALIZATIONS },
  { title: 'Preference functions', constant: 'PREFERENCE_FUNCTIONS', codes: PREFERENCE_FUNCTIONS },
  { title: 'Rank-order schemes', constant: 'RANK_ORDER_SCHEMES', codes: RANK_ORDER_SCHEMES },
  {
    title: 'Random index tables',
    constant: 'RANDOM_INDEX_TABLE_NAMES',
    codes: RANDOM_INDEX_TABLE_NAMES,
  },
  {
    title: 'Missing-data policies',
    constant: 'MISSING_DATA_POLICIES',
    codes: MISSING_DATA_POLICIES,
  },
  {
    title: 'SDG targets',
    constant: 'SDG_TARGETS',
    codes: SDG_TARGETS,
  },
  {
    title: 'Countries',
    constant: 'COUNTRIES',
    codes: COUNTRIES.map((country) => country.alpha3),
    label: (code) => {
      const country = COUNTRIES.find((each) => each.alpha3 === code);
      const groups = (['ldc', 'lldc', 'sids'] as const).flatMap((group) => {
        const { status } = isInCountryGroup(String(code), group, COUNTRIES_SOURCE.asOf);
        if (status === 'not-member') return [];
        return [`${group.toUpperCase()}${status === 'uncertain' ? ' (uncertain)' : ''}`];
      });
      return [countryName(String(code)), country?.ituRegion, ...groups].join(', ');
    },
    elsewhere: `${COUNTRIES.length} ISO 3166-1 alpha-3 codes, each with its name, its ITU region and the groups LDC, LLDC and SIDS it belongs to on ${COUNTRIES_SOURCE.asOf} (for another date: \`isInCountryGroup\`).`,
  },
  {
    title: 'Currencies',
    constant: 'CURRENCY_CODES',
    codes: CURRENCY_CODES,
    elsewhere: `${CURRENCY_CODES.length} ISO 4217 codes, also the \`enum\` of \`currency\` in the JSON Schemas. Budgets and contributions may not use ${NON_BUDGET_CURRENCY_CODES.map((currency) => `\`${currency}\``).join(', ')}, which are not money (rule \`plan/non-budget-currency\`).`,
  },
];

/** The anchor of a code list's heading. */
const anchor = (list: CodeList): string => list.title.toLowerCase().replaceAll(' ', '-');

/** The code list whose codes are exactly these values, if any. */
function codeListOf(values: readonly unknown[]): CodeList | undefined {
  return CODE_LISTS.find(
    (list) =>
      list.codes.length === values.length &&
      values.every((value) => list.codes.includes(value as string)),
  );
}

function renderCodeList(list: CodeList): string[] {
  const heading = [`### ${list.title}`, '', `\`${list.constant}\` in \`@itu-aicb/core\`.`, ''];
  if (list.elsewhere !== undefined) {
    const { label } = list;
    const body =
      label === undefined
        ? [list.codes.map((value) => `\`${value}\``).join(', ')]
        : [
            '| code | meaning |',
            '| --- | --- |',
            ...list.codes.map((value) => `| \`${value}\` | ${cell(label(value))} |`),
          ];
    return [
      ...heading,
      list.elsewhere,
      '',
      '<details>',
      `<summary>All ${list.codes.length} codes</summary>`,
      '',
      ...body,
      '',
      '</details>',
      '',
    ];
  }
  if (list.constant === 'SDG_TARGETS') {
    return [
      ...heading,
      ...SDG_GOALS.map(
        (goal) =>
          `- Goal ${goal} (${SDG_GOAL_LABELS[goal]}): ${SDG_TARGETS.filter((target) =>
            target.startsWith(`${goal}.`),
          )
            .map((target) => `\`${target}\``)
            .join(', ')}`,
      ),
      '',
    ];
  }
  const { label } = list;
  if (label === undefined) {
    return [...heading, list.codes.map((value) => `\`${value}\``).join(', '), ''];
  }
  return [
    ...heading,
    '| code | meaning |',
    '| --- | --- |',
    ...list.codes.map((value) => `| \`${value}\` | ${cell(label(value))} |`),
    '',
  ];
}

/**
 * The plan the reference opens with: the smallest work plan that validates with no finding,
 * with a comment on each part. A test reads it back from docs/plan-format.md and validates it.
 */
const MINIMAL_PLAN = `# The modeline lets editors check the file against the JSON Schema as you type.
# yaml-language-server: $schema=./node_modules/@itu-aicb/core/schemas/work-plan.schema.json
kind: WorkPlan # one of WorkPlan, InitiativeCatalogue, NeedsAssessment, ScoringProfile
schemaVersion: 1
id: aicb-2026-2027 # an identifier: letters, digits, ".", "_" or "-"
title: Joint work plan on AI capacity building # text, or { en: ..., fr: ... }
status: draft # a plan status: draft, proposed, adopted, superseded or withdrawn
period: { start: 2026-01-01, end: 2027-12-31 } # full dates, YYYY-MM-DD
owner: ITU Council
objectives: # at least one
  - id: O1 # measures refer to objectives by id
    title: Build AI skills in public administrations
    pillars: [talent] # pillar codes, listed below
measures:
  - id: M1
    title: AI skills programme for public officials
    objectives: [O1]
    kind: training # a measure kind
    pillars: [talent] # each also a pillar of one of its objectives
    lead: BDT # a bureau, or the id of a regional or area office
    schedule:
      start: 2026-03-01 # a full date: write 2026-03-01, not 2026
      end: 2027-06-30
    status: pipeline # a measure status
    # The estimates prioritisation reads; left out, the measure gets a note.
    estimates: { beneficiaries: 2000, feasibility: 4, risk: 2, monthsToFirstResults: 6 }
arrangements:
  leadBureau: BDT # every measure lead takes part in the arrangements
  reporting: { cadence: annual, body: ITU Council }
`;

/** The identifier rule, with the pattern of the JSON Schemas. */
function identifierRule(): string[] {
  const schema = inlineReferences(documentJsonSchema('WorkPlan'));
  const pattern = schema.properties?.['id']?.pattern ?? '';
  return [
    '## Identifiers',
    '',
    'Every `id` (of a document, mandate, objective, indicator, measure, milestone or initiative)',
    'and every reference to one is an identifier: 1 to 64 letters (A to Z, a to z),',
    'digits, `.`, `_` or `-`, starting with a letter or digit; no spaces. In the JSON Schemas:',
    `\`${pattern}\`. An identifier is unique among the items of its kind in its document (the`,
    'ids of documents and initiatives across the whole workspace), and references match it exactly,',
    'upper and lower case included: `o1` does not refer to `O1`.',
    '',
  ];
}

interface Schema {
  readonly type?: string | readonly string[];
  readonly description?: string;
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly required?: readonly string[];
  readonly items?: Schema;
  readonly additionalProperties?: boolean | Schema;
  readonly propertyNames?: Schema;
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly oneOf?: readonly Schema[];
  readonly anyOf?: readonly Schema[];
  readonly pattern?: string;
  readonly allOf?: readonly Schema[];
  readonly format?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly default?: unknown;
}

interface Row {
  readonly path: string;
  readonly type: string;
  readonly required: boolean;
  readonly description: string;
}

const cell = (text: string): string => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
const code = (value: unknown): string =>
  `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;

/** Whether a schema is the localized-text union: a string, or an object with `en`. */
const isLocalized = (schema: Schema): boolean =>
  schema.anyOf?.length === 2 &&
  schema.anyOf.some((s) => s.type === 'string') &&
  schema.anyOf.some((s) => s.properties?.['en'] !== undefined);

/** Plain names of the text patterns the schemas use. */
function describePattern(patterns: readonly string[]): string {
  const all = patterns.join(' ');
  if (all.includes('-02-29') && all.includes('\\d{4}-')) return 'date `YYYY-MM-DD`, 1900 to 2100';
  if (all.includes('-02-29')) return 'year, month or date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`';
  if (all === '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$') return '[identifier](#identifiers)';
  if (all === '\\S') return 'text';
  if (all.includes('GS|BR|TSB|BDT')) {
    return 'ITU entity: a [bureau](#bureaus) (`GS`, `BR`, `TSB`, `BDT`) or an [office id](#regional-and-area-offices)';
  }
  if (all === '^[A-Z]{3}$') return '[country code](#countries) (ISO 3166-1 alpha-3)';
  if (all.includes('1[0-7]')) return '[SDG target](#sdg-targets), such as `4.4`';
  if (/^\^(?:https\?|\[Hh\]\[Tt\]\[Tt\]\[Pp\]\[Ss\]\?)/.test(all)) {
    return 'URL (http or https, in any case)';
  }
  return `text matching ${patterns.map(code).join(' and ')}`;
}

function describeType(schema: Schema): string {
  if (isLocalized(schema)) return 'text, or `{ en, ar, es, fr, ru, zh }`';
  if (schema.const !== undefined) return code(schema.const);
  if (schema.enum !== undefined) {
    const list = codeListOf(schema.enum);
    if (list !== undefined && schema.enum.length > 7) {
      return `a code of the [${list.title.toLowerCase()}](#${anchor(list)})`;
    }
    return `one of ${schema.enum.map(code).join(', ')}`;
  }
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (alternatives !== undefined) {
    const consts = alternatives.map((s) => s.const);
    if (consts.every((c) => c !== undefined)) return `one of ${consts.map(code).join(', ')}`;
    if (alternatives.every((s) => s.type === 'object')) {
      const tag = Object.entries(alternatives[0]?.properties ?? {}).find(
        ([, p]) => p.const !== undefined,
      )?.[0];
      return tag === undefined
        ? 'mapping'
        : `mapping, by \`${tag}\`: ${alternatives
            .map((s) => code(s.properties?.[tag]?.const))
            .join(', ')}`;
    }
    return alternatives.map(describeType).join(' or ');
  }
  const range = (low?: number, high?: number, exclusive?: number): string =>
    exclusive !== undefined
      ? ` above ${exclusive}${high === undefined ? '' : ` to ${high}`}`
      : low !== undefined && high !== undefined
        ? ` from ${low} to ${high}`
        : low !== undefined
          ? `, ${low} or more`
          : high !== undefined
            ? `, at most ${high}`
            : '';
  switch (schema.type) {
    case 'string': {
      const patterns = [
        ...(schema.pattern === undefined ? [] : [schema.pattern]),
        ...(schema.allOf ?? []).flatMap((s) => (s.pattern === undefined ? [] : [s.pattern])),
      ];
      return schema.format !== undefined
        ? `text (${schema.format})`
        : patterns.length > 0
          ? describePattern(patterns)
          : 'text';
    }
    case 'number':
      return `number${range(schema.minimum, schema.maximum, schema.exclusiveMinimum)}`;
    case 'integer':
      return `whole number${range(schema.minimum, schema.maximum, schema.exclusiveMinimum)}`;
    case 'boolean':
      return 'true or false';
    case 'array': {
      const size =
        schema.minItems !== undefined && schema.minItems > 0 ? `, at least ${schema.minItems}` : '';
      return `list of ${schema.items === undefined ? 'values' : describeType(schema.items)}${size}`;
    }
    case 'object':
      return typeof schema.additionalProperties === 'object'
        ? 'mapping of names to values'
        : 'mapping';
    default:
      return 'value';
  }
}

function walk(schema: Schema, path: string, required: boolean, rows: Row[], note = ''): void {
  const description = `${note}${schema.description ?? ''}${
    schema.default !== undefined && typeof schema.default !== 'object'
      ? ` Default: ${code(schema.default)}.`
      : ''
  }`;
  if (path !== '') rows.push({ path, type: describeType(schema), required, description });
  if (isLocalized(schema)) return;
  const branches = schema.oneOf ?? schema.anyOf;
  if (branches !== undefined && branches.every((b) => b.type === 'object')) {
    for (const branch of branches) {
      const tag = Object.entries(branch.properties ?? {}).find(([, p]) => p.const !== undefined);
      const when = tag === undefined ? '' : `When \`${tag[0]}\` is ${code(tag[1].const)}: `;
      walkObject(branch, path, rows, when);
    }
    return;
  }
  if (schema.type === 'object') walkObject(schema, path, rows, '');
  if (schema.type === 'array' && schema.items !== undefined) {
    const item = schema.items;
    if (item.type === 'object' || item.oneOf !== undefined || item.anyOf !== undefined) {
      if (item.type === 'object') walkObject(item, `${path}[]`, rows, '');
      else if (!isLocalized(item)) walk(item, `${path}[]`, true, rows);
    }
  }
}

function walkObject(schema: Schema, path: string, rows: Row[], note: string): void {
  const required = new Set(schema.required ?? []);
  for (const [key, child] of Object.entries(schema.properties ?? {})) {
    if (note !== '' && child.const !== undefined) continue;
    walk(child, path === '' ? key : `${path}.${key}`, required.has(key), rows, note);
  }
}

/**
 * The schema with every `$ref` to its `$defs` replaced by the piece itself, the annotations of the
 * use (description, default) taking precedence: the walk below reads one tree.
 */
function inlineReferences(root: Record<string, unknown>): Schema {
  const defs = (root['$defs'] ?? {}) as Record<string, unknown>;
  const inline = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(inline);
    if (typeof value !== 'object' || value === null) return value;
    const { $ref, ...rest } = value as Record<string, unknown>;
    const entries = Object.entries(rest)
      .filter(([key]) => key !== '$defs')
      .map(([key, item]) => [
        key,
        key === 'const' || key === 'enum' || key === 'default' ? item : inline(item),
      ]);
    if (typeof $ref !== 'string') return Object.fromEntries(entries);
    const target = defs[$ref.replace('#/$defs/', '')];
    if (target === undefined) throw new Error(`unresolved reference ${$ref}`);
    return { ...(inline(target) as object), ...Object.fromEntries(entries) };
  };
  return inline(root) as Schema;
}

const TITLES: Readonly<Record<DocumentKind, string>> = {
  WorkPlan: 'Work plan',
  InitiativeCatalogue: 'Initiative catalogue',
  NeedsAssessment: 'Needs assessment',
  ScoringProfile: 'Scoring profile',
  ProgressReport: 'Progress report',
};

/** Renders the plan-file format reference in Markdown from the JSON Schemas. */
export function planFormatReference(): string {
  const lines = [
    '# Plan-file format',
    '',
    '<!-- Generated from the JSON Schemas by `pnpm generate`; do not edit by hand. -->',
    '',
    'Plan files are YAML or JSON. Each holds one document whose `kind` says which of the five it is.',
    'This reference lists every field, generated from the descriptions in the schemas, so it cannot',
    'drift from what the validators accept. `[]` marks the items of a list. Checks beyond the',
    'structure (references, dates in order, shares that add up) are in the [rules reference](rules.md).',
    '',
    '## A minimal plan',
    '',
    'The smallest work plan that validates with no finding, with a comment on each part:',
    '',
    '```yaml',
    ...MINIMAL_PLAN.trimEnd().split('\n'),
    '```',
    '',
    ...identifierRule(),
  ];
  for (const kind of DOCUMENT_KINDS) {
    const schema = inlineReferences(documentJsonSchema(kind));
    const rows: Row[] = [];
    walk(schema, '', true, rows);
    lines.push(
      `## ${TITLES[kind]} (\`kind: ${kind}\`)`,
      '',
      cell(schema.description ?? ''),
      `JSON Schema: \`@itu-aicb/core/schemas/${JSON_SCHEMA_FILES[kind]}\`.`,
      '',
      '| field | type | required | description |',
      '| --- | --- | --- | --- |',
      ...rows.map(
        (row) =>
          `| \`${row.path}\` | ${cell(row.type)} | ${row.required ? 'yes' : ''} | ${cell(row.description)} |`,
      ),
      '',
    );
  }
  lines.push(
    '## Code lists',
    '',
    'Every code list the documents use, in full, generated from the code lists of `@itu-aicb/core`.',
    '',
    ...CODE_LISTS.flatMap(renderCodeList),
  );
  return lines.join('\n');
}
