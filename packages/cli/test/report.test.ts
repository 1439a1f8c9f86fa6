// `aicb report` end to end: the built binary on copies of the fixture workspaces, compared with
// what the report package gives for the same files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlanFiles } from '@itu-aicb/core/node';
import { renderPlanReport } from '@itu-aicb/report';
import { aicb, copyFixture, edit, tempDir } from './helpers.js';

const AS_OF = '2026-06-30';

/** The page the report package writes for the files of a directory, read as `aicb` reads them. */
async function expectedPage(directory: string, samples: number): Promise<string> {
  const loaded = await loadPlanFiles(['.'], { cwd: directory });
  return renderPlanReport({
    plan: loaded.plans[0],
    profile: loaded.profiles[0],
    assessments: loaded.assessments,
    catalogues: loaded.catalogues,
    findings: loaded.findings,
    asOf: AS_OF,
    sensitivity: { samples, seed: 1 },
  });
}

describe('aicb report', () => {
  it('writes the page the report package gives for the same files', async () => {
    const directory = copyFixture('valid');
    const run = aicb(['report', '-o', 'report.html', '--as-of', AS_OF, '--sensitivity', '200'], {
      cwd: directory,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^aicb: wrote report\.html \(\d+ KB\)\n$/);
    expect(readFileSync(join(directory, 'report.html'), 'utf8')).toBe(
      await expectedPage(directory, 200),
    );
  });

  it('writes to standard output without --out, and leaves the stability out with --sensitivity 0', () => {
    const directory = copyFixture('valid');
    const run = aicb(['report', '--as-of', AS_OF, '--sensitivity', '0'], { cwd: directory });
    expect(run.status).toBe(0);
    expect(run.stdout.startsWith('<!doctype html>')).toBe(true);
    expect(run.stdout).toContain('<section id="priorities"');
    expect(run.stdout).not.toContain('<section id="stability"');
  });

  it('writes the page with the findings when the files have errors, and exits with 1', () => {
    const directory = copyFixture('valid');
    edit(join(directory, 'work-plan.yaml'), 'status: proposed', 'status: porposed');
    const run = aicb(['report', '-o', 'out.html', '--as-of', AS_OF, '--sensitivity', '0'], {
      cwd: directory,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/the files have \d+ errors?; the report lists them/);
    const page = readFileSync(join(directory, 'out.html'), 'utf8');
    expect(page).toContain('<code>work-plan.yaml</code>');
    expect(page).toContain('schema/invalid-value');
  });

  it('refuses bad options and unwritable output with usage exit codes', () => {
    const directory = copyFixture('valid');
    for (const args of [
      ['--as-of', '2026-02-30'],
      ['--sensitivity', '-1'],
      ['--seed', 'x'],
      ['-o', ''],
      ['--format', 'pdf'],
    ]) {
      const run = aicb(['report', ...args], { cwd: directory });
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/^aicb: .*aicb report --help/);
    }
    const unwritable = aicb(['report', '-o', join(tempDir(), 'missing', 'r.html')], {
      cwd: directory,
    });
    expect(unwritable.status).toBe(2);
    expect(unwritable.stderr).toMatch(/^aicb: cannot write '.*r\.html' \(ENOENT\)\n$/);
  });
});
