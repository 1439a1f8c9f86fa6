// Validates every plan file of this example as one workspace and prints the findings with their
// line and column, then a summary of the plan. Exits with 1 when any document has an error.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { summarizeWorkPlan, validateWorkspaceText } from '@itu-aicb/core';

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

const errors = result.issues.length;
console.log(
  `\n${files.length} files checked: ${errors} error(s), ${result.warnings.length} warning(s) or note(s).`,
);
process.exitCode = result.ok ? 0 : 1;
