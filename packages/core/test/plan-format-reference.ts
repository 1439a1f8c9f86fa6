import { DOCUMENT_KINDS, JSON_SCHEMA_FILES, documentJsonSchema } from '@itu-aicb/core';
import type { DocumentKind } from '@itu-aicb/core';

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
  if (all === '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$') return 'identifier';
  if (all === '\\S') return 'text';
  if (all.includes('GS|BR|TSB|BDT')) return 'ITU entity: `GS`, `BR`, `TSB`, `BDT` or an office id';
  if (all === '^[A-Z]{3}$') return 'country code (ISO 3166-1 alpha-3)';
  if (all.includes('1[0-7]')) return 'SDG target, such as `4.4`';
  if (all.startsWith('^https?')) return 'URL (http or https)';
  return `text matching ${patterns.map(code).join(' and ')}`;
}

function describeType(schema: Schema): string {
  if (isLocalized(schema)) return 'text, or `{ en, ar, es, fr, ru, zh }`';
  if (schema.const !== undefined) return code(schema.const);
  if (schema.enum !== undefined) {
    return schema.enum.length > 12
      ? `one of ${schema.enum.length} codes (${schema.enum.slice(0, 3).map(code).join(', ')}, ...)`
      : `one of ${schema.enum.map(code).join(', ')}`;
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
  return lines.join('\n');
}
