// Validates every plan file of this example as one workspace and prints the findings with their
// line and column, a summary of the plan, the measures ranked by the scoring profile with the
// reason for each rank and how stable the top is, and every assessed need no measure addresses;
// then writes the HTML report of the workspace into dist/report.html and prints its path. Exits
// with 1 when any document has an error.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { summarizeWorkPlan, validateWorkspaceText } from '@itu-aicb/core';
import { renderPlanReport, scoreInWords, stabilityCaveat } from '@itu-aicb/report';
import { needsCoverage, prioritizationSensitivity, prioritizeMeasures } from '@itu-aicb/scoring';

const root = fileURLToPath(new URL('.', import.meta.url));
/** Random weight vectors of the stability analysis, and their seed: the same as the report's. */
const SENSITIVITY = { samples: 1000, seed: 1 };

function planFiles(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'dist' ? [] : planFiles(path);
    return /\.(ya?ml|json)$/.test(entry.name) && entry.name !== 'package.json' ? [path] : [];
  });
}

const files = planFiles(root)
  .sort()
  .map((path) => ({ source: relative(root, path), text: readFileSync(path, 'utf8') }));
const result = validateWorkspaceText(files);

for (const issue of [...result.issues, ...result.warnings]) {
  const where = issue.position
    ? `${issue.source}:${issue.position.line}:${issue.position.column}`
    : issue.source;
  console.log(`${where}  ${issue.severity}  ${issue.code}  ${issue.message}`);
  if (issue.hint) console.log(`    hint: ${issue.hint}`);
}

for (const { source, result: document } of result.documents) {
  if (document.ok && document.value.kind === 'WorkPlan') {
    const summary = summarizeWorkPlan(document.value);
    console.log(`\n${source}: ${document.value.title.en}`);
    console.log(
      `  ${summary.total.measures} measures, ${document.value.objectives.length} objectives`,
    );
    for (const [currency, money] of Object.entries(summary.total.budget)) {
      console.log(
        `  budget ${currency} ${money.amount.toLocaleString('en')} (secured ${money.secured.toLocaleString('en')})`,
      );
    }
    for (const [pillar, group] of Object.entries(summary.byPillar)) {
      console.log(`  ${pillar.padEnd(16)} ${group.measures} measure(s)`);
    }
  }
}

const valid = result.documents.flatMap(({ result: document }) =>
  document.ok ? [document.value] : [],
);
const ofKind = (kind) => valid.filter((document) => document.kind === kind);
const [plan] = ofKind('WorkPlan');
const [profile] = ofKind('ScoringProfile');
if (result.ok && plan !== undefined && profile !== undefined) {
  const assessments = ofKind('NeedsAssessment');
  const catalogues = ofKind('InitiativeCatalogue');
  const ranked = prioritizeMeasures({ plan, profile, assessments, catalogues });
  console.log(`\nPriorities (${ranked.method}, profile ${ranked.profile}):`);
  console.log(`  ${ranked.scoreMeaning}`);
  if (ranked.ranking[0] !== undefined)
    console.log(`  ${scoreInWords(ranked.ranking[0].score, ranked.method)}`);
  console.log(`  rank measure   score  data  title`);
  for (const entry of ranked.ranking) {
    const data = `${entry.completeness.measured}/${entry.completeness.criteria}`;
    console.log(
      `  ${String(entry.rank).padStart(2)}. ${entry.measureId.padEnd(9)} ${entry.score.toFixed(3)}  ${data.padStart(5)}  ${entry.title}`,
    );
    console.log(`      ${entry.reason}`);
  }
  if (ranked.incomplete.length > 0) console.log('  Not enough data to rank:');
  for (const entry of ranked.incomplete) {
    const data = `${entry.completeness.measured}/${entry.completeness.criteria}`;
    console.log(`   -  ${entry.measureId.padEnd(9)} ${data} measured  ${entry.title}`);
    console.log(`      missing: ${entry.missing.join('; ')}`);
  }
  for (const note of ranked.notes) console.log(`  note: ${note}`);
  const sensitivity = prioritizationSensitivity(ranked, profile, SENSITIVITY);
  const top = ranked.ranking[0];
  const first = sensitivity.acceptability.find((entry) => entry.measureId === top?.measureId);
  const caveat = stabilityCaveat(ranked, sensitivity);
  console.log(
    `\nStability: ${
      caveat ??
      `${top?.measureId} is first in ${((first?.byRank[0] ?? 0) * 100).toFixed(1)}% of ${SENSITIVITY.samples.toLocaleString('en')} random weightings (expected rank ${first?.expectedRank.toFixed(2)}).`
    }`,
  );
  const { uncovered, overlaps } = needsCoverage({ plan, assessments, catalogues });
  console.log(`\nAssessed needs no measure addresses (${uncovered.length}), most severe first:`);
  for (const need of uncovered) {
    console.log(
      `  ${need.place} ${need.pillar.padEnd(14)} gap ${need.gap}, severity ${need.severity.toFixed(2)}`,
    );
  }
  console.log(
    `\nPlaces where measures or initiatives of different bureaus serve the same pillar and region (${overlaps.length}):`,
  );
  for (const overlap of overlaps) {
    console.log(
      `  ${overlap.pillar.padEnd(14)} ${overlap.region.padEnd(6)} ${overlap.bureaus.join(', ')}: ${overlap.items.map((item) => item.id).join(', ')}`,
    );
  }
}

// The report takes whatever is valid, and lists every finding.
const out = join(root, 'dist');
mkdirSync(out, { recursive: true });
const report = join(out, 'report.html');
writeFileSync(
  report,
  renderPlanReport({
    plan,
    profile,
    assessments: ofKind('NeedsAssessment'),
    catalogues: ofKind('InitiativeCatalogue'),
    findings: [...result.issues, ...result.warnings],
    sensitivity: SENSITIVITY,
  }),
);
console.log(`\nReport: ${report}`);

const errors = result.issues.length;
console.log(
  `\n${files.length} files checked: ${errors} error(s), ${result.warnings.length} warning(s) or note(s).`,
);
process.exitCode = result.ok ? 0 : 1;
