// Prioritises the measures of the example workspace by its scoring profile and prints a table.
//   pnpm --filter ./examples/sdk-usage prioritize
import { validateWorkspaceText } from '@itu-aicb/core';
import type { PlanDocument } from '@itu-aicb/core';
import { prioritizeMeasures } from '@itu-aicb/scoring';
import type { Prioritization } from '@itu-aicb/scoring';
import { isMain, readPlanFiles } from './workspace.js';

/** The valid documents of the example workspace, by kind. */
export function loadExample() {
  const result = validateWorkspaceText(readPlanFiles());
  const documents: PlanDocument[] = result.documents.flatMap(({ result: r }) =>
    r.ok ? [r.value] : [],
  );
  const plan = documents.find((d) => d.kind === 'WorkPlan');
  const profile = documents.find((d) => d.kind === 'ScoringProfile');
  if (plan?.kind !== 'WorkPlan' || profile?.kind !== 'ScoringProfile') {
    throw new Error('The example workspace needs a valid work plan and scoring profile.');
  }
  return {
    plan,
    profile,
    assessments: documents.flatMap((d) => (d.kind === 'NeedsAssessment' ? [d] : [])),
    catalogues: documents.flatMap((d) => (d.kind === 'InitiativeCatalogue' ? [d] : [])),
  };
}

/** The ranking as table lines: rank, measure, score and the reason. */
export function rankingTable(result: Prioritization): string[] {
  return [
    `rank  measure    score   reason (${result.method})`,
    ...result.ranking.map(
      (entry) =>
        `${String(entry.rank).padStart(4)}  ${entry.measureId.padEnd(9)}  ${entry.score.toFixed(3)}   ${entry.reason}`,
    ),
  ];
}

if (isMain(import.meta.url)) {
  const result = prioritizeMeasures(loadExample());
  for (const line of rankingTable(result)) console.log(line);
  for (const note of result.notes) console.log(`note: ${note}`);
}
