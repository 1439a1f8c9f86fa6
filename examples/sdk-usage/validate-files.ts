// Validates plan files from code and prints each finding with its file, line and column.
//   pnpm --filter ./examples/sdk-usage validate
import { validateWorkspaceText } from '@itu-aicb/core';
import type { SourceText } from '@itu-aicb/core';
import { isMain, readPlanFiles } from './workspace.js';

/** Validates the files as one workspace; returns the printed lines and whether all are valid. */
export function validateFiles(files: readonly SourceText[]): { ok: boolean; lines: string[] } {
  const result = validateWorkspaceText(files);
  const lines = [...result.issues, ...result.warnings].map((issue) => {
    const where = issue.position
      ? `${issue.source ?? ''}:${issue.position.line}:${issue.position.column}`
      : (issue.source ?? '');
    return `${where} ${issue.severity} ${issue.code}: ${issue.message}${issue.hint ? ` (${issue.hint})` : ''}`;
  });
  lines.push(
    `${files.length} files: ${result.issues.length} errors, ${result.warnings.length} warnings or notes`,
  );
  return { ok: result.ok, lines };
}

if (isMain(import.meta.url)) {
  const broken: SourceText = {
    source: 'broken-assessment.yaml',
    text: 'kind: NeedsAssessment\nschemaVersion: 1\nid: na-xyz\nscope: { type: contry, country: XYZ }\n',
  };
  for (const files of [readPlanFiles(), [broken]]) {
    const { lines } = validateFiles(files);
    for (const line of lines) console.log(line);
    console.log();
  }
}
