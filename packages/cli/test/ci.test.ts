// What CI jobs and authors use: standard input, -o, the gitlab format, SARIF for code scanning,
// the GitHub Action's command, and --watch.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseText } from '@itu-aicb/core';
import { describe, expect, it } from 'vitest';
import { aicb, BIN, copyFixture, edit, FIXTURES, json, PACKAGE_ROOT, tempDir } from './helpers.js';
import { WATCH_DEBOUNCE_MS } from '../src/validate/watch.js';

const EXAMPLE = join(PACKAGE_ROOT, '../../examples/itu-ai-capacity-building');

/** Runs the CLI with text on standard input. */
function withStdin(args: readonly string[], input: string, cwd: string): ReturnType<typeof aicb> {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, input, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('standard input and -o', () => {
  it("reads one document from '-', named by --stdin-filename, with its suppression comments", () => {
    const directory = copyFixture('broken');
    const text = readFileSync(join(directory, 'work-plan.yaml'), 'utf8').replace(
      '    contributors: [BDT]\n',
      '    contributors: [BDT] # aicb-disable-line plan/lead-also-contributor -- agreed with BDT\n',
    );
    const run = withStdin(
      ['validate', '-', '--stdin-filename', 'plans/work-plan.yaml', '-f', 'json'],
      text,
      directory,
    );
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as {
      files: { path: string; kind: string }[];
      findings: { file: string; code: string; suppression: unknown }[];
    };
    expect(report.files).toEqual([
      expect.objectContaining({ path: 'plans/work-plan.yaml', kind: 'WorkPlan' }),
    ]);
    expect(new Set(report.findings.map((finding) => finding.file))).toEqual(
      new Set(['plans/work-plan.yaml']),
    );
    expect(
      report.findings.find((finding) => finding.code === 'plan/lead-also-contributor')?.suppression,
    ).toEqual({ kind: 'inSource', justification: 'agreed with BDT' });
    expect(withStdin(['validate', '-'], 'kind: WorkPlan\n', directory).stdout).toContain('<stdin>');
  });

  it("refuses '-' with other paths, and --stdin-filename without '-'", () => {
    const directory = copyFixture('broken');
    expect(withStdin(['validate', '-', 'work-plan.yaml'], '', directory).status).toBe(2);
    expect(aicb(['validate', '--stdin-filename', 'x.yaml'], { cwd: directory }).status).toBe(2);
  });

  it('writes the report to -o FILE, and leaves its own outputs out of later searches', () => {
    const directory = copyFixture('broken');
    const first = aicb(['validate', '-f', 'json', '-o', 'report.json'], { cwd: directory });
    expect(first.status).toBe(1);
    expect(first.stdout).toBe('');
    const written = JSON.parse(readFileSync(join(directory, 'report.json'), 'utf8')) as {
      exitCode: number;
      skipped: unknown[];
    };
    expect(written.exitCode).toBe(1);
    aicb(['validate', '-f', 'json', '-o', 'report.json'], { cwd: directory });
    const again = JSON.parse(readFileSync(join(directory, 'report.json'), 'utf8')) as {
      skipped: unknown[];
    };
    expect(again.skipped).toEqual(written.skipped);
    // Nor do later runs without -o, or with other formats, count aicb's own outputs as skipped.
    aicb(['validate', '-f', 'sarif', '-o', 'aicb.sarif.json'], { cwd: directory });
    aicb(['validate', '-f', 'gitlab', '-o', 'gl-code-quality-report.json'], { cwd: directory });
    aicb(['validate', '--baseline', 'aicb-baseline.json', '--update-baseline'], { cwd: directory });
    const later = aicb(['validate', '-f', 'json'], { cwd: directory });
    expect((JSON.parse(later.stdout) as { skipped: unknown[] }).skipped).toEqual(written.skipped);
    expect(aicb(['validate'], { cwd: directory }).stdout).not.toContain('skipped');
    const unwritable = aicb(['validate', '-o', 'no/such/dir/report.txt'], { cwd: directory });
    expect(unwritable.status).toBe(2);
    expect(unwritable.stderr).toContain("cannot write 'no/such/dir/report.txt'");
  });
});

describe('gitlab code quality', () => {
  it('writes an issue per finding with a unique fingerprint and a severity', () => {
    const run = aicb(['validate', '-f', 'gitlab'], { cwd: copyFixture('broken') });
    expect(run.status).toBe(1);
    const issues = json<
      {
        check_name: string;
        severity: string;
        fingerprint: string;
        location: { path: string; lines: { begin: number } };
      }[]
    >(run);
    expect(issues.map((issue) => [issue.check_name, issue.severity, issue.location])).toEqual([
      ['schema/invalid-value', 'major', { path: 'assessments/ken.json', lines: { begin: 14 } }],
      [
        'assessment/target-below-current',
        'minor',
        { path: 'assessments/ken.json', lines: { begin: 18 } },
      ],
      ['plan/objective-without-measure', 'minor', { path: 'work-plan.yaml', lines: { begin: 12 } }],
      ['plan/unresolved-objective', 'major', { path: 'work-plan.yaml', lines: { begin: 18 } }],
      ['plan/lead-also-contributor', 'minor', { path: 'work-plan.yaml', lines: { begin: 22 } }],
      [
        'workspace/unresolved-initiative',
        'major',
        { path: 'work-plan.yaml', lines: { begin: 24 } },
      ],
    ]);
    expect(new Set(issues.map((issue) => issue.fingerprint)).size).toBe(issues.length);
  });
});

describe('sarif for code scanning', () => {
  it('links each rule to its own row of the rules reference, with fingerprints', () => {
    const run = aicb(['validate', '-f', 'sarif'], { cwd: copyFixture('broken') });
    const log = json<{
      runs: {
        tool: { driver: { informationUri: string; rules: { id: string; helpUri: string }[] } };
        results: { partialFingerprints: Record<string, string> }[];
      }[];
    }>(run);
    const driver = log.runs[0]!.tool.driver;
    expect(driver.informationUri).toMatch(/^https:\/\//);
    const anchors = new Set(
      [
        ...readFileSync(join(PACKAGE_ROOT, '../../docs/rules.md'), 'utf8').matchAll(
          /^\| <a id="([^"]+)"><\/a>`([^`]+)`/gm,
        ),
      ].map((match) => `${match[2]}#${match[1]}`),
    );
    expect(anchors.size).toBeGreaterThan(100);
    for (const rule of driver.rules) {
      const [page, anchor] = rule.helpUri.split('#');
      expect(page).toMatch(/\/docs\/rules\.md$/);
      // The anchor is on the row of this very code, not on another code or a section heading.
      expect(anchors).toContain(`${rule.id}#${anchor}`);
    }
    expect(driver.rules.find((rule) => rule.id === 'suppression/unused')?.helpUri).toMatch(
      /#suppression-unused$/,
    );
    for (const result of log.runs[0]!.results) {
      expect(result.partialFingerprints['aicbFingerprint/v2']).toMatch(/^[0-9a-f]{16}$/);
    }
  });
});

describe('the GitHub Action', () => {
  const action = parseText(readFileSync(join(PACKAGE_ROOT, 'action.yml'), 'utf8'));
  interface Step {
    id?: string;
    run?: string;
    uses?: string;
    env?: Record<string, string>;
  }
  const steps = action.ok ? (action.value as { runs: { steps: Step[] } }).runs.steps : [];

  it('runs aicb validate, then uploads SARIF with the code-scanning action', () => {
    expect(action.ok).toBe(true);
    expect(steps.map((step) => step.id ?? step.uses ?? 'run')).toEqual([
      'validate',
      'github/codeql-action/upload-sarif@v3',
      'run',
    ]);
  });

  it('runs its command on the example workspace: annotations, SARIF and the outputs', () => {
    const step = steps.find((candidate) => candidate.id === 'validate')!;
    // The inputs as a workflow gives them, with the CLI of this checkout for the published one.
    const env: Record<string, string> = {
      AICB: `${process.execPath} ${BIN}`,
      AICB_PATHS: '.',
      // The example's one warning (the overspent measure) is accepted, as a team would set it.
      AICB_ARGS: '--max-warnings 1',
      AICB_SARIF: 'true',
    };
    expect(Object.keys(step.env ?? {}).sort()).toEqual(Object.keys(env).sort());
    const temp = tempDir();
    const outputs = join(temp, 'github-output');
    writeFileSync(outputs, '');
    const result = spawnSync('bash', ['-e', '-c', step.run ?? ''], {
      cwd: EXAMPLE,
      env: { ...process.env, ...env, GITHUB_OUTPUT: outputs, RUNNER_TEMP: temp, CI: 'true' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^::notice file=work-plan\.yaml,line=\d+,/m);
    expect(readFileSync(outputs, 'utf8')).toBe(
      `sarif-file=${join(temp, 'aicb.sarif')}\nexit-code=0\n`,
    );
    const sarif = JSON.parse(readFileSync(join(temp, 'aicb.sarif'), 'utf8')) as {
      runs: { results: { ruleId: string }[] }[];
    };
    expect(sarif.runs[0]!.results.map((item) => item.ruleId).sort()).toEqual([
      'plan/missing-estimates',
      'report/spend-above-budget',
    ]);
    expect(existsSync(join(EXAMPLE, 'aicb.sarif'))).toBe(false);
  });
});

describe('--watch', () => {
  it('checks again after an edit and prints only the findings that changed', async () => {
    const directory = copyFixture('valid');
    const child = spawn(process.execPath, [BIN, 'validate', '--watch'], {
      cwd: directory,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.setEncoding('utf8');
    const waitFor = (pattern: RegExp): Promise<void> =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          reject(new Error(`no ${String(pattern)} in: ${output}`));
        }, 20_000);
        const check = (): void => {
          if (pattern.test(output)) {
            clearTimeout(timer);
            child.stdout.off('data', onData);
            resolve();
          }
        };
        const onData = (chunk: string): void => {
          output += chunk;
          check();
        };
        child.stdout.on('data', onData);
        check();
      });
    try {
      await waitFor(/watching for changes/);
      const first = output;
      expect(first).toContain('plan/missing-estimates');
      edit(join(directory, 'work-plan.yaml'), 'status: proposed', 'status: ongoing');
      await waitFor(/\+ work-plan\.yaml:\d+:\d+ {2}error {2}schema\/invalid-value/);
      await waitFor(/1 error/);
      const changes = output.slice(first.length);
      expect(changes).toMatch(/1 new finding, 0 fixed:/);
      expect(changes).not.toContain('plan/missing-estimates');
      edit(join(directory, 'work-plan.yaml'), 'status: ongoing', 'status: proposed');
      await waitFor(/- work-plan\.yaml:\d+:\d+ {2}error {2}schema\/invalid-value/);
      // A folder made while watching is searched, and an edit inside it is seen.
      mkdirSync(join(directory, 'drafts'));
      writeFileSync(join(directory, 'drafts', 'notes.yaml'), 'kind: Workplan\n');
      await waitFor(/\+ drafts[/\\]notes\.yaml:\d+:\d+ {2}error {2}file\/unknown-kind/);
      writeFileSync(join(directory, 'drafts', 'notes.yaml'), 'title: notes\n');
      await waitFor(/- drafts[/\\]notes\.yaml:\d+:\d+ {2}error {2}file\/unknown-kind/);
      // The folder removed and made again at once (as a checkout does) is watched anew.
      rmSync(join(directory, 'drafts', 'notes.yaml'));
      await new Promise((resolve) => setTimeout(resolve, 4 * WATCH_DEBOUNCE_MS));
      rmdirSync(join(directory, 'drafts'));
      mkdirSync(join(directory, 'drafts'));
      // Past the check the removal causes, so that only a watcher on the new folder sees this.
      await new Promise((resolve) => setTimeout(resolve, 4 * WATCH_DEBOUNCE_MS));
      writeFileSync(join(directory, 'drafts', 'again.yaml'), 'kind: Workplan\n');
      await waitFor(/\+ drafts[/\\]again\.yaml:\d+:\d+ {2}error {2}file\/unknown-kind/);
      writeFileSync(join(directory, 'drafts', 'again.yaml'), 'title: again\n');
      await waitFor(/- drafts[/\\]again\.yaml:\d+:\d+ {2}error {2}file\/unknown-kind/);
    } finally {
      child.kill();
    }
  }, 60_000);

  it('reads the configuration again on each check, and goes on after an invalid one', async () => {
    const root = copyFixture('valid');
    const config = join(root, 'aicb.config.yaml');
    writeFileSync(config, 'files: [.]\n');
    // Run from a subfolder: the configuration lies above the folders the watch searches by itself.
    const child = spawn(process.execPath, [BIN, 'validate', '--watch'], {
      cwd: join(root, 'assessments'),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let errors = '';
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (output += chunk));
    child.stderr.on('data', (chunk: string) => (errors += chunk));
    const waitFor = async (read: () => string, pattern: RegExp): Promise<void> => {
      for (let waited = 0; !pattern.test(read()); waited += 50) {
        if (waited > 20_000) throw new Error(`no ${String(pattern)} in: ${read()}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    try {
      await waitFor(() => output, /watching for changes/);
      expect(output).toContain('plan/missing-estimates');
      const start = output.length;
      writeFileSync(
        config,
        [
          'files: [.]',
          'suppressions:',
          '  - file: work-plan.yaml',
          '    code: plan/missing-estimates',
          '    reason: estimated in the review',
          '',
        ].join('\n'),
      );
      await waitFor(
        () => output.slice(start),
        /~ \.\.[/\\]work-plan\.yaml:\d+:\d+ {2}info {2}plan\/missing-estimates/,
      );
      expect(output.slice(start)).toMatch(/0 new findings, 0 fixed, 1 accepted:/);
      writeFileSync(config, 'rules: 3\n');
      await waitFor(() => errors, /invalid configuration/);
      expect(errors).not.toMatch(/\n\s+at /);
      const again = output.length;
      writeFileSync(config, 'files: [.]\n');
      await waitFor(
        () => output.slice(again),
        /\+ \.\.[/\\]work-plan\.yaml:\d+:\d+ {2}info {2}plan\/missing-estimates/,
      );
    } finally {
      child.kill();
    }
  }, 60_000);

  it('refuses a machine-readable format, whose output the watch would break', () => {
    const directory = copyFixture('valid');
    const run = aicb(['validate', '--watch', '-f', 'json'], { cwd: directory });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('--watch');
  });

  it('refuses to watch standard input or write a file', () => {
    const directory = copyFixture('valid');
    expect(aicb(['validate', '--watch', '-o', 'x.txt'], { cwd: directory }).status).toBe(2);
    expect(existsSync(join(FIXTURES, 'valid', 'x.txt'))).toBe(false);
  });
});
