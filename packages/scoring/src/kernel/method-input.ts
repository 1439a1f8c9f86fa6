import type { CriterionDirection } from './criterion-direction.js';
import { isCriterionDirection } from './criterion-direction.js';
import type { DecisionMatrix, MatrixInput } from './decision-matrix.js';
import { prepareMatrix } from './decision-matrix.js';
import { weightVector } from './criterion-weights.js';
import { ScoringError, describeValue } from './scoring-error.js';

/** The checked inputs every method starts from. */
export interface MethodInput {
  readonly matrix: DecisionMatrix;
  readonly m: number;
  readonly n: number;
  readonly values: Float64Array;
  /** Weights summing to 1. */
  readonly weights: Float64Array;
  /** 1 for a cost criterion, 0 for a benefit criterion. */
  readonly cost: Uint8Array;
}

/** Validates a matrix with its weights and directions. */
export function methodInput(
  matrix: MatrixInput,
  weights: readonly number[],
  directions: readonly CriterionDirection[],
): MethodInput {
  const prepared = prepareMatrix(matrix);
  const n = prepared.criteria;
  return {
    matrix: prepared,
    m: prepared.alternatives,
    n,
    values: prepared.values,
    weights: weightVector(weights, n),
    cost: directionVector(directions, n),
  };
}

/** Validates directions into 1 (cost) and 0 (benefit). */
export function directionVector(
  directions: readonly CriterionDirection[],
  criteria: number,
): Uint8Array {
  const list: unknown = directions;
  if (!Array.isArray(list) || list.length !== criteria) {
    throw new ScoringError(
      'length-mismatch',
      `Expected ${criteria} directions, one per criterion; got ${Array.isArray(list) ? list.length : 'none'}.`,
    );
  }
  const cost = new Uint8Array(criteria);
  for (let j = 0; j < criteria; j++) {
    const direction: unknown = list[j];
    if (!isCriterionDirection(direction)) {
      throw new ScoringError(
        'invalid-direction',
        `Direction ${j} is ${describeValue(direction)}; use 'benefit' or 'cost'.`,
        { index: j, column: j },
      );
    }
    cost[j] = direction === 'cost' ? 1 : 0;
  }
  return cost;
}

/** Throws unless there are at least `minimum` alternatives. */
export function requireAlternatives(m: number, minimum: number, method: string): void {
  if (m < minimum) {
    throw new ScoringError(
      'too-few-alternatives',
      `${method} needs at least ${minimum} alternatives; got ${m}.`,
    );
  }
}

/** Expands a per-matrix or per-criterion option into one value per criterion. */
export function perCriterion<T>(
  option: T | readonly T[],
  criteria: number,
  name: string,
): readonly T[] {
  if (!Array.isArray(option)) return Array.from({ length: criteria }, () => option as T);
  const list = option as readonly T[];
  if (list.length !== criteria) {
    throw new ScoringError(
      'length-mismatch',
      `Expected one ${name} per criterion (${criteria}); got ${list.length}.`,
    );
  }
  return list;
}
