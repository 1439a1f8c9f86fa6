import { MIN_NORMAL } from '../kernel/power-of-two-scale.js';
import { ScoringError, describeValue } from '../kernel/scoring-error.js';

/**
 * The six generalised criteria of PROMETHEE, by name. Internal: the public list is core's
 * `PREFERENCE_FUNCTIONS`, which scoring profiles are written with; a test keeps the two equal.
 */
export const PREFERENCE_FUNCTION_TYPES = [
  'usual',
  'u-shape',
  'v-shape',
  'level',
  'linear',
  'gaussian',
] as const;

/**
 * A PROMETHEE preference function `P(d)` of the difference `d` between two alternatives on one
 * criterion (`d` already turned so that positive means "better"); `P(d) = 0` for `d <= 0`, and for
 * `d > 0`:
 * - `usual` (type I): 1.
 * - `u-shape` (type II, quasi-criterion): 0 up to the indifference threshold `q`, then 1.
 * - `v-shape` (type III): `d / p` up to the preference threshold `p`, then 1.
 * - `level` (type IV): 0 up to `q`, 1/2 up to `p`, then 1 (`0 <= q < p`).
 * - `linear` (type V): 0 up to `q`, `(d - q) / (p - q)` up to `p`, then 1 (`0 <= q < p`).
 * - `gaussian` (type VI): `1 - exp(-d^2 / (2 s^2))`, `s > 0`.
 *
 * Thresholds are in the criterion's own units.
 *
 * @example
 * ```ts
 * const preference: PreferenceFunction = { type: 'linear', q: 10, p: 50 };
 * ```
 */
export type PreferenceFunction =
  | { readonly type: 'usual' }
  | { readonly type: 'u-shape'; readonly q: number }
  | { readonly type: 'v-shape'; readonly p: number }
  | { readonly type: 'level'; readonly q: number; readonly p: number }
  | { readonly type: 'linear'; readonly q: number; readonly p: number }
  | { readonly type: 'gaussian'; readonly s: number };

/**
 * Evaluates a PROMETHEE preference function at one difference.
 *
 * @param preference - The preference function with its thresholds.
 * @param d - The difference `g(a) - g(b)`, turned so that positive favours `a`.
 * @returns The degree of preference of `a` over `b`, in [0, 1].
 * @throws {@link ScoringError} `invalid-option` for an unknown type or a threshold that breaks
 *   `0 <= q < p`, `p > 0` or `s > 0`.
 * @see Brans, J.-P. and Vincke, Ph. (1985). A preference ranking organisation method (The PROMETHEE
 *   method for multiple criteria decision-making). Management Science 31(6), 647-656.
 *
 * @example
 * ```ts
 * preferenceDegree({ type: 'linear', q: 10, p: 50 }, 30);
 * //=> 0.5
 * ```
 */
export function preferenceDegree(preference: PreferenceFunction, d: number): number {
  checkPreference(preference, undefined);
  if (!(d > 0)) return 0;
  switch (preference.type) {
    case 'usual':
      return 1;
    case 'u-shape':
      return d > preference.q ? 1 : 0;
    case 'v-shape':
      return d >= preference.p ? 1 : d / preference.p;
    case 'level':
      return d > preference.p ? 1 : d > preference.q ? 0.5 : 0;
    case 'linear':
      return d >= preference.p
        ? 1
        : d > preference.q
          ? (d - preference.q) / (preference.p - preference.q)
          : 0;
    case 'gaussian':
      return 1 - Math.exp(gaussianExponent(d, preference.s, 2 * preference.s * preference.s));
  }
}

/**
 * `-d^2 / (2 s^2)` given `twoS2 = 2 s^2`; where that overflows or leaves the normal range (`s`
 * near 1e200 or 1e-200), computed as `-(d / s)^2 / 2` instead.
 */
export function gaussianExponent(d: number, s: number, twoS2: number): number {
  return twoS2 >= MIN_NORMAL && twoS2 < Infinity ? (-d * d) / twoS2 : -((d / s) * (d / s)) / 2;
}

/** Validates a preference function's type and thresholds. */
export function checkPreference(preference: PreferenceFunction, column: number | undefined): void {
  const where = column === undefined ? {} : { column };
  const at = column === undefined ? '' : ` of column ${column}`;
  const candidate: unknown = preference;
  const type: unknown =
    typeof candidate === 'object' && candidate !== null
      ? (candidate as { type?: unknown }).type
      : undefined;
  const bad = (message: string): never => {
    throw new ScoringError('invalid-option', `The preference function${at} ${message}`, where);
  };
  const finite = (value: unknown): value is number =>
    typeof value === 'number' && Number.isFinite(value);
  switch (type) {
    case 'usual':
      return;
    case 'u-shape': {
      const { q } = preference as { q: unknown };
      if (!finite(q) || q < 0) bad(`needs a threshold q >= 0; got ${String(q)}.`);
      return;
    }
    case 'v-shape': {
      const { p } = preference as { p: unknown };
      if (!finite(p) || p <= 0) bad(`needs a threshold p > 0; got ${String(p)}.`);
      return;
    }
    case 'level':
    case 'linear': {
      const { q, p } = preference as { q: unknown; p: unknown };
      if (!finite(q) || !finite(p) || q < 0 || p <= q) {
        bad(`needs thresholds 0 <= q < p; got q = ${String(q)}, p = ${String(p)}.`);
      }
      return;
    }
    case 'gaussian': {
      const { s } = preference as { s: unknown };
      if (!finite(s) || s <= 0) bad(`needs s > 0; got ${String(s)}.`);
      return;
    }
    default:
      bad(`has type ${describeValue(type)}, not one of ${PREFERENCE_FUNCTION_TYPES.join(', ')}.`);
  }
}
