import type { Report } from '../validate/report.js';
import { checkedFiles } from '../validate/report.js';

/** The version of the JSON output's shape; it changes only when a field changes meaning or goes. */
export const JSON_FORMAT_VERSION = 1;

/**
 * The JSON format: one object with the tool, the outcome, the counts, the files and the findings
 * (those accepted by a suppression or the baseline last, marked), described by `schemas/validate-output.schema.json` in this package.
 *
 * @param report - The report.
 * @returns The JSON text, indented, ending with a line break.
 */
export function renderJson(report: Report): string {
  const output = {
    formatVersion: JSON_FORMAT_VERSION,
    tool: { name: 'aicb', version: report.version },
    ok: report.exitCode === 0,
    exitCode: report.exitCode,
    language: report.locale?.language ?? 'en',
    options: {
      strict: report.policy.strict,
      maxWarnings: report.policy.maxWarnings ?? null,
      quiet: report.policy.quiet,
    },
    summary: {
      files: checkedFiles(report),
      suppressed: report.accepted.filter((finding) => finding.suppression !== undefined).length,
      baselined: report.accepted.filter((finding) => finding.suppression === undefined).length,
      unreadable: report.unreadable,
      skipped: report.skipped.length,
      ...report.counts,
    },
    files: report.files.map((file) => ({
      path: file.path,
      kind: file.kind,
      ...(report.fileCounts.get(file.path) ?? { errors: 0, warnings: 0, infos: 0 }),
    })),
    skipped: report.skipped.map((file) => ({ path: file.path, reason: file.reason })),
    findings: [...report.findings, ...report.accepted].map((finding) => ({
      file: finding.file,
      line: finding.position?.line ?? null,
      column: finding.position?.column ?? null,
      endLine: finding.position?.endLine ?? null,
      endColumn: finding.position?.endColumn ?? null,
      severity: finding.severity,
      code: finding.code,
      message: finding.message,
      hint: finding.hint ?? null,
      pointer: finding.pointer,
      params: finding.params ?? {},
      fingerprint: finding.fingerprint ?? null,
      suppression: finding.suppression ?? null,
      baseline: finding.baseline ?? null,
    })),
  };
  return `${JSON.stringify(output, null, 2)}\n`;
}
