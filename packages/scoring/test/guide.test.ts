// The worked example in docs/scoring.md is what prioritizeMeasures gives on the example workspace.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateWorkspaceText } from '@itu-aicb/core';
import type { PlanDocument } from '@itu-aicb/core';
import { prioritizeMeasures } from '@itu-aicb/scoring';

const example = new URL('../../../examples/itu-ai-capacity-building/', import.meta.url);
const guide = readFileSync(new URL('../../../docs/scoring.md', import.meta.url), 'utf8');

function exampleDocuments(): PlanDocument[] {
  const names = [
    'work-plan.yaml',
    'initiatives.yaml',
    'scoring-profile.yaml',
    ...readdirSync(new URL('assessments/', example)).map((name) => `assessments/${name}`),
  ];
  const result = validateWorkspaceText(
    names.map((name) => ({ source: name, text: readFileSync(new URL(name, example), 'utf8') })),
  );
  expect(result.issues).toEqual([]);
  return result.documents.flatMap(({ result: document }) => (document.ok ? [document.value] : []));
}

describe('scoring guide', () => {
  it('shows the ranking prioritizeMeasures gives on the example workspace', () => {
    const documents = exampleDocuments();
    const plan = documents.find((d) => d.kind === 'WorkPlan');
    const profile = documents.find((d) => d.kind === 'ScoringProfile');
    if (plan?.kind !== 'WorkPlan' || profile?.kind !== 'ScoringProfile') throw new Error('missing');
    const result = prioritizeMeasures({
      plan,
      profile,
      assessments: documents.flatMap((d) => (d.kind === 'NeedsAssessment' ? [d] : [])),
      catalogues: documents.flatMap((d) => (d.kind === 'InitiativeCatalogue' ? [d] : [])),
    });
    const table = /<!-- worked-example:start -->([\s\S]*?)<!-- worked-example:end -->/.exec(guide);
    const rows = (table?.[1] ?? '')
      .split('\n')
      .filter((line) => /^\|\s*\d/.test(line))
      .map((line) =>
        line
          .split('|')
          .map((cell) => cell.trim())
          .slice(1, 4),
      );
    expect(rows).toEqual(
      result.ranking.map((entry) => [String(entry.rank), entry.measureId, entry.score.toFixed(3)]),
    );
    const first = result.ranking.find((entry) => entry.measureId === 'M-TAL-01');
    expect(first?.values.find((v) => v.criterion === 'need-severity')?.raw).toBeCloseTo(2.8, 12);
    expect(first?.values.find((v) => v.criterion === 'vulnerable-reach')?.raw).toBe(4);
    expect(first?.values.find((v) => v.criterion === 'cost-per-beneficiary')?.raw).toBeCloseTo(
      850_000 / 6_000,
      9,
    );
    expect(guide.replace(/\s+/g, ' ')).toContain(first?.reason);
  });
});
