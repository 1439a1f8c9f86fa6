import { describe, expect, it } from 'vitest';
import { copras } from '../index.js';

const rounded = (values: readonly number[], digits: number) =>
  values.map((v) => Number(v.toFixed(digits)));

// Podvezko, V. (2011). The comparative analysis of MCDA methods SAW and COPRAS. Inzinerine
// Ekonomika - Engineering Economics 22(2), 134-146, doi:10.5755/j01.ee.22.2.310: Table 7
// (Variant II: three alternatives, two benefit and two cost criteria) and Table 8 (S+, S-, the
// relative significance Q and the ranks, printed to three decimals). Variant I of the same tables
// is not used: its printed S- and Q are not reproducible from its printed data (they follow if
// the cost value of A2 on the fourth criterion is 220 rather than the printed 215, and its Q row
// repeats Variant II's).
const podvezko = [
  [42, 19, 13, 110],
  [71, 18, 11, 200],
  [53, 20, 12, 149],
];
const podvezkoOptions = {
  weights: [0.26, 0.23, 0.24, 0.27],
  directions: ['benefit', 'benefit', 'cost', 'cost'],
} as const;

// Kundakci, N. and Tus Isik, A. (2016). Integration of MACBETH and COPRAS methods to select air
// compressor for a textile company. Decision Science Letters 5(3), 381-394,
// doi:10.5267/j.dsl.2016.2.003: six compressors, nine criteria of which four are costs, MACBETH
// weights; utility degrees N (as fractions of the best, four decimals) as quoted with this
// citation in the pymcdm test suite (test/test_mcdm.py, TestCOPRAS, before pymcdm replaced it).
const kundakci = [
  [1543, 2000, 39000, 15, 13.76, 3.86, 5, 3, 5000],
  [1496, 3600, 43000, 14, 14, 2.5, 4, 4, 4000],
  [1584, 3100, 24500, 10, 13.1, 3.7, 2, 2, 3500],
  [1560, 2700, 36000, 12, 13.2, 3.2, 3, 3, 3500],
  [1572, 2500, 31500, 13, 13.3, 3.4, 3, 2, 3500],
  [1580, 2400, 20000, 12, 12.8, 3.9, 2, 2, 3000],
];
const kundakciOptions = {
  weights: [0.2027, 0.1757, 0.1622, 0.1351, 0.1081, 0.0946, 0.0676, 0.0405, 0.0135],
  directions: [
    'cost',
    'cost',
    'cost',
    'benefit',
    'benefit',
    'cost',
    'benefit',
    'benefit',
    'benefit',
  ],
} as const;

// Goswami, S. S. and Mitra, S. (2020). Selecting the best mobile model by applying AHP-COPRAS and
// AHP-ARAS decision making methodology. International Journal of Data and Network Science 4(1),
// 27-42, doi:10.5267/j.ijdns.2019.8.004: ten phones, price (cost) and three benefit criteria, AHP
// weights; utility degrees N (fractions, five decimals) as quoted with this citation in the
// pyrepo-mcda test suite (tests/test_mcda_methods_2.py, Test_COPRAS).
const goswami = [
  [80, 16, 2, 5],
  [110, 32, 2, 9],
  [130, 64, 4, 9],
  [185, 64, 4, 1],
  [135, 64, 3, 4],
  [140, 32, 3, 5],
  [185, 64, 6, 7],
  [110, 16, 3, 3],
  [120, 16, 4, 3],
  [340, 128, 6, 5],
];
const goswamiOptions = {
  weights: [0.60338, 0.13639, 0.19567, 0.06456],
  directions: ['cost', 'benefit', 'benefit', 'benefit'],
} as const;

describe('copras', () => {
  it('reproduces Podvezko (2011), Tables 7 and 8, Variant II', () => {
    const result = copras(podvezko, podvezkoOptions);
    expect(rounded(result.benefitSum, 3)).toEqual([0.142, 0.184, 0.164]);
    expect(rounded(result.costSum, 3)).toEqual([0.151, 0.191, 0.168]);
    expect(rounded(result.significance, 3)).toEqual([0.332, 0.334, 0.335]);
    expect(result.scores).toEqual(result.significance);
    expect(result.ranks).toEqual([3, 2, 1]);
    // Podvezko (2011) shows that the Q values add up to the sum of the weights.
    expect(result.significance.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('reproduces Kundakci and Tus Isik (2016), four cost criteria', () => {
    const result = copras(kundakci, kundakciOptions);
    expect(rounded(result.utilityDegree, 2)).toEqual([100, 91.67, 86.75, 90.84, 93.15, 94.86]);
    expect(result.ranks).toEqual([1, 4, 6, 5, 3, 2]);
  });

  it('reproduces Goswami and Mitra (2020), one cost criterion', () => {
    const result = copras(goswami, goswamiOptions);
    expect(rounded(result.utilityDegree, 3)).toEqual([
      100, 85.262, 91.93, 68.523, 80.515, 72.587, 83.436, 79.758, 79.097, 79.533,
    ]);
    expect(result.ranks).toEqual([1, 3, 2, 10, 5, 9, 4, 6, 8, 7]);
  });

  it('does not reproduce the published tables with Q = S+ + S-, where a higher cost would help', () => {
    // Adding S- instead of rewarding a small S- picks another best alternative on the
    // Kundakci and Tus Isik data (the second compressor rather than the first).
    const result = copras(kundakci, kundakciOptions);
    const variant = result.benefitSum.map((s, i) => s + result.costSum[i]!);
    expect(variant.indexOf(Math.max(...variant))).toBe(1);
    expect(result.utilityDegree[0]).toBe(100);
  });

  it('lowers the score of an alternative whose cost rises', () => {
    const base = [
      [5, 2],
      [4, 3],
      [3, 4],
    ];
    const higherCost = [
      [5, 2.5],
      [4, 3],
      [3, 4],
    ];
    const options = { weights: [0.5, 0.5], directions: ['benefit', 'cost'] } as const;
    expect(copras(higherCost, options).scores[0]).toBeLessThan(copras(base, options).scores[0]!);
  });

  it('works out a small case by hand', () => {
    const result = copras(
      [
        [2, 1],
        [1, 1],
      ],
      { weights: [0.5, 0.5], directions: ['benefit', 'cost'] },
    );
    expect(result.benefitSum[0]).toBeCloseTo(1 / 3, 15);
    expect(result.costSum).toEqual([0.25, 0.25]);
    expect(result.scores[0]).toBeCloseTo(1 / 3 + 0.25, 15);
  });

  it('rejects negative values, zero columns and a zero cost sum with their place', () => {
    const options = { weights: [1, 1], directions: ['benefit', 'cost'] } as const;
    expect(() =>
      copras(
        [
          [1, -1],
          [1, 1],
        ],
        options,
      ),
    ).toThrow(expect.objectContaining({ code: 'negative-value', row: 0, column: 1 }));
    expect(() =>
      copras(
        [
          [0, 1],
          [0, 1],
        ],
        options,
      ),
    ).toThrow(expect.objectContaining({ code: 'zero-value', column: 0 }));
    expect(() =>
      copras(
        [
          [1, 0],
          [1, 1],
        ],
        options,
      ),
    ).toThrow(expect.objectContaining({ code: 'zero-value', row: 0 }));
  });
});
