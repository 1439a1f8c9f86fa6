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
 * Reads a value down a path, naming each list item by its `id` where it has one: `measures/@M3`
 * rather than `measures/2`, so that adding a measure before it does not move the location.
 */
function walk(
  document: unknown,
  path: readonly PathSegment[],
): { location: string; value: unknown } {
  let value: unknown = document;
  const steps: string[] = [];
  for (const segment of path) {
    let next: unknown;
    try {
      next =
        Array.isArray(value) && typeof segment === 'number'
          ? value[segment]
          : isRecord(value) && Object.hasOwn(value, String(segment))
            ? value[String(segment)]
            : undefined;
    } catch {
      next = undefined;
    }
    const id = isRecord(next) ? next['id'] : undefined;
    steps.push(
      Array.isArray(value) && typeof id === 'string'
        ? `@${id}`
        : String(segment).replaceAll('/', '~1'),
    );
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
 * list item named by its `id` where it has one) and the value there (scalars in full, objects by
 * their keys, lists by their length). Lines and columns play no part, so editing elsewhere in the
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
