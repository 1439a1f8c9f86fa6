// Validates every plan file of this example as one workspace and prints the findings with their
// line and column, a summary of the plan, the measures ranked by the scoring profile with the
// reason for each rank, and the assessed needs no measure addresses. Exits with 1 when any
// document has an error.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { summarizeWorkPlan, validateWorkspaceText } from '@itu-aicb/core';
import { needsCoverage, prioritizeMeasures } from '@itu-aicb/scoring';

const root = fileURLToPath(new URL('.', import.meta.url));

function planFiles(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return planFiles(path);
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
  const { uncovered, overlaps } = needsCoverage({ plan, assessments, catalogues });
  console.log(`\nAssessed needs no measure addresses (${uncovered.length}), most severe first:`);
  for (const need of uncovered.slice(0, 5)) {
    console.log(
      `  ${need.place} ${need.pillar.padEnd(14)} gap ${need.gap}, severity ${need.severity.toFixed(2)}`,
    );
  }
  console.log(
    `${overlaps.length} places where measures or initiatives of different bureaus serve the same pillar and region.`,
  );
}

const errors = result.issues.length;
console.log(
  `\n${files.length} files checked: ${errors} error(s), ${result.warnings.length} warning(s) or note(s).`,
);
process.exitCode = result.ok ? 0 : 1;
