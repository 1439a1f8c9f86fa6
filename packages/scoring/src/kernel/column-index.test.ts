// Cells are read by row and column: the fallbacks for sums past the largest double (and shares
// of values near 0) must read the column they scale, not the first one, and give the shares of
// the plain formula.
import { describe, expect, it } from 'vitest';
import { normalize, prepareMatrix } from '../index.js';

describe('normalize: a later column with the fallbacks', () => {
  it('sums a column past the largest double by its own values', () => {
    const result = normalize(
      [
        [1, 1e308],
        [2, 1.5e308],
      ],
      { method: 'sum' },
    );
    expect(result[0]![0]).toBeCloseTo(1 / 3, 15);
    expect(result[0]![1]).toBeCloseTo(0.4, 15);
    expect(result[1]![1]).toBeCloseTo(0.6, 15);
  });

  it('takes the shares of a cost column near 0 against its own smallest value', () => {
    const result = normalize(
      [
        [5, 1e-309],
        [7, 3e-309],
      ],
      { method: 'sum', directions: ['cost', 'cost'] },
    );
    expect(result[0]![1]).toBeCloseTo(0.75, 12);
    expect(result[1]![1]).toBeCloseTo(0.25, 12);
    expect(result[0]![0]).toBeCloseTo(7 / 12, 15);
  });

  it('divides by each value on a cost criterion, as (1 / x) / sum (1 / x) is written', () => {
    const shares = [1 / 3, 1 / 5, 1 / 7];
    const total = shares[0]! + shares[1]! + shares[2]!;
    expect(normalize([[3], [5], [7]], { method: 'sum', directions: ['cost'] }).flat()).toEqual(
      shares.map((share) => share / total),
    );
  });
});

describe('prepareMatrix: a single criterion or alternative', () => {
  it('accepts a hand-packed matrix of one column or one row', () => {
    const column = prepareMatrix({
      kind: 'decision-matrix',
      alternatives: 2,
      criteria: 1,
      values: new Float64Array([1, 2]),
    });
    expect(Array.from(column.values)).toEqual([1, 2]);
    const row = prepareMatrix({
      kind: 'decision-matrix',
      alternatives: 1,
      criteria: 2,
      values: new Float64Array([1, 2]),
    });
    expect(row.alternatives).toBe(1);
  });

  it('names a value that is not a string as it is, NaN as NaN', () => {
    expect(() => normalize([[1]], { directions: [Number.NaN as never] })).toThrow(
      `Direction 0 is NaN; use 'benefit' or 'cost'.`,
    );
    expect(() => normalize([[1]], { method: {} as never })).toThrow(
      'Normalisation [object Object] for column 0 is not one of',
    );
  });
});
