import type { ScoringMethod } from '@itu-aicb/core';
import type { CriterionDirection } from '../kernel/criterion-direction.js';
import type { MatrixInput } from '../kernel/decision-matrix.js';
import type { NormalizationMethod } from '../kernel/normalization.js';
import { ScoringError } from '../kernel/scoring-error.js';
import { copras } from '../methods/copras.js';
import type { PreferenceFunction } from '../methods/preference-function.js';
import { prometheeII } from '../methods/promethee-ii.js';
import { spotis } from '../methods/spotis.js';
import { topsis } from '../methods/topsis.js';
import { vikor } from '../methods/vikor.js';
import { weightedProduct } from '../methods/weighted-product.js';
import { weightedSum } from '../methods/weighted-sum.js';
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
export type MethodSpec =
  | ScoringMethod
  | {
      readonly name: ScoringMethod;
      /** Weighted sum and TOPSIS: the normalisation. */
      readonly normalization?: NormalizationMethod;
      /** VIKOR: the weight of the majority strategy. Default 0.5. */
      readonly v?: number;
      /** PROMETHEE II: the preference function(s). Default usual. */
      readonly preference?: PreferenceFunction | readonly PreferenceFunction[];
      /** SPOTIS: the bounds, required. */
      readonly bounds?: readonly (readonly [number, number])[];
    };

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
function readSpec(spec: unknown): Exclude<MethodSpec, string> {
  if (typeof spec === 'string') return { name: spec as ScoringMethod };
  if (typeof spec === 'object' && spec !== null) return spec as Exclude<MethodSpec, string>;
  throw new ScoringError(
    'invalid-option',
    `A method must be a method name or { name, ... }; got ${String(spec)}.`,
  );
}

/** Turns a method spec into a function; VIKOR leaves constant criteria out. */
export function methodFunction(spec: MethodSpec): MethodFunction {
  const options = readSpec(spec);
  switch (options.name) {
    case 'weighted-sum':
      return (matrix, weights, directions, ties) =>
        weightedSum(matrix, {
          weights,
          directions,
          ties,
          ...(options.normalization === undefined ? {} : { normalization: options.normalization }),
        });
    case 'weighted-product':
      return (matrix, weights, directions, ties) =>
        weightedProduct(matrix, { weights, directions, ties });
    case 'topsis':
      return (matrix, weights, directions, ties) =>
        topsis(matrix, {
          weights,
          directions,
          ties,
          ...(options.normalization === undefined ? {} : { normalization: options.normalization }),
        });
    case 'vikor':
      return (matrix, weights, directions, ties) =>
        vikor(matrix, {
          weights,
          directions,
          ties,
          v: options.v ?? 0.5,
          constantCriteria: 'ignore',
        });
    case 'promethee-ii':
      return (matrix, weights, directions, ties) =>
        prometheeII(matrix, {
          weights,
          directions,
          ties,
          ...(options.preference === undefined ? {} : { preference: options.preference }),
        });
    case 'copras':
      return (matrix, weights, directions, ties) => copras(matrix, { weights, directions, ties });
    case 'spotis': {
      const { bounds } = options;
      if (bounds === undefined) {
        throw new ScoringError(
          'invalid-option',
          'SPOTIS needs `bounds`, one [min, max] per criterion.',
        );
      }
      return (matrix, weights, directions, ties) =>
        spotis(matrix, { weights, directions, ties, bounds });
    }
    default:
      throw new ScoringError(
        'invalid-option',
        `Unknown method ${JSON.stringify((options as { name: unknown }).name)}.`,
      );
  }
}
