// The refusals of AHP and CRITIC name the judgement or option at fault, with its values.
import { describe, expect, it } from 'vitest';
import { ahpWeights, criticWeights } from '../index.js';

describe('ahpWeights: refusals named with their values', () => {
  it('names a diagonal judgement that is not 1 by its own value', () => {
    expect(() =>
      ahpWeights([
        [1, 1, 1],
        [1, 2, 1],
        [1, 1, 1],
      ]),
    ).toThrow(
      expect.objectContaining({
        code: 'not-reciprocal',
        row: 1,
        column: 1,
        message: 'Judgement (1, 1) is 2; the diagonal must be 1.',
      }),
    );
  });

  it('names both judgements of a pair that are not reciprocal', () => {
    expect(() =>
      ahpWeights([
        [1, 1, 1],
        [1, 1, 2],
        [1, 3, 1],
      ]),
    ).toThrow(
      expect.objectContaining({
        code: 'not-reciprocal',
        row: 1,
        column: 2,
        message: 'Judgements (1, 2) = 2 and (2, 1) = 3 are not reciprocal.',
      }),
    );
  });

  it('says that an empty matrix is empty', () => {
    expect(() => ahpWeights([])).toThrow(
      expect.objectContaining({
        code: 'empty-matrix',
        message: 'The pairwise-comparison matrix is empty.',
      }),
    );
  });
});

describe('criticWeights: options', () => {
  it('asks for the directions when no options are given', () => {
    expect(() => criticWeights([[1], [2]], undefined as never)).toThrow(
      expect.objectContaining({
        code: 'invalid-option',
        message: 'CRITIC needs the directions of the criteria: pass { directions }.',
      }),
    );
  });
});
