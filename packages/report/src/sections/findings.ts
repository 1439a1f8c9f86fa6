import type { ValidationIssue } from '@itu-aicb/core';
import { localizeIssue } from '@itu-aicb/core';
import { escapeHtml, table } from '../html/markup.js';
import type { ReportContext, ReportSection } from './report-context.js';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

function render({ input, words, given }: ReportContext): string {
  const w = words.findings;
  // With a locale, findings made in another language (or in English by a file reader) are worded
  // again from their parameters; one without parameters keeps its words.
  const findings = (input.findings ?? []).map((finding) => localizeIssue(finding, given));
  if (findings.length === 0) return `<p>${escapeHtml(w.none)}</p>`;
  const bySource = new Map<string, ValidationIssue[]>();
  for (const finding of findings) {
    const source = finding.source ?? w.noFile;
    bySource.set(source, [...(bySource.get(source) ?? []), finding]);
  }
  const total = (severity: ValidationIssue['severity']): number =>
    findings.filter((f) => f.severity === severity).length;
  return [
    `<p>${escapeHtml(w.totals(total('error'), total('warning'), total('info'), bySource.size))}</p>`,
    ...[...bySource].map(([source, list]) =>
      table(
        `<code>${escapeHtml(source)}</code> (${escapeHtml(w.count(list.length))})`,
        w.header.map(escapeHtml),
        [...list]
          .sort(
            (a, b) =>
              (a.position?.offset ?? -1) - (b.position?.offset ?? -1) ||
              SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
          )
          .map((f) => [
            f.position === undefined ? '' : `${f.position.line}:${f.position.column}`,
            `<span class="severity-${f.severity}">${escapeHtml(w.severities[f.severity])}</span>`,
            `<code>${escapeHtml(f.code)}</code>`,
            `${escapeHtml(f.message)}${f.hint === undefined ? '' : `<br><span class="muted">${escapeHtml(f.hint)}</span>`}`,
          ]),
      ),
    ),
  ].join('');
}

/** Section 7: the findings of validation, by file. */
export const FINDINGS: ReportSection = { id: 'findings', render };
