import type { Severity } from '@itu-aicb/core';
import type { Report } from '../validate/report.js';

const SEVERITIES: Readonly<Record<Severity, 'major' | 'minor' | 'info'>> = {
  error: 'major',
  warning: 'minor',
  info: 'info',
};

/**
 * GitLab's code-quality report: a JSON array with an issue per finding (its description, code as
 * `check_name`, fingerprint, severity and the file with its first line), which merge requests
 * show beside the diff. Findings accepted by a suppression or the baseline are left out.
 *
 * @param report - The report.
 * @returns The JSON text, ending with a line break.
 */
export function renderGitlab(report: Report): string {
  const seen = new Map<string, number>();
  const issues = report.findings.map((finding) => {
    // GitLab compares reports by fingerprint, which must be unique: the same code at the same
    // value twice in a file gets a running number.
    const key = `${finding.file}:${finding.fingerprint ?? finding.pointer}`;
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return {
      type: 'issue',
      check_name: finding.code,
      description:
        finding.hint === undefined ? finding.message : `${finding.message} ${finding.hint}`,
      categories: ['Bug Risk'],
      severity: SEVERITIES[finding.severity],
      fingerprint: count === 1 ? key : `${key}:${count}`,
      location: {
        path: finding.file,
        lines: { begin: finding.position?.line ?? 1 },
      },
    };
  });
  return `${JSON.stringify(issues, null, 2)}\n`;
}
