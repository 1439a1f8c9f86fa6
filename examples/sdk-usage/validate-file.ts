// Getting started, step 1: validate one plan file and print each finding with its line and column.
//   pnpm --filter ./examples/sdk-usage validate-file
import { readFile } from 'node:fs/promises';
import { validateDocumentText } from '@itu-aicb/core';

const file = new URL('../itu-ai-capacity-building/work-plan.yaml', import.meta.url);
const result = validateDocumentText(await readFile(file, 'utf8'), { format: 'yaml' });

const findings = result.ok ? result.warnings : [...result.issues, ...result.warnings];
for (const issue of findings) {
  console.log(`${issue.position?.line}:${issue.position?.column} ${issue.code} ${issue.message}`);
}
console.log(result.ok ? `a valid ${result.value.kind}` : 'not valid');
