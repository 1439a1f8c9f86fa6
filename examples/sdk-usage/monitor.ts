// Getting started, step 3: monitor progress. Read the progress reports as of a date: the state of
// each measure, and the three lenses of Council Resolution 1332.
//   pnpm --filter ./examples/sdk-usage monitor
import { fileURLToPath } from 'node:url';
import { planHealth } from '@itu-aicb/core';
import { loadPlanFiles } from '@itu-aicb/core/node';
import { resolution1332Lenses } from '@itu-aicb/scoring';

const folder = fileURLToPath(new URL('../itu-ai-capacity-building/', import.meta.url));
const loaded = await loadPlanFiles('.', { cwd: folder });
const [plan] = loaded.plans;
if (plan === undefined) {
  console.log('The files hold no work plan.');
  process.exit(1);
}

const asOf = '2026-12-01';
const health = planHealth(plan, loaded.reports, asOf);
for (const measure of health.measures) console.log(`${measure.measure} ${measure.state}`);

// With the assessments and catalogues, the overlaps between bureaus are those `aicb status` finds.
const { intersectoral, regional, membership } = resolution1332Lenses({
  plan,
  reports: loaded.reports,
  asOf,
  assessments: loaded.assessments,
  catalogues: loaded.catalogues,
});
const covered = intersectoral.overlaps.filter((overlap) => overlap.coveredBy.length > 0);
console.log(
  `joint measures: ${intersectoral.jointMeasures.length} of ${intersectoral.measures}; ` +
    `overlaps covered: ${covered.length} of ${intersectoral.overlaps.length}; ` +
    `meetings: ${intersectoral.meetings.held} of ${intersectoral.meetings.expected} (${intersectoral.meetings.cadence})`,
);
console.log(
  `countries reached: ${regional.countries.reached} of ${regional.countries.targeted}; ` +
    `pledges delivered: ${membership.delivered} of ${membership.pledged}`,
);
