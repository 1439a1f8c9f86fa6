import type { ValidationIssue } from '@itu-aicb/core';
import { count, escapeHtml, table } from '../html/markup.js';
import type { ReportContext, ReportSection } from './report-context.js';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

function render({ input }: ReportContext): string {
  const findings = input.findings ?? [];
  if (findings.length === 0) return '<p>No findings: every file is valid.</p>';
  const bySource = new Map<string, ValidationIssue[]>();
  for (const finding of findings) {
    const source = finding.source ?? '(no file)';
    bySource.set(source, [...(bySource.get(source) ?? []), finding]);
  }
  const total = (severity: ValidationIssue['severity']): number =>
    findings.filter((f) => f.severity === severity).length;
  return [
    `<p>${count(total('error'), 'error')}, ${count(total('warning'), 'warning')} and ${count(total('info'), 'note')} in ${count(bySource.size, 'file')}.</p>`,
    ...[...bySource].map(([source, list]) =>
      table(
        `<code>${escapeHtml(source)}</code> (${count(list.length, 'finding')})`,
        ['Line:column', 'Severity', 'Code', 'Message'],
        [...list]
          .sort(
            (a, b) =>
              (a.position?.offset ?? -1) - (b.position?.offset ?? -1) ||
              SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
          )
          .map((f) => [
            f.position === undefined ? '' : `${f.position.line}:${f.position.column}`,
            `<span class="severity-${f.severity}">${f.severity}</span>`,
            `<code>${escapeHtml(f.code)}</code>`,
            `${escapeHtml(f.message)}${f.hint === undefined ? '' : `<br><span class="muted">${escapeHtml(f.hint)}</span>`}`,
          ]),
      ),
    ),
  ].join('');
}

/** Section 7: the findings of validation, by file. */
export const FINDINGS: ReportSection = { id: 'findings', title: 'Findings of validation', render };
