import { isScalar } from 'yaml';

/**
 * The object key a YAML mapping key becomes in the parsed value, as the `yaml` package writes it:
 * scalars as their string form (`null` as `""`), anything else as `undefined`.
 *
 * @param key - The key node of a pair (after resolving an alias).
 * @returns The key string, or `undefined` when the key is not a scalar.
 *
 * @example
 * ```ts
 * yamlKeyOf(new Scalar(16));
 * //=> '16'
 * ```
 */
export function yamlKeyOf(key: unknown): string | undefined {
  if (!isScalar(key)) return undefined;
  const value = key.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  // The core schema gives scalars only strings, numbers, booleans and null.
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
}
