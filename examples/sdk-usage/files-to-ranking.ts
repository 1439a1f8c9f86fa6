// Getting started, step 2: from files to a ranking. Load a folder of plan files, print every
// finding, and rank the work plan's measures.
//   pnpm --filter ./examples/sdk-usage files-to-ranking
import { fileURLToPath } from 'node:url';
import { loadPlanFiles } from '@itu-aicb/core/node';
import { defaultScoringProfile, prioritizeMeasures } from '@itu-aicb/scoring';

const folder = fileURLToPath(new URL('../itu-ai-capacity-building/', import.meta.url));
const loaded = await loadPlanFiles('.', { cwd: folder });

for (const finding of loaded.findings) {
  const where = `${finding.source}:${finding.position?.line}:${finding.position?.column}`;
  console.log(`${where} ${finding.severity} ${finding.code} ${finding.message}`);
}
const [plan] = loaded.plans;
if (!loaded.ok || plan === undefined) {
  console.log('The files have errors, or hold no work plan: nothing to rank.');
  process.exit(1);
}

const ranked = prioritizeMeasures({
  plan,
  profile: loaded.profiles[0] ?? defaultScoringProfile(),
  assessments: loaded.assessments,
  catalogues: loaded.catalogues,
});
for (const entry of ranked.ranking) {
  console.log(`${entry.rank}. ${entry.measureId} ${entry.score.toFixed(3)} ${entry.reason}`);
}
for (const entry of ranked.incomplete) {
  const { measured, criteria } = entry.completeness;
  console.log(
    `Not enough data to rank ${entry.measureId}: ${measured} of ${criteria} criteria measured.`,
  );
}
