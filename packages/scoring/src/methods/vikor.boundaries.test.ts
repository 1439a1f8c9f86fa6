// VIKOR at the edges of its definition (Opricovic and Tzeng 2004): the limits v = 0 and v = 1, the
// acceptable-stability condition met through R alone, an advantage of exactly DQ, and the options
// it refuses.
import { describe, expect, it } from 'vitest';
import { ScoringError, vikor } from '../index.js';

// Two balanced benefit criteria: A3 (5, 5) has the smallest regret R but the largest S; A1 and A2
// are best by S and worst by R. With v = 0.25, Q = (0.75, 0.75, 0.25): A3 comes first by R alone.
const balanced = [
  [10, 1],
  [1, 10],
  [5, 5],
];
const equalWeights = { weights: [1, 1], directions: ['benefit', 'benefit'] } as const;

/** (x - min) / (max - min) over a list, as VIKOR normalises S and R into Q. */
const spread = (values: readonly number[]): number[] => {
  const min = Math.min(...values);
  const max = Math.max(...values);
  return values.map((x) => (x - min) / (max - min));
};

describe('vikor: the weight v of the majority rule', () => {
  it('gives Q from S alone at v = 1, and from R alone at v = 0', () => {
    const byS = vikor(balanced, { ...equalWeights, v: 1 });
    const byR = vikor(balanced, { ...equalWeights, v: 0 });
    expect(byS.v).toBe(1);
    expect(byR.v).toBe(0);
    expect(byS.q).toEqual(spread(byS.s));
    expect(byR.q).toEqual(spread(byR.r));
    expect(byS.q).toEqual([0, 0, 1]);
    expect(byR.q).toEqual([1, 1, 0]);
    expect(byS.ranks).toEqual(byS.ranksByS);
    expect(byR.ranks).toEqual(byR.ranksByR);
  });

  it('weighs S and R by v and 1 - v in between', () => {
    const result = vikor(balanced, { ...equalWeights, v: 0.25 });
    const sTerm = spread(result.s);
    const rTerm = spread(result.r);
    result.q.forEach((q, i) => {
      expect(q).toBeCloseTo(0.25 * sTerm[i]! + 0.75 * rTerm[i]!, 15);
    });
    expect(result.q).toEqual([0.75, 0.75, 0.25]);
  });

  it('uses v = 0.5 when none is given', () => {
    expect(vikor(balanced, equalWeights).v).toBe(0.5);
  });

  it('rejects v below 0, above 1 or not a number, naming the option', () => {
    for (const v of [-0.001, 1.001, Number.NaN]) {
      const attempt = () => vikor(balanced, { ...equalWeights, v });
      expect(attempt).toThrow(ScoringError);
      expect(attempt).toThrow(expect.objectContaining({ code: 'invalid-option' }));
      expect(attempt).toThrow(/\bv is/);
    }
  });
});

describe('vikor: the compromise conditions', () => {
  it('accepts stability when the first by Q is best by R only, and an advantage of exactly DQ', () => {
    const result = vikor(balanced, { ...equalWeights, v: 0.25 });
    expect(result.ranks[2]).toBe(1);
    expect(result.ranksByS[2]).toBe(3);
    expect(result.ranksByR[2]).toBe(1);
    // DQ = 1 / (3 - 1) = 0.5 and Q(second) - Q(first) = 0.75 - 0.25 = 0.5.
    expect(result.compromise).toEqual({
      alternatives: [2],
      acceptableAdvantage: true,
      acceptableStability: true,
      threshold: 0.5,
    });
  });

  it('accepts stability when the first by Q is best by S only', () => {
    const result = vikor(balanced, { ...equalWeights, v: 0.75 });
    expect(result.q).toEqual([0.25, 0.25, 0.75]);
    expect(result.ranksByS[0]).toBe(1.5);
    expect(result.ranksByR[0]).toBe(2.5);
    expect(result.compromise.acceptableStability).toBe(true);
    // Q(A1) = Q(A2): no advantage, so both remain.
    expect(result.compromise.acceptableAdvantage).toBe(false);
    expect(result.compromise.alternatives).toEqual([0, 1]);
  });

  it('keeps in the set every alternative closer to the first than DQ, and no other', () => {
    const result = vikor(
      [
        [10, 10],
        [9, 9],
        [6, 6],
        [0, 0],
      ],
      equalWeights,
    );
    // Q = (0, 0.1, 0.4, 1) and DQ = 1/3: the first three are within DQ of the first.
    expect(result.q.map((q) => Math.round(q * 1e12) / 1e12)).toEqual([0, 0.1, 0.4, 1]);
    expect(result.compromise).toMatchObject({
      alternatives: [0, 1],
      acceptableAdvantage: false,
    });
    expect(result.compromise.threshold).toBeCloseTo(1 / 3, 15);
  });
});

describe('vikor: options', () => {
  const withConstant = [
    [1, 7, 3],
    [2, 7, 1],
    [3, 7, 2],
  ];
  const three = { weights: [1, 1, 1], directions: ['benefit', 'benefit', 'cost'] } as const;

  it("throws on a constant criterion by default and with constantCriteria: 'throw'", () => {
    for (const options of [three, { ...three, constantCriteria: 'throw' as const }]) {
      expect(() => vikor(withConstant, options)).toThrow(
        expect.objectContaining({ code: 'constant-criterion', column: 1 }),
      );
      expect(() => vikor(withConstant, options)).toThrow(/value 7 on column 1.*'ignore'/);
    }
  });

  it('names VIKOR when there is a single alternative', () => {
    expect(() => vikor([[1, 2]], equalWeights)).toThrow(
      expect.objectContaining({ code: 'too-few-alternatives' }),
    );
    expect(() => vikor([[1, 2]], equalWeights)).toThrow(/VIKOR/);
  });

  it("gives a constant criterion no part in S and R with constantCriteria: 'ignore'", () => {
    const ignored = vikor(withConstant, { ...three, constantCriteria: 'ignore' });
    expect(ignored.best).toEqual([3, 7, 1]);
    expect(ignored.worst).toEqual([1, 7, 3]);
    const withoutColumn = vikor(
      withConstant.map((row) => [row[0]!, row[2]!]),
      { weights: [1, 1], directions: ['benefit', 'cost'] },
    );
    ignored.s.forEach((s, i) => {
      // The constant column keeps its third of the weight, so S and R are 2/3 of those without it.
      expect(s).toBeCloseTo((withoutColumn.s[i]! * 2) / 3, 15);
      expect(ignored.r[i]).toBeCloseTo((withoutColumn.r[i]! * 2) / 3, 15);
    });
  });

  it('rejects a constantCriteria value other than throw or ignore', () => {
    const options = { ...three, constantCriteria: 'skip' } as unknown as Parameters<
      typeof vikor
    >[1];
    expect(() => vikor(withConstant, options)).toThrow(
      expect.objectContaining({ code: 'invalid-option' }),
    );
    expect(() => vikor(withConstant, options)).toThrow(/skip/);
  });

  it('ranks S, R and Q with the tie policy and tolerance it is given', () => {
    const minTies = vikor(balanced, { ...equalWeights, v: 0.75, ties: 'min' });
    expect(minTies.ranks).toEqual([1, 1, 3]);
    expect(minTies.ranksByS).toEqual([1, 1, 3]);
    const ordinal = vikor(balanced, { ...equalWeights, v: 0.75, ties: 'ordinal' });
    expect(ordinal.ranks).toEqual([1, 2, 3]);
    expect(ordinal.ranksByR).toEqual([2, 3, 1]);
    // A tolerance of 1 ties every Q of [0, 1], and makes any advantage reach DQ.
    const loose = vikor(balanced, { ...equalWeights, v: 0.75, tolerance: 1 });
    expect(loose.ranks).toEqual([2, 2, 2]);
    expect(loose.compromise.acceptableAdvantage).toBe(true);
  });
});
