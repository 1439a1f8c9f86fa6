// `aicb report` end to end: the built binary on copies of the fixture workspaces, compared with
// what the report package gives for the same files.
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlanFiles } from '@itu-aicb/core/node';
import type { ReportLocale } from '@itu-aicb/report';
import { monitoringFromReports, renderPlanReport } from '@itu-aicb/report';
import { ar } from '@itu-aicb/report/locales/ar';
import { fr } from '@itu-aicb/report/locales/fr';
import { aicb, copyFixture, edit, tempDir } from './helpers.js';

const AS_OF = '2026-06-30';

/** The example workspace's first progress report (January to June 2026, as of 2026-07-15). */
const FIRST_REPORT = new URL(
  '../../../examples/itu-ai-capacity-building/reports/2026-h1.yaml',
  import.meta.url,
);

/** The page the report package writes for the files of a directory, read as `aicb` reads them. */
async function expectedPage(
  directory: string,
  samples: number,
  asOf = AS_OF,
  locale?: ReportLocale,
): Promise<string> {
  const loaded = await loadPlanFiles(['.'], { cwd: directory });
  const [plan] = loaded.plans;
  return renderPlanReport({
    plan: loaded.plans[0],
    profile: loaded.profiles[0],
    assessments: loaded.assessments,
    catalogues: loaded.catalogues,
    findings: loaded.findings,
    asOf,
    sensitivity: samples === 0 ? false : { samples, seed: 1 },
    monitoring:
      plan === undefined || loaded.reports.length === 0
        ? undefined
        : monitoringFromReports({ ...loaded, plan, asOf }, locale === undefined ? {} : { locale }),
    ...(locale === undefined ? {} : { locale }),
  });
}

describe('aicb report', () => {
  it('explains itself in --help, each paragraph filling its lines', () => {
    const help = aicb(['report', '--help']);
    expect(help.status).toBe(0);
    const intro = help.stdout.split('\n\n')[1] ?? '';
    const lines = intro.split('\n');
    expect(lines.length).toBeGreaterThan(2);
    // Every line but the last is filled: the next line's first word would not have fitted.
    lines.slice(0, -1).forEach((line, index) => {
      const next = lines[index + 1]?.split(' ')[0] ?? '';
      expect(line.length + 1 + next.length, line).toBeGreaterThan(73);
    });
  });

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

  it('adds section 6, plan health and the lenses, when progress reports are among the files', async () => {
    const directory = copyFixture('valid');
    const without = aicb(['report', '--as-of', '2026-08-01', '--sensitivity', '0'], {
      cwd: directory,
    });
    expect(without.stdout).not.toContain('<section id="monitoring"');
    copyFileSync(FIRST_REPORT, join(directory, 'report-2026-h1.yaml'));
    const run = aicb(
      ['report', '-o', 'report.html', '--as-of', '2026-08-01', '--sensitivity', '0'],
      {
        cwd: directory,
      },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const page = readFileSync(join(directory, 'report.html'), 'utf8');
    expect(page).toContain('<section id="monitoring"');
    expect(page).toContain(
      'From the progress reports as of <time datetime="2026-08-01">August 1, 2026</time>.',
    );
    expect(page).toBe(await expectedPage(directory, 0, '2026-08-01'));
  });

  it('writes the page in the language of --lang, or of LANG without it', async () => {
    const directory = copyFixture('valid');
    copyFileSync(FIRST_REPORT, join(directory, 'report-2026-h1.yaml'));
    const args = ['report', '-o', 'report.html', '--as-of', '2026-08-01', '--sensitivity', '0'];
    const arabic = aicb([...args, '--lang', 'ar'], { cwd: directory });
    expect(arabic.status).toBe(0);
    const page = readFileSync(join(directory, 'report.html'), 'utf8');
    expect(page).toContain('<html lang="ar" dir="rtl">');
    expect(page).toBe(await expectedPage(directory, 0, '2026-08-01', ar));
    const french = aicb(args, { cwd: directory, env: { LANG: 'fr_FR.UTF-8' } });
    expect(french.status).toBe(0);
    expect(readFileSync(join(directory, 'report.html'), 'utf8')).toBe(
      await expectedPage(directory, 0, '2026-08-01', fr),
    );
    const unknown = aicb([...args, '--lang', 'de'], { cwd: directory });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/unknown language 'de'/);
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
    // A negative number is read as the option's value and refused for what it is.
    for (const option of ['--sensitivity', '--seed']) {
      const negative = aicb(['report', option, '-3'], { cwd: directory });
      expect(negative.status).toBe(2);
      expect(negative.stderr).toContain(`${option} needs a whole number of 0 or more, not '-3'`);
    }
    const unwritable = aicb(['report', '-o', join(tempDir(), 'missing', 'r.html')], {
      cwd: directory,
    });
    expect(unwritable.status).toBe(2);
    expect(unwritable.stderr).toMatch(/^aicb: cannot write '.*r\.html' \(ENOENT\)\n$/);
  });
});
