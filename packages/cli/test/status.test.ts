import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { aicb, copyFixture, PACKAGE_ROOT } from './helpers.js';

const EXAMPLE = join(PACKAGE_ROOT, '../../examples/itu-ai-capacity-building');
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const validateOutput = ajv.compile(
  JSON.parse(
    readFileSync(join(PACKAGE_ROOT, 'schemas/status-output.schema.json'), 'utf8'),
  ) as Record<string, unknown>,
);

const status = (...args: string[]) => aicb(['status', ...args], { cwd: EXAMPLE });

describe('aicb status', () => {
  it('shows the example plan as of a date, in text', () => {
    const run = status('--as-of', '2026-12-01');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Plan itu-aicb-2026-2027, as of December 1, 2026');
    expect(run.stdout).toMatch(/^ {2}M-TAL-02 +late +Implementation/m);
    expect(run.stdout).toContain('TAL-02-a of M-TAL-02: due October 31, 2026, 31 days overdue');
    expect(run.stdout).toContain('Intersectoral coordination:');
    expect(run.stdout).toContain('pledges delivered: 1 of 2 (50%)');
  });

  it('writes JSON that its schema describes, with the figures of the SDK', () => {
    const run = status('--as-of', '2026-12-01', '--format', 'json');
    expect(run.status).toBe(0);
    const output = JSON.parse(run.stdout) as {
      plans: { health: { totals: { states: Record<string, number> } } }[];
    };
    const ok = validateOutput(output);
    expect(validateOutput.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(output.plans[0]?.health.totals.states).toEqual({
      'not-started': 0,
      'on-track': 3,
      'at-risk': 4,
      late: 2,
      completed: 0,
      cancelled: 0,
    });
  });

  it('writes Markdown with a table of the measures', () => {
    const run = status('--as-of', '2026-06-01', '-f', 'markdown');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('## Plan itu-aicb-2026-2027, as of June 1, 2026');
    expect(run.stdout).toContain(
      '| measure | state | status | spent (of budget) | milestones | why |',
    );
    expect(run.stdout).toContain('### Membership engagement');
  });

  it('exits 1 and lists the errors when a file has one', () => {
    const directory = copyFixture('valid');
    writeFileSync(
      join(directory, 'report.yaml'),
      'kind: ProgressReport\nschemaVersion: 1\nid: r\nplan: nowhere\nperiod: { start: 2026-01-01, end: 2026-06-30 }\nasOf: 2026-06-30\npreparedBy: { name: BDT }\n',
    );
    const run = aicb(['status', '--as-of', '2026-12-01'], { cwd: directory });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('report/unknown-plan');
    expect(run.stdout).toBe('');
  });

  it('exits 1 when the files hold no work plan', () => {
    const run = aicb(['status', 'initiatives.yaml', '--as-of', '2026-12-01'], {
      cwd: copyFixture('valid'),
    });
    expect([run.status, run.stderr]).toEqual([1, 'aicb: the files hold no work plan.\n']);
  });

  it.each([
    [['--as-of', '2026-02-30'], "--as-of needs a date as YYYY-MM-DD, not '2026-02-30'"],
    [['-f', 'html'], "unknown format 'html' (use one of text, json, markdown)"],
    [['missing-folder'], 'missing-folder'],
  ])('exits 2 for %j with one line on standard error', (args, message) => {
    const run = status(...args);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

interface Output {
  plans: {
    lenses: { intersectoral: { meetings: Record<string, unknown> } };
    series: {
      health: { report: string; asOf: string; states: Record<string, number> }[];
      lenses: {
        asOf: string;
        intersectoral: { meetings: { held: number; expected: number } };
        membership: { delivered: number };
      }[];
    };
  }[];
}

describe('aicb status: the trend', () => {
  it('gives the health and the lenses as of each report in JSON, as its schema describes', () => {
    const run = status('--as-of', '2026-12-01', '-f', 'json');
    expect(run.status).toBe(0);
    const output = JSON.parse(run.stdout) as Output;
    expect(validateOutput(output)).toBe(true);
    const { series } = output.plans[0]!;
    expect(series.health.map((point) => [point.report, point.asOf, point.states['late']])).toEqual([
      ['itu-aicb-2026-h1', '2026-07-15', 0],
      ['itu-aicb-2026-h2', '2026-11-30', 2],
    ]);
    // Quarterly meetings from 2026-01-01: floor(6 / 3) + 1 = 3 expected by July 15, 4 by November 30.
    expect(
      series.lenses.map((lenses) => [
        lenses.asOf,
        lenses.intersectoral.meetings.held,
        lenses.intersectoral.meetings.expected,
      ]),
    ).toEqual([
      ['2026-07-15', 2, 3],
      ['2026-11-30', 3, 4],
    ]);
  });

  it('says which cadence the meetings are expected at', () => {
    const output = JSON.parse(status('--as-of', '2026-12-01', '-f', 'json').stdout) as Output;
    expect(output.plans[0]!.lenses.intersectoral.meetings).toMatchObject({
      held: 3,
      expected: 4,
      cadence: 'quarterly',
      cadenceSource: 'communication-group',
    });
    expect(status('--as-of', '2026-12-01').stdout).toContain(
      "communication-group meetings: 3 held, 4 expected (quarterly, the group's meeting cadence)",
    );
  });

  it('leaves the reports after the date out of the trend', () => {
    const output = JSON.parse(status('--as-of', '2026-08-01', '-f', 'json').stdout) as Output;
    expect(output.plans[0]!.series.health.map((point) => point.report)).toEqual([
      'itu-aicb-2026-h1',
    ]);
    expect(output.plans[0]!.series.lenses.map((lenses) => lenses.asOf)).toEqual(['2026-07-15']);
  });

  it('shows one row per report in text and Markdown', () => {
    const text = status('--as-of', '2026-12-01').stdout;
    const trend = text.slice(text.indexOf('\nTrend:\n'));
    expect(trend.trimEnd().split('\n').slice(3)).toEqual([
      expect.stringMatching(
        /^ {2}itu-aicb-2026-h1 +July 15, 2026 +2 not started, 4 on track, 3 at risk +1\/5 +0 +USD 370,000; CHF 160,000 +1,460 +2\/3 +5\/15 +1\/2$/,
      ),
      expect.stringMatching(
        /^ {2}itu-aicb-2026-h2 +November 30, 2026 +3 on track, 4 at risk, 2 late +1\/5 +2 +USD 995,000; CHF 500,000 +4,137 +3\/4 +11\/15 +1\/2$/,
      ),
    ]);
    const markdown = status('--as-of', '2026-12-01', '-f', 'markdown').stdout;
    expect(markdown).toContain(
      '| report | as of | states | milestones | overdue | spent | people reached | meetings | countries reached | pledges delivered |',
    );
    expect(markdown).toContain(
      '| itu-aicb-2026-h2 | November 30, 2026 | 3 on track, 4 at risk, 2 late | 1/5 | 2 | USD 995,000; CHF 500,000 | 4,137 | 3/4 | 11/15 | 1/2 |',
    );
  });

  it('shows no trend before the first report', () => {
    const text = status('--as-of', '2026-03-01').stdout;
    expect(text).not.toContain('Trend:');
  });

  it('words the meetings in French with the plural only above one', () => {
    // No report yet on March 1: none held, floor(2 / 3) + 1 = 1 expected.
    expect(status('--as-of', '2026-03-01', '--lang', 'fr').stdout).toContain(
      'réunions du groupe de communication : 0 tenue, 1 attendue (trimestrielle, rythme de réunion du groupe)',
    );
    expect(status('--as-of', '2026-12-01', '--lang', 'fr').stdout).toContain(
      'réunions du groupe de communication : 3 tenues, 4 attendues (trimestrielle, rythme de réunion du groupe)',
    );
  });
});
