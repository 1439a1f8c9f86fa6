import { describe, expect, it } from 'vitest';
import type { Suppression, ValidationIssue } from '@itu-aicb/core';
import {
  findingFingerprint,
  parseText,
  scanSuppressionComments,
  suppressFindings,
  suppressionsInText,
} from '@itu-aicb/core';

const PLAN = [
  'kind: WorkPlan',
  'measures:',
  '  - id: M1',
  '    # aicb-disable-next-line plan/lead-also-contributor -- agreed with BDT, see minutes 2026-03',
  '    lead: BDT',
  "    title: 'a # b' # aicb-disable-line plan/x, plan/y -- two codes",
  '    note: "# aicb-disable-line plan/z -- inside a quoted scalar"',
  '    url: http://x#aicb-disable-line plan/z -- no space before the hash',
  '  # aicb-disable-next-line plan/missing-estimates',
  '',
].join('\n');

describe('scanSuppressionComments', () => {
  it('finds comments above and on a line, with codes and reasons', () => {
    const found = scanSuppressionComments(PLAN).map(({ codes, reason, line, position }) => ({
      codes,
      reason,
      line,
      at: [position.line, position.column],
    }));
    expect(found).toEqual([
      {
        codes: ['plan/lead-also-contributor'],
        reason: 'agreed with BDT, see minutes 2026-03',
        line: 5,
        at: [4, 5],
      },
      { codes: ['plan/x', 'plan/y'], reason: 'two codes', line: 6, at: [6, 20] },
      { codes: ['plan/missing-estimates'], reason: undefined, line: 10, at: [9, 3] },
    ]);
  });

  it('takes no text of block or multi-line quoted scalars for a comment', () => {
    const text = [
      'narrative: |',
      '  # aicb-disable-next-line plan/x -- quoted from the minutes',
      '  more text',
      'summary: >',
      '  # aicb-disable-line plan/y -- folded',
      'note: "first line',
      '  # aicb-disable-line plan/z -- inside quotes"',
      '# aicb-disable-next-line plan/w -- a real comment',
      'lead: BDT',
      '',
    ].join('\n');
    expect(
      scanSuppressionComments(text).map(({ codes, line, position }) => [
        codes,
        line,
        position.column,
      ]),
    ).toEqual([[['plan/w'], 9, 1]]);
  });

  it('reads CRLF line ends, and nothing from a text without directives or from a non-string', () => {
    expect(scanSuppressionComments('a: 1 # aicb-disable-line c -- r\r\n')[0]?.reason).toBe('r');
    expect(scanSuppressionComments('a: 1 # a comment\n')).toEqual([]);
    expect(scanSuppressionComments(42 as unknown as string)).toEqual([]);
  });
});

const issue = (code: string, pointer: string, line: number): ValidationIssue => ({
  code,
  severity: 'warning',
  path: [],
  pointer,
  message: code,
  source: 'plan.yaml',
  position: { line, column: 5, offset: 0, endLine: line, endColumn: 9, endOffset: 4 },
});

const configured = (entry: Partial<Suppression>): Suppression => ({
  kind: 'external',
  source: 'plan.yaml',
  codes: ['plan/a'],
  reason: 'accepted',
  origin: { source: 'aicb.config.yaml', pointer: '/suppressions/0' },
  ...entry,
});

describe('suppressFindings', () => {
  it('suppresses by comment line and code, keeping the finding with its reason', () => {
    const findings = [
      issue('plan/lead-also-contributor', '/measures/0/lead', 5),
      issue('plan/other', '/measures/0/lead', 5),
    ];
    const input = structuredClone(findings);
    const result = suppressFindings(findings, suppressionsInText('plan.yaml', PLAN), {
      today: '2026-05-01',
    });
    expect(findings).toEqual(input);
    expect(result.findings.map((finding) => finding.suppression)).toEqual([
      { kind: 'inSource', justification: 'agreed with BDT, see minutes 2026-03' },
      undefined,
    ]);
    expect(result.problems.map((problem) => [problem.code, problem.position?.line])).toEqual([
      ['suppression/missing-reason', 9],
      ['suppression/unused', 6],
    ]);
    expect(result.problems[0]?.severity).toBe('error');
  });

  it('suppresses configured entries by pointer and below it, and reports expiry and no match', () => {
    const findings = [issue('plan/a', '/measures/1/lead', 3), issue('plan/a', '/measures/10', 4)];
    const byPointer = suppressFindings(findings, [configured({ pointer: '/measures/1' })], {
      today: '2026-05-01',
    });
    expect(byPointer.findings.map((finding) => finding.suppression?.kind)).toEqual([
      'external',
      undefined,
    ]);
    const wholeFile = suppressFindings(findings, [configured({ expires: '2026-05-01' })], {
      today: '2026-05-01',
    });
    expect(wholeFile.findings.every((finding) => finding.suppression !== undefined)).toBe(true);
    const expired = suppressFindings(findings, [configured({ expires: '2026-04-30' })], {
      today: '2026-05-01',
    });
    expect(expired.findings.some((finding) => finding.suppression !== undefined)).toBe(false);
    expect(
      expired.problems.map((problem) => [problem.code, problem.source, problem.pointer]),
    ).toEqual([['suppression/expired', 'aicb.config.yaml', '/suppressions/0']]);
    const other = suppressFindings(findings, [configured({ source: 'other.yaml' })], {
      today: '2026-05-01',
    });
    expect(other.problems.map((problem) => problem.code)).toEqual(['suppression/unused']);
    const blank = suppressFindings(findings, [configured({ reason: '  ' })], {
      today: '2026-05-01',
    });
    expect(blank.problems.map((problem) => problem.code)).toEqual(['suppression/missing-reason']);
  });
});

describe('findingFingerprint', () => {
  const value = (text: string): unknown => {
    const parsed = parseText(text);
    return parsed.ok ? parsed.value : undefined;
  };
  const plan = 'measures:\n  - id: M1\n    lead: BDT\n';
  const finding = { code: 'plan/x', pointer: '/measures/0/lead' };

  it('keeps the fingerprint when the file changes elsewhere, and a list item moves', () => {
    const before = findingFingerprint(finding, value(plan));
    expect(before).toMatch(/^[0-9a-f]{16}$/);
    const edited = `title: new\n${plan.replace('measures:', 'measures:\n  - id: M0')}`;
    expect(findingFingerprint({ ...finding, pointer: '/measures/1/lead' }, value(edited))).toBe(
      before,
    );
  });

  it('names list items without ids by their natural key, and scalar items by value', () => {
    const report = [
      'measureProgress:',
      '  - measure: M1',
      '    status: ongoing',
      '  - measure: M2',
      '    spend: { amount: 470000 }',
      '',
    ].join('\n');
    const spend = { code: 'report/x', pointer: '/measureProgress/1/spend/amount' };
    const before = findingFingerprint(spend, value(report));
    const moved = report
      .replace('  - measure: M1\n    status: ongoing\n', '')
      .concat('  - measure: M1\n    status: ongoing\n');
    expect(
      findingFingerprint({ ...spend, pointer: '/measureProgress/0/spend/amount' }, value(moved)),
    ).toBe(before);
    const lead = { code: 'plan/y', pointer: '/measures/0/contributors/0' };
    const contributors = 'measures:\n  - id: M1\n    contributors: [BDT, BDT]\n';
    const first = findingFingerprint(lead, value(contributors));
    const inserted = contributors.replace('[BDT, BDT]', '[TSB, BDT, BDT]');
    expect(
      findingFingerprint({ ...lead, pointer: '/measures/0/contributors/1' }, value(inserted)),
    ).toBe(first);
    // The second of two equal items is another finding.
    expect(
      findingFingerprint({ ...lead, pointer: '/measures/0/contributors/2' }, value(inserted)),
    ).not.toBe(first);
  });

  it('changes with the value, the code or the location', () => {
    const before = findingFingerprint(finding, value(plan));
    expect(findingFingerprint(finding, value(plan.replace('BDT', 'TSB')))).not.toBe(before);
    expect(findingFingerprint({ ...finding, code: 'plan/y' }, value(plan))).not.toBe(before);
    expect(findingFingerprint({ ...finding, pointer: '/measures/0/id' }, value(plan))).not.toBe(
      before,
    );
    expect(findingFingerprint({ code: 'c', pointer: 'not a pointer' }, undefined)).toMatch(
      /^[0-9a-f]{16}$/,
    );
  });
});
