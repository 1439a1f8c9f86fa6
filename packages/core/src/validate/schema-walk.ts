import type * as z from 'zod';
import type { PathSegment } from '../findings/issue.js';

interface SchemaNode {
  readonly _zod: {
    readonly def: {
      readonly type: string;
      readonly shape?: Readonly<Record<string, SchemaNode>>;
      readonly innerType?: SchemaNode;
      readonly element?: SchemaNode;
      readonly valueType?: SchemaNode;
      readonly options?: readonly SchemaNode[];
      readonly in?: SchemaNode;
      readonly discriminator?: string;
      readonly values?: readonly unknown[];
    };
  };
}

const WRAPPERS = new Set([
  'optional',
  'nonoptional',
  'default',
  'prefault',
  'nullable',
  'readonly',
  'catch',
]);

function unwrap(node: SchemaNode): SchemaNode {
  let current = node;
  for (let guard = 0; guard < 32; guard++) {
    const def = current._zod.def;
    if (WRAPPERS.has(def.type) && def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else break;
  }
  return current;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function literalOf(node: SchemaNode | undefined): unknown {
  return node === undefined ? undefined : unwrap(node)._zod.def.values?.[0];
}

function pickUnionOption(node: SchemaNode, value: unknown): SchemaNode | undefined {
  const { options = [], discriminator } = node._zod.def;
  if (discriminator !== undefined && isRecord(value)) {
    const wanted = value[discriminator];
    return options.find(
      (option) => literalOf(unwrap(option)._zod.def.shape?.[discriminator]) === wanted,
    );
  }
  const shapeOf = (option: SchemaNode): string => unwrap(option)._zod.def.type;
  if (isRecord(value)) return options.find((option) => shapeOf(option) === 'object');
  if (Array.isArray(value)) return options.find((option) => shapeOf(option) === 'array');
  return options[0];
}

/**
 * Finds the object schema that governs `path` within `input`, following the value through unions,
 * and returns the keys it allows; `undefined` when the path does not lead to an object schema.
 */
export function allowedKeysAt(
  schema: z.ZodType,
  input: unknown,
  path: readonly PathSegment[],
): string[] | undefined {
  let node: SchemaNode | undefined = unwrap(schema);
  let value = input;
  for (let index = 0; ; index++) {
    while (node !== undefined && node._zod.def.type === 'union') {
      node = pickUnionOption(node, value);
      if (node !== undefined) node = unwrap(node);
    }
    if (node === undefined) return undefined;
    if (index === path.length) break;
    const segment = path[index];
    const def: SchemaNode['_zod']['def'] = node._zod.def;
    if (def.type === 'object' && typeof segment === 'string') {
      const next: SchemaNode | undefined = def.shape?.[segment];
      node = next === undefined ? undefined : unwrap(next);
      value = isRecord(value) ? value[segment] : undefined;
    } else if (def.type === 'array' && typeof segment === 'number') {
      node = def.element === undefined ? undefined : unwrap(def.element);
      value = Array.isArray(value) ? (value[segment] as unknown) : undefined;
    } else {
      return undefined;
    }
  }
  const shape = node._zod.def.type === 'object' ? node._zod.def.shape : undefined;
  return shape === undefined ? undefined : Object.keys(shape);
}

/** A path in a schema: `'*'` stands for every item of a list or every entry of a record. */
export type SchemaPath = readonly string[];

const RECORD_PATHS = new WeakMap<object, readonly SchemaPath[]>();

/**
 * The paths of every record (an object with keys of the author's choosing) in a schema, read once
 * per schema. Lazy and recursive schemas are not followed; the document kinds have none.
 */
export function recordPaths(schema: z.ZodType): readonly SchemaPath[] {
  const known = RECORD_PATHS.get(schema);
  if (known !== undefined) return known;
  const found: SchemaPath[] = [];
  const visit = (node: SchemaNode, path: SchemaPath, depth: number): void => {
    if (depth > 32) return;
    const def = unwrap(node)._zod.def;
    if (def.type === 'object') {
      for (const [key, child] of Object.entries(def.shape ?? {}))
        visit(child, [...path, key], depth + 1);
    } else if (def.type === 'array' && def.element !== undefined) {
      visit(def.element, [...path, '*'], depth + 1);
    } else if (def.type === 'record') {
      found.push(path);
      if (def.valueType !== undefined) visit(def.valueType, [...path, '*'], depth + 1);
    } else if (def.type === 'union') {
      for (const option of def.options ?? []) visit(option, path, depth + 1);
    }
  };
  visit(schema, [], 0);
  RECORD_PATHS.set(schema, found);
  return found;
}
