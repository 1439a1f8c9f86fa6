import { describe, expect, it } from 'vitest';
import { ScoringError, vikor } from '../index.js';

// Opricovic, S. and Tzeng, G.-H. (2004). Compromise solution by MCDM methods: A comparative
// analysis of VIKOR and TOPSIS. European Journal of Operational Research 156(2), 445-455,
// doi:10.1016/S0377-2217(03)00020-1, numerical example: data in Tables 1 and 2, results in Table 3.
// Risk (cost) and altitude (benefit), equal weights, v = 0.5. Table 3: S = (0.5, 0.375, 0.5),
// R = (0.5, 0.25, 0.5), Q = (1, 0, 1); A2 is the compromise solution, first by S, R and Q (C1 and
// C2 hold, DQ = 0.5), and the same for problem phi, since VIKOR's linear normalisation does not
// depend on the units.
const example = [
  [1, 3000],
  [2, 3750],
  [5, 4500],
];
const options = { weights: [0.5, 0.5], directions: ['cost', 'benefit'] } as const;

describe('vikor', () => {
  it('reproduces Opricovic and Tzeng (2004), Table 3', () => {
    const result = vikor(example, options);
    expect(result.s).toEqual([0.5, 0.375, 0.5]);
    expect(result.r).toEqual([0.5, 0.25, 0.5]);
    expect(result.q).toEqual([1, 0, 1]);
    expect(result.scores).toEqual(result.q);
    expect(result.best).toEqual([1, 4500]);
    expect(result.worst).toEqual([5, 3000]);
    expect(result.ranks).toEqual([2.5, 1, 2.5]);
    expect(result.compromise).toEqual({
      alternatives: [1],
      acceptableAdvantage: true,
      acceptableStability: true,
      threshold: 0.5,
    });
    expect(result).toMatchObject({ method: 'vikor', better: 'lower', v: 0.5 });
  });

  it("gives the same result in the paper's second units (problem phi)", () => {
    const phi = vikor(
      [
        [6, 2],
        [7, 2.75],
        [10, 3.5],
      ],
      options,
    );
    phi.s.forEach((x, i) => {
      expect(x).toBeCloseTo([0.5, 0.375, 0.5][i]!, 12);
    });
    phi.r.forEach((x, i) => {
      expect(x).toBeCloseTo([0.5, 0.25, 0.5][i]!, 12);
    });
    phi.q.forEach((x, i) => {
      expect(x).toBeCloseTo([1, 0, 1][i]!, 12);
    });
    expect(phi.compromise.alternatives).toEqual([1]);
  });

  it('proposes a set of alternatives when the advantage is not acceptable (C1 fails)', () => {
    const result = vikor(
      [
        [10, 10],
        [9.9, 9.9],
        [9.8, 9.8],
        [0, 0],
      ],
      { weights: [1, 1], directions: ['benefit', 'benefit'] },
    );
    expect(result.compromise.acceptableAdvantage).toBe(false);
    expect(result.compromise.alternatives).toEqual([0, 1, 2]);
  });

  it('proposes the two best when only stability fails (C2)', () => {
    const result = vikor(
      [
        [8, 2, 3],
        [0, 9, 0],
        [4, 5, 1],
        [1, 4, 7],
      ],
      { weights: [1, 1, 1], directions: ['benefit', 'benefit', 'benefit'] },
    );
    expect(result.ranks[3]).toBe(1);
    expect(result.ranksByS[3]).not.toBe(1);
    expect(result.ranksByR[3]).not.toBe(1);
    expect(result.compromise).toMatchObject({
      alternatives: [3, 2],
      acceptableAdvantage: true,
      acceptableStability: false,
    });
  });

  it('throws constant-criterion with the column, or ignores it when asked (documented outcome)', () => {
    const matrix = [
      [1, 7, 3],
      [2, 7, 1],
      [3, 7, 2],
    ];
    const base = { weights: [1, 1, 1], directions: ['benefit', 'cost', 'benefit'] } as const;
    expect(() => vikor(matrix, base)).toThrow(
      expect.objectContaining({ code: 'constant-criterion', column: 1 }),
    );
    const ignored = vikor(matrix, { ...base, constantCriteria: 'ignore' });
    const without = vikor(
      matrix.map((row) => [row[0]!, row[2]!]),
      { weights: [1, 1], directions: ['benefit', 'benefit'] },
    );
    // The constant column still holds a third of the weight, so S and R scale by 2/3; Q does not.
    ignored.q.forEach((q, i) => {
      expect(q).toBeCloseTo(without.q[i]!, 12);
    });
  });

  it('gives Q = 0 for all when every alternative has the same S and R', () => {
    const result = vikor(
      [
        [1, 0],
        [0, 1],
      ],
      { weights: [1, 1], directions: ['benefit', 'benefit'] },
    );
    expect(result.q).toEqual([0, 0]);
    expect(result.compromise.acceptableAdvantage).toBe(false);
    expect(result.compromise.alternatives).toEqual([0, 1]);
  });

  it('rejects a single alternative and v outside [0, 1]', () => {
    expect(() => vikor([[1, 2]], options)).toThrow(
      expect.objectContaining({ code: 'too-few-alternatives' }),
    );
    expect(() => vikor(example, { ...options, v: 1.5 })).toThrow(ScoringError);
  });
});
