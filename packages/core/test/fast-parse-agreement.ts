// The fast path for valid documents must give exactly what the schema's own parse gives: the same
// decision, and for a valid document the same output (values, defaults, key order, keys left out).
import { expect } from 'vitest';
import type * as z from 'zod';
import { parseIfValid } from '../src/validate/fast-parse.js';

/** A value with its key order made visible, `undefined` values kept. */
function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered);
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).map(([key, item]) => [key, ordered(item)]);
  }
  return value;
}

/**
 * Expects the fast path and the schema's own parse to agree on `input`.
 *
 * @returns The fast path's output, `undefined` when it found the input not valid.
 */
export function expectAgreement(schema: z.ZodType, input: unknown): unknown {
  const fast = parseIfValid(schema, input);
  const own = schema.safeParse(input);
  expect(fast === undefined ? undefined : { value: ordered(fast.value) }).toStrictEqual(
    own.success ? { value: ordered(own.data) } : undefined,
  );
  return fast?.value;
}
