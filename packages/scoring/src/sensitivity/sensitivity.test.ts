import { describe, expect, it } from 'vitest';
import { SCORING_METHODS, parseScoringProfile, parseWorkPlan } from '@itu-aicb/core';
import {
  compareMethods,
  createRandom,
  prioritizationSensitivity,
  prioritizeMeasures,
  rankAcceptability,
  splitMix64,
  ScoringError,
  criticWeights,
  rankOrderWeights,
  topsis,
  weightStability,
  weightedSum,
} from '../index.js';
import { scoringProfileInput, workPlanInput } from '../../../core/test/fixtures.js';
import { xoshiro128StarStar } from './random.js';

const matrix = [
  [4, 2],
  [3, 3],
  [5, 4],
];
const directions = ['benefit', 'cost'] as const;

describe('seeded generator', () => {
  it('reproduces the reference outputs of SplitMix64 and xoshiro128**', () => {
    // SplitMix64 from seed 1234567, as printed by the reference splitmix64.c.
    const next = splitMix64(1234567);
    expect([next(), next(), next(), next(), next()]).toEqual([
      6457827717110365317n,
      3203168211198807973n,
      9817491932198370423n,
      4593380528125082431n,
      16408922859458223821n,
    ]);
    // xoshiro128** from the state {1, 2, 3, 4}, as printed by the reference xoshiro128starstar.c.
    const words = xoshiro128StarStar([1, 2, 3, 4]);
    expect(Array.from({ length: 6 }, words)).toEqual([
      11520, 0, 5927040, 70819200, 2031721883, 1637235492,
    ]);
  });

  it('gives the same numbers for the same seed, others for another, all inside (0, 1)', () => {
    const draw = (seed: number) => Array.from({ length: 1000 }, createRandom(seed));
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
    expect(draw(7).every((u) => u > 0 && u < 1)).toBe(true);
    expect(() => createRandom(1.5)).toThrow(expect.objectContaining({ code: 'invalid-option' }));
  });
});

describe('weightStability', () => {
  it('gives the exact crossing points of a weighted sum', () => {
    // min-max: A (0.5, 1), B (0, 0.5), C (1, 0). With w1 = t, scores are A = 1 - t/2,
    // B = 0.5 - t/2, C = t: C passes B at t = 1/3 and A at t = 2/3.
    const result = weightStability(matrix, {
      method: 'weighted-sum',
      weights: [1, 1],
      directions,
    });
    expect(result.top).toEqual([0, 2, 1]);
    const [first, second] = result.criteria;
    expect(first).toMatchObject({ criterion: 0, weight: 0.5, exact: true });
    expect(first?.low).toBeCloseTo(1 / 3, 15);
    expect(first?.high).toBeCloseTo(2 / 3, 15);
    expect(first?.belowLow).toEqual([0, 1, 2]);
    expect(first?.aboveHigh).toEqual([2, 0, 1]);
    expect(second?.low).toBeCloseTo(1 / 3, 15);
    expect(second?.high).toBeCloseTo(2 / 3, 15);
  });

  it('narrows a TOPSIS breakpoint to the tolerance, agreeing with a fine scan', () => {
    const wide = [
      [7, 9, 9],
      [8, 7, 8],
      [9, 6, 8],
      [6, 7, 8],
    ];
    const options = {
      method: 'topsis' as const,
      weights: [0.4, 0.35, 0.25],
      directions: ['benefit', 'benefit', 'cost'] as const,
      top: 2,
    };
    const result = weightStability(wide, options);
    const high = result.criteria[0]?.high ?? Number.NaN;
    const low = result.criteria[0]?.low ?? Number.NaN;
    // A scan in steps of 1e-4 finds the same bounds to within a step.
    const again = (t: number) =>
      topsis(wide, {
        weights: [t, (0.35 * Math.max(0, 1 - t)) / 0.6, (0.25 * Math.max(0, 1 - t)) / 0.6],
        directions: options.directions,
        ties: 'ordinal',
      })
        .ranks.map((rank, i) => [rank, i])
        .sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0))
        .slice(0, 2)
        .map(([, i]) => i);
    const top = result.top;
    let scanHigh = 0.4;
    while (scanHigh + 1e-4 <= 1 && JSON.stringify(again(scanHigh + 1e-4)) === JSON.stringify(top))
      scanHigh += 1e-4;
    let scanLow = 0.4;
    while (scanLow - 1e-4 >= 0 && JSON.stringify(again(scanLow - 1e-4)) === JSON.stringify(top))
      scanLow -= 1e-4;
    expect(Math.abs(high - scanHigh)).toBeLessThan(1.1e-4);
    expect(Math.abs(low - scanLow)).toBeLessThan(1.1e-4);
    expect(result.criteria[0]?.exact).toBe(false);
  });

  it('rejects a top outside 1..m', () => {
    expect(() =>
      weightStability(matrix, { method: 'topsis', weights: [1, 1], directions, top: 4 }),
    ).toThrow(expect.objectContaining({ code: 'invalid-option' }));
  });
});

describe('rankAcceptability', () => {
  it('gives a dominating alternative every first place, and rows that sum to 1', () => {
    const result = rankAcceptability(
      [
        [9, 1],
        [5, 5],
        [1, 9],
        [0, 0],
      ],
      { method: 'topsis', directions: ['benefit', 'benefit'], samples: 2000, seed: 3 },
    );
    expect(result.acceptability[3]).toEqual([0, 0, 0, 1]);
    for (const row of result.acceptability) {
      expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    }
    for (let place = 0; place < 4; place++) {
      const column = result.acceptability.reduce((sum, row) => sum + (row[place] ?? 0), 0);
      expect(column).toBeCloseTo(1, 12);
    }
    expect(result.centralWeights[3]).toBeNull();
    const dominated = rankAcceptability(
      [
        [9, 9],
        [5, 5],
      ],
      { method: 'weighted-sum', directions: ['benefit', 'benefit'], samples: 100, seed: 1 },
    );
    expect(dominated.acceptability).toEqual([
      [1, 0],
      [0, 1],
    ]);
    expect(dominated.expectedRank).toEqual([1, 2]);
  });

  it('splits tied places evenly, so rows and columns sum to 1', () => {
    const result = rankAcceptability(
      [
        [1, 1],
        [1, 1],
        [0, 0],
      ],
      { method: 'weighted-sum', directions: ['benefit', 'benefit'], samples: 10, seed: 1 },
    );
    expect(result.acceptability).toEqual([
      [0.5, 0.5, 0],
      [0.5, 0.5, 0],
      [0, 0, 1],
    ]);
    expect(result.expectedRank).toEqual([1.5, 1.5, 3]);
  });

  it('matches the analytic share of a two-criterion trade-off', () => {
    // Weighted sum of (1, 0) and (0, 1) with w1 uniform on [0, 1]: the first wins when w1 > 1/2.
    const result = rankAcceptability(
      [
        [1, 0],
        [0, 1],
      ],
      { method: 'weighted-sum', directions: ['benefit', 'benefit'], samples: 20_000, seed: 11 },
    );
    expect(result.acceptability[0]?.[0]).toBeCloseTo(0.5, 1);
    // The central weight of the first is the mean of w1 over (1/2, 1]: 3/4.
    expect(result.centralWeights[0]?.[0]).toBeCloseTo(0.75, 1);
  });

  it('repeats itself for a seed, and permutes with the alternatives', () => {
    const options = { method: 'vikor' as const, directions, samples: 500, seed: 9 };
    const once = rankAcceptability(matrix, options);
    expect(rankAcceptability(matrix, options)).toEqual(once);
    const reversed = rankAcceptability([...matrix].reverse(), options);
    expect(reversed.acceptability).toEqual([...once.acceptability].reverse());
  });

  it('keeps weights within ranges and rejects impossible ones', () => {
    const result = rankAcceptability(
      [
        [1, 0],
        [0, 1],
      ],
      {
        method: 'weighted-sum',
        directions: ['benefit', 'benefit'],
        samples: 500,
        seed: 5,
        ranges: [
          [0.6, 1],
          [0, 0.4],
        ],
      },
    );
    expect(result.acceptability[0]?.[0]).toBe(1);
    for (const ranges of [
      [
        [0.7, 1],
        [0.7, 1],
      ],
      [
        [0, 0.2],
        [0, 0.2],
      ],
    ] as const) {
      expect(() =>
        rankAcceptability(matrix, { method: 'topsis', directions, samples: 10, seed: 1, ranges }),
      ).toThrow(expect.objectContaining({ code: 'invalid-option' }));
    }
    expect(() =>
      rankAcceptability(matrix, { method: 'topsis', directions, samples: 0, seed: 1 }),
    ).toThrow(expect.objectContaining({ code: 'invalid-option' }));
  });
});

describe('bad input from untyped callers', () => {
  it('is a ScoringError, never a TypeError or a NaN', () => {
    const cases: (() => unknown)[] = [
      () => rankAcceptability(matrix, undefined as never),
      () => weightStability(matrix, null as never),
      () => compareMethods(matrix, undefined as never),
      () =>
        rankAcceptability(matrix, {
          method: 'topsis',
          directions,
          samples: 10,
          seed: 1,
          ranges: [null, [0, 1]] as never,
        }),
      () => rankAcceptability(matrix, { method: null as never, directions, samples: 10, seed: 1 }),
      () => criticWeights(matrix, undefined as never),
      () => rankOrderWeights(0 as never),
    ];
    for (const run of cases) expect(run).toThrow(ScoringError);
    // Finite values spanning more than the largest double are scaled, not refused.
    const wide = weightedSum(
      [
        [1e308, 1],
        [-1e308, 2],
        [0, 3],
      ],
      { weights: [1, 1], directions },
    );
    expect(wide.scores.every(Number.isFinite)).toBe(true);
  });

  it('keeps a single criterion at weight 1', () => {
    const result = weightStability([[1], [2], [3]], {
      method: 'topsis',
      weights: [1],
      directions: ['benefit'],
    });
    expect(result.criteria).toEqual([
      { criterion: 0, weight: 1, low: 1, high: 1, belowLow: null, aboveHigh: null, exact: true },
    ]);
  });
});

describe('compareMethods', () => {
  it('gives each method’s ranks and their correlations', () => {
    const result = compareMethods(matrix, {
      methods: ['weighted-sum', 'topsis', 'vikor'],
      weights: [1, 1],
      directions,
    });
    expect(result.methods.map((m) => m.method)).toEqual(['weighted-sum', 'topsis', 'vikor']);
    expect(result.methods[0]?.ranks).toEqual([1, 3, 2]);
    result.spearman.forEach((row, a) => {
      expect(row[a]).toBe(1);
    });
    expect(result.spearman[0]?.[1]).toBe(result.spearman[1]?.[0]);
    expect(() =>
      compareMethods(matrix, { methods: ['topsis'], weights: [1, 1], directions }),
    ).toThrow(expect.objectContaining({ code: 'invalid-option' }));
  });
});

/** A plan whose measures differ only in their feasibility (f) and risk (r) estimates. */
function planWith(measures: readonly { id: string; f: number; r: number }[]) {
  const input = workPlanInput();
  const template = input.measures[0]!;
  input.measures = measures.map(({ id, f, r }) => ({
    ...template,
    id,
    schedule: { ...template.schedule, milestones: [] },
    estimates: { feasibility: f, risk: r },
  })) as never;
  return input;
}

describe('prioritizationSensitivity', () => {
  it('analyses a prioritisation by measure and criterion ids', () => {
    const input = planWith([
      { id: 'A', f: 4, r: 2 },
      { id: 'B', f: 3, r: 3 },
      { id: 'C', f: 5, r: 4 },
    ]);
    const profile = parseScoringProfile({
      ...scoringProfileInput(),
      method: { name: 'weighted-sum' },
      criteria: [
        { id: 'feasibility', weight: 1 },
        { id: 'risk', weight: 1 },
      ],
    });
    const result = prioritizeMeasures({ plan: parseWorkPlan(input), profile });
    const sensitivity = prioritizationSensitivity(result, profile, { samples: 1000, seed: 2 });
    expect(sensitivity.top).toEqual(['A', 'C', 'B']);
    expect(sensitivity.weightStability.map((c) => [c.criterion, c.low, c.high])).toEqual([
      ['feasibility', expect.closeTo(1 / 3, 12), expect.closeTo(2 / 3, 12)],
      ['risk', expect.closeTo(1 / 3, 12), expect.closeTo(2 / 3, 12)],
    ]);
    expect(sensitivity.acceptability.map((a) => a.measureId)).toEqual(['A', 'C', 'B']);
    expect(sensitivity.agreement.methods.map((m) => m.method)).toEqual([
      'weighted-sum',
      'weighted-product',
      'topsis',
      'vikor',
      'promethee-ii',
      'copras',
      'spotis',
    ]);
    expect(sensitivity.skippedMethods).toEqual([]);
  });

  it('names the measure and the criterion of a method left out, not a row and column', () => {
    const input = planWith([
      { id: 'A', f: 4, r: 2 },
      { id: 'B', f: 3, r: 3 },
      { id: 'C', f: 5, r: 4 },
    ]);
    input.measures = input.measures.map((measure, i) =>
      i === 1 ? { ...measure, mandates: [], sdgTargets: [] } : measure,
    );
    const profile = parseScoringProfile({
      ...scoringProfileInput(),
      method: { name: 'copras' },
      criteria: [
        { id: 'feasibility', weight: 1 },
        { id: 'alignment', weight: 1 },
      ],
    });
    const result = prioritizeMeasures({ plan: parseWorkPlan(input), profile });
    const sensitivity = prioritizationSensitivity(result, { samples: 200, seed: 3 });
    expect(sensitivity.skippedMethods).toEqual([
      {
        method: 'weighted-product',
        reason:
          'The value of measure B on Alignment with mandates and SDG targets is 0; the weighted product needs positive values.',
      },
    ]);
  });

  it('never fails where the ranking succeeds, for every method of the registry', () => {
    // A constant criterion (risk), a zero (B's alignment) and a tie (A and D): the cases that stop
    // one method or another.
    const input = planWith([
      { id: 'A', f: 4, r: 2 },
      { id: 'B', f: 3, r: 2 },
      { id: 'C', f: 5, r: 2 },
      { id: 'D', f: 4, r: 2 },
    ]);
    input.measures = input.measures.map((measure, i) =>
      i === 1 ? { ...measure, mandates: [], sdgTargets: [] } : measure,
    );
    const plan = parseWorkPlan(input);
    const analysed: string[] = [];
    for (const name of SCORING_METHODS) {
      const profile = parseScoringProfile({
        ...scoringProfileInput(),
        method: { name },
        criteria: [
          { id: 'feasibility', weight: 2 },
          { id: 'risk', weight: 1 },
          { id: 'alignment', weight: 1 },
        ],
      });
      let result;
      try {
        result = prioritizeMeasures({ plan, profile });
      } catch {
        continue;
      }
      const sensitivity = prioritizationSensitivity(result, profile, { samples: 50, seed: 4 });
      expect(sensitivity.acceptability).toHaveLength(4);
      analysed.push(name);
    }
    // Only the weighted product cannot rank a zero.
    expect(analysed).toEqual(SCORING_METHODS.filter((name) => name !== 'weighted-product'));
  });

  it('takes the method settings from the prioritisation, so it needs no profile', () => {
    const input = planWith([
      { id: 'A', f: 4, r: 2 },
      { id: 'B', f: 3, r: 3 },
      { id: 'C', f: 5, r: 4 },
      { id: 'D', f: 2, r: 1 },
    ]);
    const profile = parseScoringProfile({
      ...scoringProfileInput(),
      method: { name: 'vikor', v: 0.7, normalization: 'max' },
      criteria: [
        { id: 'feasibility', weight: 2 },
        { id: 'risk', weight: 1 },
      ],
    });
    const result = prioritizeMeasures({ plan: parseWorkPlan(input), profile });
    expect(result.settings).toEqual({
      name: 'vikor',
      v: 0.7,
      normalization: 'max',
      preference: [{ type: 'usual' }, { type: 'usual' }],
      bounds: [
        [1, 5],
        [1, 5],
      ],
    });
    const options = { samples: 500, seed: 3, top: 2 };
    const sensitivity = prioritizationSensitivity(result, options);
    expect(sensitivity).toEqual(prioritizationSensitivity(result, profile, options));
    // The agreement runs every method with the same settings; VIKOR keeps its v of 0.7.
    const direct = compareMethods(result.matrix, {
      methods: [
        { name: 'vikor', v: 0.7 },
        { name: 'topsis', normalization: 'max' },
      ],
      weights: result.criteria.map((c) => c.weight),
      directions: result.criteria.map((c) => c.direction),
    });
    expect(sensitivity.agreement.methods[0]).toEqual(direct.methods[0]);
    const topsisRun = sensitivity.agreement.methods.find((m) => m.method === 'topsis');
    expect(topsisRun).toEqual(direct.methods[1]);
    expect(() =>
      prioritizationSensitivity(result, { ...profile, id: 'another-profile' }, options),
    ).toThrow(expect.objectContaining({ code: 'invalid-option' }));
  });
});
