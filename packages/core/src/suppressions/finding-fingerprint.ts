import type { PathSegment } from '../findings/issue.js';
import { fromJsonPointer } from '../findings/issue.js';

/** Two 32-bit FNV-1a hashes with different offsets, as 16 hexadecimal digits. */
function hash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    a = Math.imul(a ^ unit, 0x01000193);
    b = Math.imul(b ^ unit, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The fields that name an item of a list of mappings, in the order they are tried: `id`, then the
 * natural keys of the document kinds' lists without ids (`measureProgress` by `measure`,
 * `contributions` by `member`, `partners` by `name`, …).
 */
const ITEM_KEYS = [
  'id',
  'measure',
  'objective',
  'milestone',
  'indicator',
  'member',
  'group',
  'name',
  'metric',
  'label',
  'url',
  'pillar',
  'date',
  'description',
] as const;

/** What names a list item apart from its index: a key field's value, or a scalar's own value. */
function itemName(item: unknown): string | undefined {
  if (isRecord(item)) {
    for (const key of ITEM_KEYS) {
      const value = item[key];
      if (typeof value === 'string' || typeof value === 'number') {
        return `@${key}=${JSON.stringify(value)}`;
      }
    }
    return undefined;
  }
  const type = typeof item;
  return type === 'string' || type === 'number' || type === 'boolean' || item === null
    ? `=${JSON.stringify(item)}`
    : undefined;
}

/**
 * The step that names item `index` of a list independently of its position: its name (see
 * {@link itemName}) and how many items before it have the same name, so that adding, removing or
 * moving other items keeps it; the index itself only for an item without a name.
 */
function itemStep(list: readonly unknown[], index: number): string {
  const name = itemName(list[index]);
  if (name === undefined) return String(index);
  let occurrence = 0;
  for (let before = 0; before < index; before++) {
    if (itemName(list[before]) === name) occurrence += 1;
  }
  return `${name}#${occurrence}`;
}

/**
 * Reads a value down a path, naming each list item by what it holds rather than by its index
 * (see {@link itemStep}): `measures/@id="M3"#0` rather than `measures/2`, so that adding a
 * measure before it does not move the location.
 */
function walk(
  document: unknown,
  path: readonly PathSegment[],
): { location: string; value: unknown } {
  let value: unknown = document;
  const steps: string[] = [];
  for (const segment of path) {
    let next: unknown;
    let step = String(segment).replaceAll('/', '~1');
    try {
      if (Array.isArray(value) && typeof segment === 'number') {
        next = value[segment];
        if (segment >= 0 && segment < value.length) step = itemStep(value, segment);
      } else if (isRecord(value) && Object.hasOwn(value, String(segment))) {
        next = value[String(segment)];
      }
    } catch {
      next = undefined;
    }
    steps.push(step);
    value = next;
  }
  return { location: steps.join('/'), value };
}

/** A value described for the fingerprint: scalars in full, objects by their keys, lists by length. */
function describe(value: unknown): string {
  if (Array.isArray(value)) return `[${value.length}]`;
  if (isRecord(value)) return `{${Object.keys(value).sort().join(',')}}`;
  const type = typeof value;
  return type === 'string' || type === 'number' || type === 'boolean' || value === null
    ? JSON.stringify(value)
    : type;
}

/**
 * A stable fingerprint of a finding: a hash of its code, its location (the JSON Pointer with each
 * list item named by what it holds rather than by its index: a mapping by its `id` or natural key
 * such as `measure` or `member`, a scalar by its value, each with how many items before it have
 * the same name) and the value there (scalars in full, objects by their keys, lists by their
 * length). Lines and columns play no part, so editing elsewhere in the
 * file keeps the fingerprint, while changing the value at the finding gives a new one. Baselines
 * and code-scanning services match findings by it.
 *
 * @param finding - The finding's code and JSON Pointer.
 * @param document - The parsed document the finding belongs to, or `undefined` when it could not be read.
 * @returns 16 hexadecimal digits.
 *
 * @example
 * ```ts
 * const plan = { measures: [{ id: 'M1', lead: 'BDT' }] };
 * const before = findingFingerprint({ code: 'plan/x', pointer: '/measures/0/lead' }, plan);
 * const moved = { measures: [{ id: 'M0' }, { id: 'M1', lead: 'BDT' }] };
 * findingFingerprint({ code: 'plan/x', pointer: '/measures/1/lead' }, moved) === before;
 * //=> true
 * ```
 */
export function findingFingerprint(
  finding: { readonly code: string; readonly pointer: string },
  document: unknown,
): string {
  const path = fromJsonPointer(finding.pointer);
  if (path === undefined) return hash(`${finding.code}\u0000${finding.pointer}`);
  const { location, value } = walk(document, path);
  return hash(`${finding.code}\u0000${location}\u0000${describe(value)}`);
}
