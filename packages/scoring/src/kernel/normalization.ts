import type { CriterionDirection } from './criterion-direction.js';
import type { MatrixInput } from './decision-matrix.js';
import { matrixToRows, prepareMatrix } from './decision-matrix.js';
import { directionVector, perCriterion } from './method-input.js';
import { scaledColumnSum } from './power-of-two-scale.js';
import { ScoringError, describeValue } from './scoring-error.js';

/**
 * The normalisations of a criterion's column, each documented with its formula at
 * {@link NormalizationMethod}. Internal: the public list is core's `NORMALIZATIONS`, which
 * scoring profiles are written with; a test keeps the two equal.
 */
export const NORMALIZATION_METHODS: readonly NormalizationMethod[] = [
  'vector',
  'min-max',
  'max',
  'sum',
];

/**
 * How a criterion's column is made unit-free. With `x` the column and a benefit criterion (or no
 * direction given):
 * - `vector`: `x / sqrt(sum x^2)`; cost: `1 - x / sqrt(sum x^2)`.
 * - `min-max` (linear): `(x - min) / (max - min)`; cost: `(max - x) / (max - min)`.
 * - `max`: `x / max`; cost: `1 - x / max`. Needs non-negative values.
 * - `sum`: `x / sum x`; cost: `(1 / x) / sum (1 / x)`. Needs non-negative values, and positive
 *   values on a cost criterion.
 *
 * A column that cannot be scaled (all zeros for `vector`, `max` and `sum`; all equal for `min-max`)
 * becomes 1 for every alternative (`1 / m` for `sum`): no alternative is better than another on it.
 *
 * @example
 * ```ts
 * const method: NormalizationMethod = 'vector';
 * ```
 */
export type NormalizationMethod = 'vector' | 'min-max' | 'max' | 'sum';

/**
 * Options of {@link normalize}.
 *
 * @example
 * ```ts
 * const options: NormalizeOptions = { method: ['min-max', 'sum'], directions: ['benefit', 'cost'] };
 * ```
 */
export interface NormalizeOptions {
  /** One normalisation for every criterion, or one per criterion. Default `'min-max'`. */
  readonly method?: NormalizationMethod | readonly NormalizationMethod[];
  /**
   * When given, cost criteria are reversed so that higher is better on every column; when left
   * out, every column is scaled as a benefit criterion (the plain formula).
   */
  readonly directions?: readonly CriterionDirection[];
}

/**
 * Scales each criterion's column to a unit-free range, criterion by criterion.
 *
 * @param matrix - The decision matrix (rows are alternatives).
 * @param options - The normalisation per criterion and, optionally, the directions.
 * @returns A new matrix of the same shape.
 * @throws {@link ScoringError} for a bad matrix (see {@link prepareMatrix}), `length-mismatch` for
 *   per-criterion lists of the wrong length, `invalid-option` (with `column`) for an unknown method,
 *   `negative-value` (with `row`, `column`) for `max` and `sum`, `zero-value` (with `row`,
 *   `column`) for `sum` on a cost criterion.
 * @see Jahan, A. and Edwards, K. L. (2015). A state-of-the-art survey on the influence of
 *   normalization techniques in ranking. Materials & Design 65, 335-342.
 *
 * @example
 * ```ts
 * normalize([[1, 10], [3, 30]], { method: 'min-max', directions: ['benefit', 'cost'] });
 * //=> [[0, 1], [1, 0]]
 * ```
 */
export function normalize(matrix: MatrixInput, options: NormalizeOptions = {}): number[][] {
  const prepared = prepareMatrix(matrix);
  const { alternatives: m, criteria: n } = prepared;
  const methods = perCriterion(options.method ?? 'min-max', n, 'normalisation');
  const cost =
    options.directions === undefined ? undefined : directionVector(options.directions, n);
  const out = new Float64Array(m * n);
  normalizeInto(prepared.values, m, n, methods, cost, out);
  return matrixToRows({ kind: 'decision-matrix', alternatives: m, criteria: n, values: out });
}

/**
 * Normalises every column of a packed matrix into `out`; `cost` undefined means the plain formula.
 */
export function normalizeInto(
  values: Float64Array,
  m: number,
  n: number,
  methods: readonly NormalizationMethod[],
  cost: Uint8Array | undefined,
  out: Float64Array,
): void {
  const norms = methods.includes('vector') ? vectorNorms(values, m, n) : undefined;
  for (let j = 0; j < n; j++) {
    const method = methods[j];
    const reversed = cost !== undefined && cost[j] === 1;
    switch (method) {
      case 'vector':
        vectorColumn(values, m, n, j, reversed, norms as VectorNorms, out);
        break;
      case 'min-max':
        minMaxColumn(values, m, n, j, reversed, out);
        break;
      case 'max':
        maxColumn(values, m, n, j, reversed, out);
        break;
      case 'sum':
        sumColumn(values, m, n, j, reversed, out);
        break;
      default:
        throw new ScoringError(
          'invalid-option',
          `Normalisation ${describeValue(method)} for column ${j} is not one of ${NORMALIZATION_METHODS.join(', ')}.`,
          { column: j },
        );
    }
  }
}

function fill(out: Float64Array, m: number, n: number, j: number, value: number): void {
  for (let i = 0; i < m; i++) out[i * n + j] = value;
}

/**
 * What vector normalisation divides each column of a packed matrix by, found in two row-major
 * sweeps: `scale`, the largest magnitude (0 for a column of zeros); `root`, the square root of the
 * sum of squares of the values divided by `scale`; and `norm = scale * root`. Dividing by the
 * scale first keeps the sum of squares from overflowing.
 */
export interface VectorNorms {
  readonly scale: Float64Array;
  readonly root: Float64Array;
  readonly norm: Float64Array;
}

/** The {@link VectorNorms} of every column, each column summed from the first row down. */
export function vectorNorms(values: Float64Array, m: number, n: number): VectorNorms {
  const scale = new Float64Array(n);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      const x = Math.abs(values[i * n + j] ?? 0);
      if (x > (scale[j] ?? 0)) scale[j] = x;
    }
  }
  const root = new Float64Array(n);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      const x = (values[i * n + j] ?? 0) / (scale[j] || 1);
      root[j] = (root[j] ?? 0) + x * x;
    }
  }
  const norm = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    root[j] = Math.sqrt(root[j] ?? 0);
    norm[j] = (scale[j] ?? 0) * (root[j] ?? 0);
  }
  return { scale, root, norm };
}

function vectorColumn(
  values: Float64Array,
  m: number,
  n: number,
  j: number,
  reversed: boolean,
  norms: VectorNorms,
  out: Float64Array,
): void {
  const scale = norms.scale[j] ?? 0;
  if (scale === 0) {
    fill(out, m, n, j, 1);
    return;
  }
  const root = norms.root[j] ?? 1;
  const norm = norms.norm[j] ?? 1;
  for (let i = 0; i < m; i++) {
    const x = values[i * n + j] ?? 0;
    // A norm past the largest double (several values near 1e308) is divided out in two steps.
    const r = norm === Infinity ? x / scale / root : x / norm;
    out[i * n + j] = reversed ? 1 - r : r;
  }
}

function minMaxColumn(
  values: Float64Array,
  m: number,
  n: number,
  j: number,
  reversed: boolean,
  out: Float64Array,
): void {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < m; i++) {
    const x = values[i * n + j] ?? 0;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  if (!(max > min)) {
    fill(out, m, n, j, 1);
    return;
  }
  // Halving is exact, and keeps a range such as 1e308 - (-1e308) finite.
  const half = Number.isFinite(max - min) ? 1 : 0.5;
  const top = max * half;
  const bottom = min * half;
  const range = top - bottom;
  for (let i = 0; i < m; i++) {
    const x = (values[i * n + j] ?? 0) * half;
    out[i * n + j] = reversed ? (top - x) / range : (x - bottom) / range;
  }
}

function requireNonNegative(values: Float64Array, m: number, n: number, j: number, name: string) {
  for (let i = 0; i < m; i++) {
    const x = values[i * n + j] ?? 0;
    if (x < 0) {
      throw new ScoringError(
        'negative-value',
        `The value at row ${i}, column ${j} is ${x}; ${name} normalisation needs non-negative values.`,
        { row: i, column: j },
      );
    }
  }
}

function maxColumn(
  values: Float64Array,
  m: number,
  n: number,
  j: number,
  reversed: boolean,
  out: Float64Array,
): void {
  requireNonNegative(values, m, n, j, 'max');
  let max = 0;
  for (let i = 0; i < m; i++) max = Math.max(max, values[i * n + j] ?? 0);
  if (max === 0) {
    fill(out, m, n, j, 1);
    return;
  }
  for (let i = 0; i < m; i++) {
    const r = (values[i * n + j] ?? 0) / max;
    out[i * n + j] = reversed ? 1 - r : r;
  }
}

function sumColumn(
  values: Float64Array,
  m: number,
  n: number,
  j: number,
  reversed: boolean,
  out: Float64Array,
): void {
  requireNonNegative(values, m, n, j, 'sum');
  let sum = 0;
  if (reversed) {
    for (let i = 0; i < m; i++) {
      const x = values[i * n + j] ?? 0;
      if (x === 0) {
        throw new ScoringError(
          'zero-value',
          `The value at row ${i}, column ${j} is 0; sum normalisation of a cost criterion divides by each value.`,
          { row: i, column: j },
        );
      }
      sum += 1 / x;
    }
    if (sum !== Infinity) {
      for (let i = 0; i < m; i++) out[i * n + j] = 1 / (values[i * n + j] ?? 1) / sum;
      return;
    }
    // Values near 0 (1 / 1e-309 overflows) are measured against the smallest instead:
    // (min / x) / sum (min / x) is the same share, and every term lies in (0, 1].
    let min = Infinity;
    for (let i = 0; i < m; i++) min = Math.min(min, values[i * n + j] ?? 1);
    sum = 0;
    for (let i = 0; i < m; i++) sum += min / (values[i * n + j] ?? 1);
    for (let i = 0; i < m; i++) out[i * n + j] = min / (values[i * n + j] ?? 1) / sum;
    return;
  }
  const column = scaledColumnSum(values, m, n, j);
  if (column.sum === 0) {
    fill(out, m, n, j, 1 / m);
    return;
  }
  for (let i = 0; i < m; i++) {
    out[i * n + j] = ((values[i * n + j] ?? 0) * column.scale) / column.sum;
  }
}
