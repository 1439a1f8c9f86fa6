import { describe, expect, it } from 'vitest';
import {
  SDG_GOALS,
  SDG_GOAL_LABELS,
  SDG_TARGETS,
  SDG_TARGETS_SOURCE,
  SDG_TARGET_PATTERN,
  isSdgTarget,
  isSdgTargetFormat,
  sdgGoalOf,
} from './sdg-targets.js';

/** Targets per goal in the 2030 Agenda, numbered and lettered together. */
const OFFICIAL_COUNTS: Record<number, number> = {
  1: 7,
  2: 8,
  3: 13,
  4: 10,
  5: 9,
  6: 8,
  7: 5,
  8: 12,
  9: 8,
  10: 10,
  11: 10,
  12: 11,
  13: 5,
  14: 10,
  15: 12,
  16: 12,
  17: 19,
};

describe('SDG goals', () => {
  it('numbers the goals 1 to 17 with a non-empty label for each', () => {
    expect(SDG_GOALS.every((goal, index) => goal === index + 1)).toBe(true);
    expect(SDG_GOALS).toHaveLength(17);
    for (const goal of SDG_GOALS) expect(SDG_GOAL_LABELS[goal].trim()).not.toBe('');
  });
});

describe('SDG_TARGETS', () => {
  it('has exactly 169 unique targets', () => {
    expect(SDG_TARGETS).toHaveLength(169);
    expect(new Set(SDG_TARGETS).size).toBe(169);
  });

  it('has the official number of targets per goal', () => {
    const counts: Record<number, number> = {};
    for (const target of SDG_TARGETS) {
      const goal = sdgGoalOf(target) ?? 0;
      counts[goal] = (counts[goal] ?? 0) + 1;
    }
    expect(counts).toEqual(OFFICIAL_COUNTS);
  });

  it('lists goals in order, numbered targets from 1 without gaps, then letters from a', () => {
    let previousGoal = 0;
    let expectedNumber = 1;
    let expectedLetter = 'a';
    for (const target of SDG_TARGETS) {
      const [goalText = '', part = ''] = target.split('.');
      const goal = Number(goalText);
      if (goal !== previousGoal) {
        expect(goal).toBe(previousGoal + 1);
        previousGoal = goal;
        expectedNumber = 1;
        expectedLetter = 'a';
      }
      if (/^\d+$/.test(part)) {
        expect(expectedLetter).toBe('a');
        expect(Number(part)).toBe(expectedNumber++);
      } else {
        expect(part).toBe(expectedLetter);
        expectedLetter = String.fromCharCode(expectedLetter.charCodeAt(0) + 1);
      }
    }
  });

  it('matches its own pattern', () => {
    const pattern = new RegExp(SDG_TARGET_PATTERN);
    for (const target of SDG_TARGETS) expect(pattern.test(target)).toBe(true);
  });

  it('names its source and as-of date', () => {
    expect(SDG_TARGETS_SOURCE.asOf).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
  });
});

describe('isSdgTarget', () => {
  it('accepts official targets and rejects well-formed but unknown ones', () => {
    for (const target of ['4.4', '5.b', '9.c', '17.19', '1.1'])
      expect(isSdgTarget(target)).toBe(true);
    for (const value of ['4.d', '17.20', '1.6', '16.c', '4', '4.4.1', '04.4', 'SDG4.4']) {
      expect(isSdgTarget(value)).toBe(false);
    }
    for (const value of [4.4, null, undefined, {}]) expect(isSdgTarget(value)).toBe(false);
  });
});

describe('isSdgTargetFormat', () => {
  it('checks the written form only', () => {
    for (const value of ['4.d', '17.20', '1.1', '10.a'])
      expect(isSdgTargetFormat(value)).toBe(true);
    for (const value of ['18.1', '0.1', '4.0', '4.A', '4', '4.', '.4', ' 4.4', 4.4, null]) {
      expect(isSdgTargetFormat(value)).toBe(false);
    }
  });
});

describe('sdgGoalOf', () => {
  it('reads the goal of a target and gives undefined for other text', () => {
    expect(sdgGoalOf('17.18')).toBe(17);
    expect(sdgGoalOf('4.b')).toBe(4);
    expect(sdgGoalOf('18.1')).toBeUndefined();
    expect(sdgGoalOf('goal 4')).toBeUndefined();
  });
});
