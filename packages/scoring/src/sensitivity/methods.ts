import type { ScoringMethod } from '@itu-aicb/core';
import type { CriterionDirection } from '../kernel/criterion-direction.js';
import type { MatrixInput } from '../kernel/decision-matrix.js';
import { ScoringError } from '../kernel/scoring-error.js';
import { methodEntry } from '../methods/method-registry.js';
import type { WeightSweepOf } from '../methods/weight-sweep.js';
import type { MethodSettings } from '../prioritize/method-settings.js';
import type { TiePolicy } from '../ranking/rank.js';

/**
 * A method with its parameters, as the stability analyses take it: a method name, or a name with
 * the parameters that method takes.
 *
 * @example
 * ```ts
 * const spec: MethodSpec = { name: 'vikor', v: 0.7 };
 * ```
 */
export type MethodSpec = ScoringMethod | MethodSettings;

/** What the analyses need of a method run. */
export interface MethodRun {
  readonly scores: readonly number[];
  readonly ranks: readonly number[];
  readonly better: 'higher' | 'lower';
}

/** A method as a function of the matrix, weights, directions and tie policy. */
export type MethodFunction = (
  matrix: MatrixInput,
  weights: readonly number[],
  directions: readonly CriterionDirection[],
  ties: TiePolicy,
) => MethodRun;

/** Throws a typed error when the options of an analysis are missing or not an object. */
export function requireOptions(options: unknown): void {
  if (typeof options !== 'object' || options === null) {
    throw new ScoringError('invalid-option', 'The options are missing: pass an object.');
  }
}

/** The name of a method spec. */
export function methodName(spec: MethodSpec): ScoringMethod {
  return readSpec(spec).name;
}

/** A spec as an object, or a typed error for one that is neither a name nor an object. */
function readSpec(spec: unknown): MethodSettings {
  if (typeof spec === 'string') return { name: spec as ScoringMethod };
  if (typeof spec === 'object' && spec !== null) return spec as MethodSettings;
  throw new ScoringError(
    'invalid-option',
    `A method must be a method name or { name, ... }; got ${String(spec)}.`,
  );
}

/** Turns a method spec into a function, by the method table; VIKOR leaves constant criteria out. */
export function methodFunction(spec: MethodSpec): MethodFunction {
  const { name, ...parameters } = readSpec(spec);
  const run = methodEntry(name).bind(parameters);
  return (matrix, weights, directions, ties) => run(matrix, { weights, directions, ties });
}

/**
 * The method's {@link WeightSweepOf} when its table entry has one (the matrix normalised once for
 * all weight vectors), else `undefined`: the analyses then run the method per weight vector.
 */
export function methodSweep(spec: MethodSpec): WeightSweepOf | undefined {
  const { name, ...parameters } = readSpec(spec);
  return methodEntry(name).sweep?.(parameters);
}
