import { describe, expect, it } from 'vitest';
import type { Prioritization, PrioritizationSensitivity } from '@itu-aicb/scoring';
import { scoreInWords, stabilityCaveat } from '@itu-aicb/report';

/** A ranking of measures A, B, C and an analysis in which A is first in `share` of the draws. */
function analysed(share: number): [Prioritization, PrioritizationSensitivity] {
  const ranking = ['A', 'B', 'C'].map((measureId, index) => ({ measureId, rank: index + 1 }));
  const rest = (1 - share) / 2;
  const acceptability = [
    { measureId: 'A', byRank: [share, rest, rest], expectedRank: 1.9, centralWeights: null },
    {
      measureId: 'B',
      byRank: [rest + 0.1, 0.5, 0.4 - rest],
      expectedRank: 2,
      centralWeights: null,
    },
    { measureId: 'C', byRank: [rest - 0.1, 0.3, 0.2], expectedRank: 2.1, centralWeights: null },
  ];
  return [
    { ranking } as unknown as Prioritization,
    { acceptability, samples: 2000 } as unknown as PrioritizationSensitivity,
  ];
}

describe('stabilityCaveat', () => {
  it('warns when the first measure is first in less than half the draws, naming the most frequent first', () => {
    const caveat = stabilityCaveat(...analysed(0.3));
    expect(caveat).toMatch(
      /A ranks first .* only 30\.0% of 2,000 random weightings \(expected rank 1\.90\)\. B is first most often \(45\.0%\)/,
    );
  });

  it('says nothing when the first measure is first in half the draws or more', () => {
    expect(stabilityCaveat(...analysed(0.5))).toBeUndefined();
    expect(stabilityCaveat(...analysed(0.9))).toBeUndefined();
  });
});

describe('scoreInWords', () => {
  it('reads a TOPSIS closeness as the way from the worst to the best', () => {
    expect(scoreInWords(0.501, 'topsis')).toMatch(
      /^A score of 0\.501 means the measure stands 50% of the way/,
    );
  });

  it('says for every method which way is better', () => {
    expect(scoreInWords(0.2, 'vikor')).toMatch(/lower is better\.$/);
    expect(scoreInWords(0.2, 'spotis')).toMatch(/lower is better\.$/);
    expect(scoreInWords(-0.2, 'promethee-ii')).toMatch(
      /^A net flow of -0\.200 .*higher is better\.$/,
    );
    expect(scoreInWords(87.5, 'copras')).toMatch(/^A score of 87\.500 .*percent of the best/);
  });
});
