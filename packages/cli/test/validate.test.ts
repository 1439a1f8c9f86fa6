// `aicb validate`: discovery, exit codes, the options that judge findings, and bad input.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aicb, copyFixture, edit, json, tempDir } from './helpers.js';

interface JsonFinding {
  file: string;
  line: number | null;
  column: number | null;
  code: string;
  severity: string;
  message: string;
}
interface JsonReport {
  exitCode: number;
  summary: {
    files: number;
    unreadable: number;
    skipped: number;
    errors: number;
    warnings: number;
    infos: number;
  };
  files: { path: string; kind: string | null; errors: number; warnings: number }[];
  findings: JsonFinding[];
}

const noStack = (text: string): void => {
  expect(text).not.toMatch(/\n\s+at /);
};

/** A copy of the valid example workspace with one warning (a target below the current level). */
function withWarning(): string {
  const directory = copyFixture('valid');
  edit(
    join(directory, 'assessments/kgz.yaml'),
    'talent: { current: 2, target: 3 }',
    'talent: { current: 3, target: 2 }',
  );
  return directory;
}

describe('a valid workspace', () => {
  it('exits 0 and prints the summary, searching the current directory by default', () => {
    const directory = copyFixture('valid');
    const run = aicb(['validate'], { cwd: directory });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(
      '9 files checked: 0 errors, 0 warnings, 1 note.',
    );
    expect(run.stdout).toContain('work-plan.yaml:182:16  info  plan/missing-estimates');
  });

  it('checks a directory given as a path, naming files relative to the working directory', () => {
    const directory = copyFixture('valid');
    const run = aicb(['validate', 'assessments', '--format', 'json'], { cwd: directory });
    expect(run.status).toBe(0);
    const report = json<JsonReport>(run);
    expect(report.files.map((file) => file.path)).toEqual([
      'assessments/eth.yaml',
      'assessments/hti.yaml',
      'assessments/kgz.yaml',
      'assessments/kir.yaml',
      'assessments/npl.yaml',
      'assessments/sdn.yaml',
    ]);
    expect(report.files.every((file) => file.kind === 'NeedsAssessment')).toBe(true);
  });
});

describe('discovery', () => {
  it('skips node_modules, dot-directories and files without a known kind, but checks named files', () => {
    const directory = copyFixture('valid');
    for (const hidden of ['node_modules/pkg', '.cache']) {
      mkdirSync(join(directory, hidden), { recursive: true });
      writeFileSync(join(directory, hidden, 'plan.yaml'), 'kind: WorkPlan\ntitel: broken\n');
    }
    writeFileSync(join(directory, 'package.json'), '{ "name": "x" }\n');
    writeFileSync(join(directory, 'deploy.yaml'), 'kind: Deployment\nspec: {}\n');
    writeFileSync(join(directory, 'notes.txt'), 'kind: WorkPlan\n');
    const run = aicb(['validate', '--format', 'json'], { cwd: directory });
    expect(run.status).toBe(0);
    expect(json<JsonReport>(run).summary.files).toBe(9);

    const named = aicb(['validate', 'deploy.yaml', '--format', 'json'], { cwd: directory });
    expect(named.status).toBe(1);
    expect(json<JsonReport>(named).findings.map((finding) => finding.code)).toEqual([
      'document/unknown-kind',
    ]);
  });

  it('reports found files that look like plan documents, and counts the files skipped, listed with --verbose', () => {
    const directory = copyFixture('valid');
    const plan = readFileSync(join(directory, 'work-plan.yaml'), 'utf8');
    writeFileSync(join(directory, 'typo.yaml'), plan.replace('kind: WorkPlan', 'kind: Workplan'));
    writeFileSync(join(directory, 'todo.yaml'), '# the next plan\n');
    writeFileSync(join(directory, 'report.json'), '{"files": [{"kind": "WorkPlan"}]}\n');
    writeFileSync(join(directory, 'deploy.yaml'), 'kind: Deployment\nspec: {}\n');
    const run = aicb(['validate'], { cwd: directory });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('typo.yaml:4:7  error  file/unknown-kind');
    expect(run.stdout).toContain('hint: Did you mean "WorkPlan"?');
    expect(run.stdout).toContain('todo.yaml  error  text/empty');
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(
      '11 files checked: 2 errors, 0 warnings, 1 note. 2 other files skipped: 1 without a top-level kind, 1 of another kind (--verbose lists them).',
    );
    const verbose = aicb(['validate', '--verbose'], { cwd: directory });
    expect(verbose.stdout).toContain(
      'deploy.yaml  skipped  of another kind\nreport.json  skipped  without a top-level kind\n',
    );
    expect(verbose.stdout.trimEnd().split('\n').at(-1)).toMatch(/1 of another kind\.$/);
    const data = json<JsonReport & { skipped: unknown }>(
      aicb(['validate', '--format', 'json'], { cwd: directory }),
    );
    expect(data.summary).toMatchObject({ files: 11, skipped: 2 });
    expect(data.skipped).toEqual([
      { path: 'deploy.yaml', reason: 'other-kind' },
      { path: 'report.json', reason: 'no-kind' },
    ]);
  });

  it('says how many files were skipped when none is a plan file', () => {
    const directory = tempDir();
    writeFileSync(join(directory, 'ci.yml'), 'on: push\n');
    const run = aicb(['validate'], { cwd: directory });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('(1 other file skipped: 1 without a top-level kind)');
  });

  it('takes ScoringProfile files as plan files (the kinds come from core)', () => {
    const directory = copyFixture('valid');
    const run = aicb(['validate', '--format', 'json'], { cwd: directory });
    expect(
      json<JsonReport>(run).files.find((file) => file.path === 'scoring-profile.yaml')?.kind,
    ).toBe('ScoringProfile');
  });

  it('expands globs, keeping plan files that declare a kind', () => {
    const directory = copyFixture('valid');
    const run = aicb(['validate', 'assessments/*.yaml', '*.yaml', '--format', 'json'], {
      cwd: directory,
    });
    expect(run.status).toBe(0);
    expect(json<JsonReport>(run).summary.files).toBe(9);
  });

  it('exits 2 with one line on standard error for a path that does not exist or a glob that matches nothing', () => {
    const directory = copyFixture('valid');
    for (const target of ['missing.yaml', 'nothing/*.yaml']) {
      const run = aicb(['validate', 'work-plan.yaml', target], { cwd: directory });
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(run.stderr).toContain(target);
      expect(run.stderr).toContain("'aicb validate --help'");
    }
  });

  it('passes over links to folders, broken links and FIFOs it finds, but not ones named', () => {
    const directory = copyFixture('valid');
    symlinkSync(join(directory, 'assessments'), join(directory, 'folder.yaml'));
    symlinkSync(join(directory, 'gone.yaml'), join(directory, 'dangling.yaml'));
    symlinkSync(join(directory, 'loop.yaml'), join(directory, 'loop.yaml'));
    execFileSync('mkfifo', [join(directory, 'pipe.yaml')]);
    symlinkSync(join(directory, 'pipe.yaml'), join(directory, 'pipe-link.json'));
    symlinkSync(join(directory, 'work-plan.yaml'), join(directory, 'plan-link.yaml'));
    const run = aicb(['validate', '--format', 'json'], { cwd: directory });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const report = json<JsonReport>(run);
    expect(report.summary).toMatchObject({ files: 10, unreadable: 0 });
    // A link to a file is checked like the file: here the work plan, whose id it repeats.
    expect(report.files.map((file) => file.path)).toContain('plan-link.yaml');
    expect(new Set(report.findings.map((finding) => finding.code))).toEqual(
      new Set(['workspace/duplicate-document-id', 'plan/missing-estimates']),
    );
    const globbed = aicb(['validate', '*.yaml', 'assessments/*.yaml'], { cwd: directory });
    expect(globbed.status).toBe(0);
    expect(globbed.stdout).toContain('9 files checked: 0 errors, 0 warnings, 1 note.');
    for (const name of ['dangling.yaml', 'pipe-link.json', 'loop.yaml']) {
      const run = aicb(['validate', name, 'work-plan.yaml'], { cwd: directory });
      expect([name, run.status]).toEqual([name, 2]);
      expect(run.stdout).toContain(`${name}  error  file/unreadable`);
    }
  });

  it('exits 2 for an empty path, rather than searching the working directory', () => {
    const directory = copyFixture('valid');
    const run = aicb(['validate', ''], { cwd: directory });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe("aicb: a path is empty. Run 'aicb validate --help' for usage.\n");
  });

  it('exits 2 when a directory holds no plan files', () => {
    const directory = tempDir();
    writeFileSync(join(directory, 'package.json'), '{}\n');
    const run = aicb(['validate'], { cwd: directory });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^aicb: no plan files found in '\.'/);
  });

  it('lists the skipped files with --verbose when a directory holds no plan files', () => {
    const directory = tempDir();
    writeFileSync(join(directory, 'ci.yaml'), 'name: CI\non: push\n');
    writeFileSync(
      join(directory, 'report.json'),
      '{"results": [{"document": {"kind": "WorkPlan", "id": "x"}}]}\n',
    );
    const run = aicb(['validate', '--verbose'], { cwd: directory });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('ci.yaml  skipped  without a top-level kind\n');
    expect(run.stderr).toContain('report.json  skipped  without a top-level kind\n');
    expect(run.stderr).toMatch(/aicb: no plan files found in '\.' \(2 other files skipped/);
  });
});

describe('findings', () => {
  it('reports each finding with its file, line, column, code, message and hint, and a code frame', () => {
    const directory = copyFixture('broken');
    const run = aicb(['validate'], { cwd: directory });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      [
        'work-plan.yaml:18:18  error  plan/unresolved-objective',
        '  Measure "M-01" refers to objective "O9", which this plan does not define.',
        '  hint: Use one of the objective ids: O1.',
        '',
        '    17 |     title: AI skills course for public officials',
        '  > 18 |     objectives: [O9]',
        '       |                  ^^',
      ].join('\n'),
    );
    expect(run.stdout).toContain('assessments/ken.json:14:19  error  schema/invalid-value');
    // The rules run over the valid parts of the assessment with a schema error.
    expect(run.stdout).toContain('assessments/ken.json:18:');
    expect(run.stdout).toContain('warning  assessment/target-below-current');
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(
      '3 files checked: 3 errors, 3 warnings, 0 notes.',
    );
  });

  it('checks references across files', () => {
    const directory = copyFixture('valid');
    edit(
      join(directory, 'work-plan.yaml'),
      'buildsOn: [itu-academy, ai-skills-coalition]',
      'buildsOn: [itu-academy, ai-skills-coalitoin]',
    );
    const run = aicb(['validate', '--format', 'json'], { cwd: directory });
    expect(run.status).toBe(1);
    const finding = json<JsonReport>(run).findings.find((item) => item.severity === 'error');
    expect(finding).toMatchObject({
      file: 'work-plan.yaml',
      code: 'workspace/unresolved-initiative',
    });
    expect(finding?.line).toBeGreaterThan(1);
  });
});

describe('--strict, --max-warnings and --quiet', () => {
  it('lets warnings pass by default and fail under --strict', () => {
    const directory = withWarning();
    expect(aicb(['validate'], { cwd: directory }).status).toBe(0);
    const strict = aicb(['validate', '--strict'], { cwd: directory });
    expect(strict.status).toBe(1);
    expect(strict.stdout).toContain('Warnings fail the check (--strict).');
  });

  it('fails when warnings exceed --max-warnings, and rejects a limit that is not a whole number', () => {
    const directory = withWarning();
    expect(aicb(['validate', '--max-warnings', '1'], { cwd: directory }).status).toBe(0);
    const over = aicb(['validate', '--max-warnings', '0'], { cwd: directory });
    expect(over.status).toBe(1);
    expect(over.stdout).toContain('More warnings than --max-warnings 0 allows.');
    for (const bad of ['-1', 'many', '1.5']) {
      const run = aicb(['validate', `--max-warnings=${bad}`], { cwd: directory });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('--max-warnings');
    }
  });

  it('never fails on notes, even under --strict', () => {
    const directory = copyFixture('valid');
    expect(aicb(['validate', '--strict', '--max-warnings', '0'], { cwd: directory }).status).toBe(
      0,
    );
  });

  it('shows errors only under --quiet, while warnings still count', () => {
    const directory = copyFixture('broken');
    const run = aicb(['validate', '--quiet'], { cwd: directory });
    expect(run.status).toBe(1);
    expect(run.stdout).not.toContain('warning  plan/');
    expect(run.stdout).toContain('error  plan/unresolved-objective');
    expect(run.stdout).toContain('Warnings and notes are not shown (--quiet).');

    const warned = withWarning();
    const quietStrict = aicb(['validate', '--quiet', '--strict', '--format', 'json'], {
      cwd: warned,
    });
    expect(quietStrict.status).toBe(1);
    expect(json<JsonReport>(quietStrict).findings).toEqual([]);
    expect(json<JsonReport>(quietStrict).summary.warnings).toBe(1);
  });
});

describe('bad input: one bad file never stops the others', () => {
  function badWorkspace(): string {
    const directory = copyFixture('valid');
    const kgz = readFileSync(join(directory, 'assessments/kgz.yaml'), 'utf8');
    const broken = kgz.replace('maturityTier: 1\n', 'maturityTier: 1\nscop: typo\n');
    const bad = join(directory, 'bad');
    mkdirSync(bad);
    writeFileSync(join(bad, 'crlf.yaml'), broken.replaceAll('\n', '\r\n'));
    writeFileSync(join(bad, 'bom.yaml'), `\uFEFF${broken}`);
    writeFileSync(
      join(bad, 'latin1.yaml'),
      Buffer.concat([
        Buffer.from('kind: WorkPlan\ntitle: caf'),
        Buffer.from([0xe9]),
        Buffer.from('\n'),
      ]),
    );
    writeFileSync(
      join(bad, 'binary.yaml'),
      Buffer.from('kind: WorkPlan\nid: \u0000\u0001\u0002\n'),
    );
    const lol = ['kind: WorkPlan', 'a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let level = 1; level < 10; level += 1) {
      const previous = String.fromCharCode(96 + level);
      const name = String.fromCharCode(97 + level);
      lol.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(', ')}]`);
    }
    writeFileSync(join(bad, 'alias-bomb.yaml'), `${lol.join('\n')}\n`);
    writeFileSync(join(bad, 'duplicate.yaml'), 'kind: WorkPlan\nid: a\nid: b\n');
    writeFileSync(
      join(bad, 'deep.json'),
      `{"kind": "WorkPlan", "x": ${'['.repeat(5000)}${']'.repeat(5000)}}\n`,
    );
    writeFileSync(
      join(bad, 'deep.yaml'),
      `kind: WorkPlan\nx: ${'['.repeat(5000)}${']'.repeat(5000)}\n`,
    );
    // A sparse file of 1 GB that declares a kind: its size is read, never its content.
    writeFileSync(join(bad, 'huge.yaml'), 'kind: WorkPlan\n');
    truncateSync(join(bad, 'huge.yaml'), 1024 ** 3);
    symlinkSync(join(bad, 'gone'), join(bad, 'dangling.yaml'));
    return directory;
  }

  it('reports each bad file with a clear finding, checks every other file, and passes over a broken link it finds', () => {
    const directory = badWorkspace();
    const started = Date.now();
    const run = aicb(['validate', '--format', 'json'], { cwd: directory });
    expect(Date.now() - started).toBeLessThan(20_000);
    noStack(run.stderr);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const report = json<JsonReport>(run);
    const codes = (file: string): string[] =>
      report.findings
        .filter((finding) => finding.file === `bad/${file}`)
        .map((finding) => finding.code);
    const own = (file: string): string[] =>
      codes(file).filter((code) => !code.startsWith('workspace/'));
    expect(own('crlf.yaml')).toEqual(['schema/unknown-key']);
    expect(own('bom.yaml')).toEqual(['text/byte-order-mark', 'schema/unknown-key']);
    // Both are copies of kgz.yaml with a typo: the same run also finds that they repeat its id.
    for (const copy of ['crlf.yaml', 'bom.yaml']) {
      expect(codes(copy)).toEqual(
        expect.arrayContaining([
          'workspace/duplicate-document-id',
          'workspace/duplicate-assessment',
        ]),
      );
    }
    expect(codes('latin1.yaml')).toEqual(['file/invalid-utf8']);
    expect(codes('binary.yaml')).toEqual(['text/binary']);
    expect(codes('alias-bomb.yaml')).toEqual(['text/alias-limit']);
    expect(codes('duplicate.yaml')).toEqual(['text/duplicate-key']);
    expect(codes('deep.json')).toEqual(['text/too-deep']);
    expect(codes('deep.yaml')).toEqual(['text/too-deep']);
    expect(codes('huge.yaml')).toEqual(['text/too-large']);
    expect(codes('dangling.yaml')).toEqual([]);
    expect(report.summary.unreadable).toBe(0);
    // The nine files of the valid workspace are checked as usual.
    for (const file of ['work-plan.yaml', 'initiatives.yaml', 'assessments/kgz.yaml']) {
      expect(report.files.find((entry) => entry.path === file)).toMatchObject({ errors: 0 });
    }
    expect(report.summary.files).toBe(9 + 9);

    // Named, the broken link is unreadable: exit code 2.
    const named = aicb(['validate', 'bad/dangling.yaml', '--format', 'json'], { cwd: directory });
    expect(named.status).toBe(2);
    expect(json<JsonReport>(named).findings.map((finding) => finding.code)).toEqual([
      'file/unreadable',
    ]);
  });

  it('puts a file/invalid-utf8 finding at the column the other findings use after a byte-order mark', () => {
    const directory = tempDir();
    writeFileSync(
      join(directory, 'a.yaml'),
      Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from('kind: WorkPl'),
        Buffer.from([0xff]),
        Buffer.from('an\n'),
      ]),
    );
    const run = aicb(['validate', 'a.yaml'], { cwd: directory });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('a.yaml:1:13  error  file/invalid-utf8');
    expect(run.stdout).toContain('byte 0xFF at line 1, column 13');
    expect(run.stdout).toContain('  > 1 | kind: WorkPl\uFFFDan\n      |             ^\n');
  });

  it('places findings on the right line with CRLF and after a byte-order mark', () => {
    const directory = badWorkspace();
    const run = aicb(['validate', 'bad/crlf.yaml', 'bad/bom.yaml', 'bad/latin1.yaml'], {
      cwd: directory,
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('bad/crlf.yaml:10:1  error  schema/unknown-key');
    expect(run.stdout).toContain('  > 10 | scop: typo\n       | ^^^^\n');
    expect(run.stdout).toContain('bad/bom.yaml:10:1  error  schema/unknown-key');
    expect(run.stdout).toContain('bad/latin1.yaml:2:11  error  file/invalid-utf8');
    expect(run.stdout).toContain('byte 0xE9 at line 2, column 11');
    expect(run.stdout).toContain('bad/bom.yaml  info  text/byte-order-mark');
  });

  it('reports an empty file and a file without a kind when they are named', () => {
    const directory = tempDir();
    writeFileSync(join(directory, 'empty.yaml'), '');
    writeFileSync(join(directory, 'kindless.json'), '{ "id": "x" }');
    const run = aicb(['validate', 'empty.yaml', 'kindless.json', '--format', 'json'], {
      cwd: directory,
    });
    expect(run.status).toBe(1);
    expect(json<JsonReport>(run).findings.map((finding) => [finding.file, finding.code])).toEqual([
      ['empty.yaml', 'text/empty'],
      ['kindless.json', 'document/missing-kind'],
    ]);
  });

  it('reports a named path that is not a regular file as unreadable without waiting on it', () => {
    const directory = copyFixture('valid');
    execFileSync('mkfifo', [join(directory, 'pipe.yaml')]);
    const run = aicb(['validate', 'pipe.yaml', 'work-plan.yaml', 'initiatives.yaml'], {
      cwd: directory,
    });
    expect(run.status).toBe(2);
    expect(run.stdout).toContain('pipe.yaml  error  file/unreadable');
    expect(run.stdout).toContain('The file could not be read (not a regular file).');
    expect(run.stdout).toContain(
      '2 files checked: 1 error, 0 warnings, 1 note. 1 file could not be read.',
    );
    const data = aicb(['validate', 'pipe.yaml', 'work-plan.yaml', '--format', 'json'], {
      cwd: directory,
    });
    expect(json<JsonReport>(data).summary).toMatchObject({ files: 1, unreadable: 1 });
  });
});

describe('progress', () => {
  it('never writes progress to a pipe', () => {
    const directory = tempDir();
    const assessment = readFileSync(join(copyFixture('valid'), 'assessments/kgz.yaml'), 'utf8');
    for (let index = 0; index < 150; index += 1) {
      writeFileSync(
        join(directory, `a${index}.yaml`),
        assessment
          .replace('id: na-kgz-2026', `id: na-kgz-${index}`)
          .replace('date: 2026-02-15', `date: 2026-02-${String((index % 28) + 1).padStart(2, '0')}`)
          .replace(
            'country: KGZ',
            `country: ${['KGZ', 'KEN', 'NPL', 'ETH', 'HTI', 'SDN'][index % 6] ?? 'KGZ'}`,
          ),
      );
    }
    const run = aicb(['validate'], { cwd: directory });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('150 files checked');
  });
});

describe('one run reports every finding', () => {
  it('reports a type error and an unknown office of one plan together', () => {
    const directory = copyFixture('valid');
    const plan = join(directory, 'work-plan.yaml');
    edit(plan, '    lead: BDT\n', '    lead: suva\n');
    edit(plan, 'start: 2026-04-01', 'start: 2019');
    const run = aicb(['validate', 'work-plan.yaml', 'initiatives.yaml', '--format', 'json'], {
      cwd: directory,
    });
    expect(run.status).toBe(1);
    const report = json<JsonReport>(run);
    const errors = report.findings.filter((finding) => finding.severity === 'error');
    expect(errors.map((finding) => [finding.code, finding.line])).toEqual([
      ['plan/unknown-office', 67],
      ['schema/invalid-type', 97],
    ]);
    const stylish = aicb(['validate', 'work-plan.yaml'], { cwd: directory });
    expect(stylish.stdout).toContain('work-plan.yaml:97:14  error  schema/invalid-type');
    expect(stylish.stdout).toContain('work-plan.yaml:67:11  error  plan/unknown-office');
  });
});
