import { ScoringError } from './scoring-error.js';

/**
 * A validated decision matrix packed row by row into one `Float64Array`: rows are alternatives,
 * columns are criteria.
 *
 * Build one with {@link prepareMatrix} and pass it to any method in place of a `number[][]` to skip
 * the validation and copy on every call, as a Monte Carlo loop over weight vectors would.
 *
 * @example
 * ```ts
 * const prepared: DecisionMatrix = prepareMatrix([[1, 2], [3, 4]]);
 * prepared.values[prepared.criteria * 1 + 0];
 * //=> 3
 * ```
 */
export interface DecisionMatrix {
  /** Tells a prepared matrix from a `number[][]`. */
  readonly kind: 'decision-matrix';
  /** Number of alternatives (rows), at least 1. */
  readonly alternatives: number;
  /** Number of criteria (columns), at least 1. */
  readonly criteria: number;
  /** The cells row by row: cell (i, j) is `values[i * criteria + j]`; every value is finite. */
  readonly values: Float64Array;
}

/**
 * A decision matrix as the methods accept it: plain rows of numbers or a prepared matrix.
 *
 * @example
 * ```ts
 * const matrix: MatrixInput = [[250, 16], [200, 20]];
 * ```
 */
export type MatrixInput = readonly (readonly number[])[] | DecisionMatrix;

const prepared = new WeakSet<DecisionMatrix>();

/**
 * Validates a decision matrix once and packs it into a `Float64Array` for repeated use.
 *
 * @param matrix - Rows of alternatives, each with one finite value per criterion.
 * @returns The packed matrix, frozen; the input is not changed.
 * @throws {@link ScoringError} `empty-matrix` when there is no row or no column, `ragged-matrix`
 *   (with `row`) when a row's length differs from the first row's, `non-finite-value` (with `row`
 *   and `column`) for `NaN`, `Infinity` or a non-number.
 *
 * @example
 * ```ts
 * prepareMatrix([[1, 2], [3, 4]]).alternatives;
 * //=> 2
 * ```
 */
export function prepareMatrix(matrix: MatrixInput): DecisionMatrix {
  if (isDecisionMatrix(matrix)) return checkPacked(matrix);
  const rows: unknown = matrix;
  if (!Array.isArray(rows) || rows.length === 0) {
    throw new ScoringError('empty-matrix', 'The decision matrix has no alternatives (rows).');
  }
  const first: unknown = rows[0];
  if (!Array.isArray(first) || first.length === 0) {
    throw new ScoringError('empty-matrix', 'The decision matrix has no criteria (columns).', {
      row: 0,
    });
  }
  const m = rows.length;
  const n = first.length;
  const values = new Float64Array(m * n);
  for (let i = 0; i < m; i++) {
    const row: unknown = rows[i];
    if (!Array.isArray(row) || row.length !== n) {
      throw new ScoringError(
        'ragged-matrix',
        `Row ${i} has ${Array.isArray(row) ? row.length : 'no'} values; row 0 has ${n}.`,
        { row: i },
      );
    }
    for (let j = 0; j < n; j++) {
      const value: unknown = row[j];
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw new ScoringError(
          'non-finite-value',
          `The value at row ${i}, column ${j} is ${String(value)}; every value must be a finite number.`,
          { row: i, column: j },
        );
      }
      values[i * n + j] = value;
    }
  }
  return seal({ kind: 'decision-matrix', alternatives: m, criteria: n, values });
}

/**
 * Turns a prepared matrix back into plain rows.
 *
 * @param matrix - A prepared matrix.
 * @returns One array per alternative.
 *
 * @example
 * ```ts
 * matrixToRows(prepareMatrix([[1, 2], [3, 4]]));
 * //=> [[1, 2], [3, 4]]
 * ```
 */
export function matrixToRows(matrix: DecisionMatrix): number[][] {
  const rows: number[][] = [];
  for (let i = 0; i < matrix.alternatives; i++) {
    rows.push(Array.from(matrix.values.subarray(i * matrix.criteria, (i + 1) * matrix.criteria)));
  }
  return rows;
}

function isDecisionMatrix(matrix: MatrixInput): matrix is DecisionMatrix {
  return !Array.isArray(matrix) && (matrix as { kind?: unknown }).kind === 'decision-matrix';
}

// A prepared matrix made here was checked when built; one assembled by hand is checked now.
function checkPacked(matrix: DecisionMatrix): DecisionMatrix {
  if (prepared.has(matrix)) return matrix;
  const { alternatives: m, criteria: n, values } = matrix;
  if (!Number.isInteger(m) || !Number.isInteger(n) || m < 1 || n < 1) {
    throw new ScoringError('empty-matrix', 'The decision matrix has no alternatives or criteria.');
  }
  if (!(values instanceof Float64Array) || values.length !== m * n) {
    throw new ScoringError(
      'ragged-matrix',
      `A ${m} x ${n} matrix needs ${m * n} values in a Float64Array.`,
    );
  }
  for (let k = 0; k < values.length; k++) {
    const value = values[k] ?? Number.NaN;
    if (!Number.isFinite(value)) {
      const row = Math.floor(k / n);
      const column = k % n;
      throw new ScoringError(
        'non-finite-value',
        `The value at row ${row}, column ${column} is ${value}; every value must be finite.`,
        { row, column },
      );
    }
  }
  return seal({ kind: 'decision-matrix', alternatives: m, criteria: n, values: values.slice() });
}

function seal(matrix: DecisionMatrix): DecisionMatrix {
  Object.freeze(matrix);
  prepared.add(matrix);
  return matrix;
}
