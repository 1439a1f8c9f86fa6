import type * as z from 'zod';

/**
 * A fast path for documents that are valid: the schema read once into plain functions that check
 * a value and build the same output as the schema's own parse, without the bookkeeping that
 * parse keeps for issues. Any doubt (a failed check, a kind of schema or check not read here)
 * ends the fast path, and the caller parses again with the schema to get the issues, so findings
 * never come from this file.
 *
 * Each reader returns the output, or {@link FAIL}. A kind of schema or check this file does not
 * know is handed to the schema itself for that part of the document, so that only speed, never
 * the result, depends on what is read here.
 */

/** What a reader returns when the value does not pass. */
const FAIL: unique symbol = Symbol('fail');
type Read = (value: unknown) => unknown;

interface Check {
  readonly _zod: {
    readonly def: {
      readonly check: string;
      readonly format?: string;
      readonly pattern?: RegExp;
      readonly minimum?: number;
      readonly maximum?: number;
      readonly value?: unknown;
      readonly inclusive?: boolean;
    };
  };
}

interface Node {
  readonly _zod: {
    readonly def: {
      readonly type: string;
      readonly checks?: readonly Check[];
      readonly coerce?: boolean;
      readonly format?: string;
      readonly pattern?: RegExp;
      readonly shape?: Readonly<Record<string, Node>>;
      readonly catchall?: Node;
      readonly element?: Node;
      readonly options?: readonly Node[];
      readonly discriminator?: string;
      readonly unionFallback?: boolean;
      readonly inclusive?: boolean;
      readonly innerType?: Node;
      readonly in?: Node;
      readonly out?: Node;
      readonly defaultValue?: unknown;
      readonly transform?: (value: unknown, payload: unknown) => unknown;
    };
    readonly values?: ReadonlySet<unknown>;
    readonly optin?: string;
    readonly optout?: string;
    readonly propValues?: Readonly<Record<string, ReadonlySet<unknown>>>;
    readonly run: (
      payload: { value: unknown; issues: unknown[] },
      context: { async: false },
    ) => { value: unknown; issues: readonly unknown[] } | Promise<unknown>;
  };
}

const CONTEXT = { async: false } as const;

/** The schema's own parse of one part: exact for every kind, only slower. */
function bySchema(node: Node): Read {
  return (value) => {
    const result = node._zod.run({ value, issues: [] }, CONTEXT);
    return result instanceof Promise || result.issues.length > 0 ? FAIL : result.value;
  };
}

const HIGH_SURROGATE = /[\uD800-\uDBFF]/;

/**
 * A test for one check, or `undefined` when it is not read here. Lengths follow the schema:
 * text is counted in code points where that could change the answer, and such text is left to
 * the schema.
 */
function checkTest(check: Check): ((value: never) => boolean | undefined) | undefined {
  const def = check._zod.def;
  switch (def.check) {
    case 'string_format':
      if ((def.format === 'regex' || def.format === 'date') && def.pattern instanceof RegExp) {
        const pattern = def.pattern;
        return (text: string) => {
          pattern.lastIndex = 0;
          return pattern.test(text);
        };
      }
      return undefined;
    case 'min_length': {
      const minimum = def.minimum as number;
      return (value: string | readonly unknown[]) => {
        const units = value.length;
        if (typeof value === 'string' && units < minimum * 2 && HIGH_SURROGATE.test(value)) {
          return undefined;
        }
        return units >= minimum;
      };
    }
    case 'max_length': {
      const maximum = def.maximum as number;
      return (value: string | readonly unknown[]) =>
        value.length <= maximum ? true : typeof value === 'string' ? undefined : false;
    }
    case 'greater_than':
    case 'less_than': {
      const bound = def.value as number;
      const inclusive = def.inclusive === true;
      return def.check === 'greater_than'
        ? (value: number) => (inclusive ? value >= bound : value > bound)
        : (value: number) => (inclusive ? value <= bound : value < bound);
    }
    case 'number_format':
      return def.format === 'safeint' ? (value: number) => Number.isSafeInteger(value) : undefined;
    default:
      return undefined;
  }
}

/**
 * A reader that runs `base`, then every check of the node; a check that cannot say (or a node
 * whose checks are not all read here) leaves the value to the schema.
 */
function withChecks(node: Node, base: (value: unknown) => boolean, own?: Check): Read | undefined {
  const checks = [...(own === undefined ? [] : [own]), ...(node._zod.def.checks ?? [])];
  const tests = checks.map(checkTest);
  if (tests.some((test) => test === undefined)) return undefined;
  const ready = tests as ((value: unknown) => boolean | undefined)[];
  const schema = bySchema(node);
  return (value) => {
    if (!base(value)) return FAIL;
    for (const test of ready) {
      const passed = test(value);
      if (passed === undefined) return schema(value);
      if (!passed) return FAIL;
    }
    return value;
  };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function objectReader(node: Node, reader: (node: Node) => Read): Read | undefined {
  const { shape = {}, catchall } = node._zod.def;
  const strict = catchall?._zod.def.type === 'never';
  if (catchall !== undefined && !strict) return undefined;
  const keys = Object.keys(shape);
  if (keys.includes('__proto__') || Object.getOwnPropertySymbols(shape).length > 0) {
    return undefined;
  }
  const known = new Set(keys);
  const fields = keys.map((key) => {
    const child = shape[key] as Node;
    const optin = child._zod.optin;
    return {
      key,
      read: reader(child),
      optin,
      optionalOut: child._zod.optout === 'optional',
    };
  });
  return (value) => {
    if (!isObject(value)) return FAIL;
    const output: Record<string, unknown> = {};
    for (const { key, read, optin, optionalOut } of fields) {
      const present = key in value;
      const result = read(value[key]);
      if (optin !== undefined && optionalOut) {
        // Absent and optional: a failure is ignored, and only `optional` leaves the key out.
        if (result === FAIL) {
          if (present) return FAIL;
        } else if (optin === 'optional' ? present : result !== undefined || present) {
          output[key] = result;
        }
      } else if (optin === undefined) {
        if (result === FAIL || !present) return FAIL;
        output[key] = result;
      } else {
        if (result === FAIL) return FAIL;
        if (optin === 'defaulted' || result !== undefined || present) output[key] = result;
      }
    }
    if (strict) {
      for (const key in value) if (!known.has(key)) return FAIL;
    }
    return output;
  };
}

function compile(node: Node, reader: (node: Node) => Read): Read | undefined {
  const zod = node._zod;
  const def = zod.def;
  if (def.coerce === true) return undefined;
  const leafChecks = (): Check | undefined =>
    def.format === undefined ? undefined : (node as unknown as Check);
  switch (def.type) {
    case 'string':
      if (def.format !== undefined && def.format !== 'date') return undefined;
      return withChecks(node, (value) => typeof value === 'string', leafChecks());
    case 'number':
      return withChecks(
        node,
        (value) => typeof value === 'number' && Number.isFinite(value),
        leafChecks(),
      );
    case 'boolean':
      return withChecks(node, (value) => typeof value === 'boolean');
    case 'enum':
    case 'literal': {
      const values = zod.values;
      return values === undefined ? undefined : withChecks(node, (value) => values.has(value));
    }
    case 'never':
      return () => FAIL;
    default:
      break;
  }
  if ((def.checks?.length ?? 0) > 0 && def.type !== 'array') return undefined;
  switch (def.type) {
    case 'object':
      return objectReader(node, reader);
    case 'array': {
      const element = reader(def.element as Node);
      const fits = withChecks(node, Array.isArray);
      if (fits === undefined) return undefined;
      return (value) => {
        if (fits(value) === FAIL) return FAIL;
        const items = value as readonly unknown[];
        const output = new Array<unknown>(items.length);
        for (let index = 0; index < items.length; index++) {
          const item = element(items[index]);
          if (item === FAIL) return FAIL;
          output[index] = item;
        }
        return output;
      };
    }
    case 'union': {
      if (def.discriminator !== undefined) {
        return discriminatedReader(node, def.discriminator, reader);
      }
      // An exclusive union passes only when exactly one option does: left to the schema.
      if (def.inclusive === false) return undefined;
      const options = (def.options ?? []).map(reader);
      return (value) => {
        for (const option of options) {
          const result = option(value);
          if (result !== FAIL) return result;
        }
        return FAIL;
      };
    }
    case 'optional': {
      const inner = def.innerType as Node;
      const read = reader(inner);
      return (value) => {
        if (value !== undefined) return read(value);
        if (inner._zod.optin !== 'defaulted') return undefined;
        const result = read(value);
        return result === FAIL ? undefined : result;
      };
    }
    case 'default': {
      const read = reader(def.innerType as Node);
      return (value) => {
        if (value === undefined) return def.defaultValue;
        const result = read(value);
        return result === undefined ? def.defaultValue : result;
      };
    }
    case 'pipe': {
      const first = reader(def.in as Node);
      const second = reader(def.out as Node);
      return (value) => {
        const middle = first(value);
        return middle === FAIL ? FAIL : second(middle);
      };
    }
    case 'transform': {
      const transform = def.transform;
      if (transform === undefined) return undefined;
      return (value) => {
        const payload = { value, issues: [] as unknown[] };
        const output = transform(value, payload);
        return output instanceof Promise || payload.issues.length > 0 ? FAIL : output;
      };
    }
    default:
      return undefined;
  }
}

function discriminatedReader(
  node: Node,
  discriminator: string,
  reader: (node: Node) => Read,
): Read | undefined {
  const { options = [], unionFallback } = node._zod.def;
  if (unionFallback === true) return undefined;
  const byValue = new Map<unknown, Read>();
  for (const option of options) {
    // An option without values for the discriminator throws here, and the schema reads the union.
    const values = option._zod.propValues?.[discriminator] as ReadonlySet<unknown>;
    const read = reader(option);
    for (const value of values) {
      if (byValue.has(value)) return undefined;
      byValue.set(value, read);
    }
  }
  return (value) => {
    if (!isObject(value)) return FAIL;
    const read = byValue.get(value[discriminator]);
    return read === undefined ? FAIL : read(value);
  };
}

const READERS = new WeakMap<object, Read>();
/** The parts of schemas that the fast path hands to the schema's own parse. */
const LEFT_TO_SCHEMA = new WeakSet<Node>();

/** The reader of a schema, built once; parts it cannot read are left to the schema. */
function readerOf(schema: Node): Read {
  const known = READERS.get(schema);
  if (known !== undefined) return known;
  const building = new Map<Node, Read>();
  const reader = (node: Node): Read => {
    const done = READERS.get(node) ?? building.get(node);
    if (done !== undefined) return done;
    // A schema met again while it is being read (a cycle) is left to the schema.
    building.set(node, bySchema(node));
    let read: Read | undefined;
    try {
      read = compile(node, reader);
    } catch {
      read = undefined;
    }
    if (read === undefined) {
      LEFT_TO_SCHEMA.add(node);
      read = bySchema(node);
    }
    building.set(node, read);
    return read;
  };
  const read = reader(schema);
  for (const [node, built] of building) READERS.set(node, built);
  return read;
}

/**
 * The output of `schema.parse(input)` when the input is valid, computed without the schema's
 * issue bookkeeping; `undefined` when the input is not valid or the fast path cannot tell, and
 * then the caller parses with the schema. Never throws: a value that cannot be read ends the fast
 * path too.
 *
 * @example
 * ```ts
 * parseIfValid(WorkPlanSchema, JSON.parse(text))?.value.measures.length;
 * ```
 */
export function parseIfValid<S extends z.ZodType>(
  schema: S,
  input: unknown,
): { readonly value: z.output<S> } | undefined {
  try {
    const output = readerOf(schema as unknown as Node)(input);
    return output === FAIL ? undefined : { value: output as z.output<S> };
  } catch {
    return undefined;
  }
}

/**
 * The kinds of the parts of a schema (`'record'`, `'nullable'`, ...) that the fast path hands to
 * the schema's own parse, each once: a part whose kind or checks it does not read. The document
 * kinds' schemas should leave nothing but records, or valid documents lose speed.
 *
 * @example
 * ```ts
 * partsLeftToSchema(WorkPlanSchema);
 * //=> []
 * ```
 */
export function partsLeftToSchema(schema: z.ZodType): string[] {
  readerOf(schema as unknown as Node);
  const kinds = new Set<string>();
  const seen = new Set<Node>();
  const visit = (node: Node | undefined): void => {
    if (node === undefined || seen.has(node)) return;
    seen.add(node);
    const def = node._zod.def;
    if (LEFT_TO_SCHEMA.has(node)) {
      kinds.add(def.type);
      return;
    }
    for (const child of [def.element, def.catchall, def.innerType, def.in, def.out]) visit(child);
    for (const child of [...Object.values(def.shape ?? {}), ...(def.options ?? [])]) visit(child);
  };
  visit(schema as unknown as Node);
  return [...kinds].sort();
}
