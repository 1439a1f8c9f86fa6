/**
 * The stable codes a {@link ScoringError} carries, one per kind of bad input.
 *
 * @example
 * ```ts
 * SCORING_ERROR_CODES.includes('ragged-matrix');
 * //=> true
 * ```
 */
export const SCORING_ERROR_CODES = [
  'empty-matrix',
  'ragged-matrix',
  'non-finite-value',
  'length-mismatch',
  'invalid-direction',
  'negative-weight',
  'zero-weights',
  'negative-value',
  'zero-value',
  'constant-criterion',
  'too-few-alternatives',
  'out-of-bounds',
  'invalid-option',
  'not-square',
  'not-reciprocal',
  'random-index-unavailable',
  'missing-value',
] as const;

/**
 * What went wrong with the input of a scoring function: the matrix, the weights, the options, or a
 * precondition of the chosen method.
 *
 * @example
 * ```ts
 * const code: ScoringErrorCode = 'non-finite-value';
 * ```
 */
export type ScoringErrorCode = (typeof SCORING_ERROR_CODES)[number];

/**
 * Where in the input a {@link ScoringError} points: an alternative (`row`), a criterion (`column`),
 * both for a cell, or the position in a list (`index`).
 *
 * @example
 * ```ts
 * const where: ScoringErrorLocation = { row: 2, column: 0 };
 * ```
 */
export interface ScoringErrorLocation {
  /** 0-based index of the alternative (matrix row). */
  readonly row?: number;
  /** 0-based index of the criterion (matrix column). */
  readonly column?: number;
  /** 0-based position in a list that is neither a row nor a column, such as a judge's matrix. */
  readonly index?: number;
}

/**
 * The one error class of the scoring kernel: bad input named by a stable `code` and located by
 * `row`, `column` or `index`; `instanceof ScoringError` catches every error this package throws.
 *
 * @example
 * ```ts
 * try {
 *   topsis([[1, 2], [3]], { weights: [1, 1], directions: ['benefit', 'cost'] });
 * } catch (error) {
 *   if (error instanceof ScoringError) console.log(error.code, error.row);
 * }
 * //=> logs "ragged-matrix 1"
 * ```
 */
export class ScoringError extends Error {
  /** A stable code for the kind of failure. */
  readonly code: ScoringErrorCode;
  /** 0-based index of the offending alternative, when the failure is about one. */
  readonly row?: number;
  /** 0-based index of the offending criterion, when the failure is about one. */
  readonly column?: number;
  /** 0-based position in a list (weights, ranks, judges' matrices), when neither row nor column fits. */
  readonly index?: number;

  /**
   * @param code - A stable code for the kind of failure.
   * @param message - What went wrong, naming the place.
   * @param options - Where it went wrong, and the underlying cause if any.
   */
  constructor(
    code: ScoringErrorCode,
    message: string,
    options: ScoringErrorLocation & { readonly cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ScoringError';
    this.code = code;
    if (options.row !== undefined) this.row = options.row;
    if (options.column !== undefined) this.column = options.column;
    if (options.index !== undefined) this.index = options.index;
  }
}

/** Shows an offending value in a message: strings quoted, everything else as `String` shows it. */
export function describeValue(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
