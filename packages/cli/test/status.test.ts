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
