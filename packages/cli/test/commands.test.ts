// Help, version, usage errors, `aicb schema` and `aicb init`.
import { closeSync, existsSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DOCUMENT_KINDS, JSON_SCHEMA_FILES } from '@itu-aicb/core';
import { describe, expect, it } from 'vitest';
import { aicb, copyFixture, json, PACKAGE_ROOT, tempDir } from './helpers.js';

const CORE_SCHEMAS = resolve(PACKAGE_ROOT, '../core/schemas');
const version = (
  JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }
).version;

describe('help and version', () => {
  it('prints the overview for --help, -h, help and no command', () => {
    const outputs = [['--help'], ['-h'], ['help'], []].map((args) => aicb(args));
    for (const run of outputs) {
      expect(run.status).toBe(0);
      expect(run.stderr).toBe('');
      expect(run.stdout).toBe(outputs[0]!.stdout);
    }
    expect(outputs[0]!.stdout).toMatch(/^Usage: aicb <command> \[options\]\n/);
    for (const command of ['validate', 'schema', 'init']) {
      expect(outputs[0]!.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    }
  });

  it("prints each command's help, wherever --help stands", () => {
    for (const command of ['validate', 'schema', 'init']) {
      const run = aicb([command, '--help']);
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`^Usage: aicb ${command} `));
      expect(aicb([command, 'x', '-h']).stdout).toBe(run.stdout);
    }
  });

  it('prints the version of package.json', () => {
    for (const flag of ['--version', '-v']) {
      const run = aicb([flag]);
      expect(run.status).toBe(0);
      expect(run.stdout).toBe(`${version}\n`);
    }
  });
});

describe('usage errors', () => {
  const cases: [string[], string][] = [
    [['frobnicate'], "aicb: unknown command 'frobnicate'. Run 'aicb --help' for usage."],
    [
      ['valdate'],
      "aicb: unknown command 'valdate' (did you mean 'validate'?). Run 'aicb --help' for usage.",
    ],
    [['--frobnicate'], "aicb: unknown option '--frobnicate'. Run 'aicb --help' for usage."],
    [
      ['validate', '--frobnicate'],
      "aicb: unknown option '--frobnicate'. Run 'aicb validate --help' for usage.",
    ],
    [['validate', '-x'], "aicb: unknown option '-x'. Run 'aicb validate --help' for usage."],
    [
      ['validate', '--format'],
      "aicb: option '--format' needs a value. Run 'aicb validate --help' for usage.",
    ],
    [
      ['validate', '--strict=yes'],
      "aicb: option '--strict' does not take a value. Run 'aicb validate --help' for usage.",
    ],
    [
      ['validate', '--format', 'xml'],
      "aicb: unknown format 'xml' (use one of stylish, json, sarif, github, junit, gitlab). Run 'aicb validate --help' for usage.",
    ],
    [
      ['schema', 'Plan'],
      "aicb: unknown kind 'Plan' (use one of WorkPlan, InitiativeCatalogue, NeedsAssessment, ScoringProfile, ProgressReport). Run 'aicb schema --help' for usage.",
    ],
    [['init', 'a', 'b'], "aicb: give at most one directory. Run 'aicb init --help' for usage."],
  ];
  it.each(cases)('%j exits 2 with one line on standard error', (args, message) => {
    const run = aicb(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`${message}\n`);
  });
});

describe('writing the output', () => {
  it('exits 2 with one line on standard error, and no stack trace, when the output cannot be written', () => {
    const directory = copyFixture('valid');
    const full = openSync('/dev/full', 'w');
    try {
      for (const args of [
        ['validate'],
        ['validate', '--format', 'json'],
        ['prioritize', 'work-plan.yaml', '-a', 'assessments'],
        ['schema', 'WorkPlan'],
        ['--help'],
      ]) {
        const run = aicb(args, { cwd: directory, stdout: full });
        expect([args.join(' '), run.status]).toEqual([args.join(' '), 2]);
        expect(run.stderr).toBe('aicb: cannot write the output: ENOSPC: no space left on device\n');
      }
    } finally {
      closeSync(full);
    }
  });
});

describe('aicb schema', () => {
  it("lists the kinds and their schema files, from core's list", () => {
    const run = aicb(['schema']);
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.map((line) => line.split(/ +/))).toEqual(
      DOCUMENT_KINDS.map((kind) => [kind, JSON_SCHEMA_FILES[kind]]),
    );
  });

  it('prints the schema of a kind, named as a kind or a file stem, equal to the committed one', () => {
    const committed = JSON.parse(
      readFileSync(join(CORE_SCHEMAS, 'work-plan.schema.json'), 'utf8'),
    ) as unknown;
    for (const name of ['WorkPlan', 'work-plan', 'workplan']) {
      const run = aicb(['schema', name]);
      expect(run.status).toBe(0);
      expect(json(run)).toEqual(committed);
    }
  });

  it('writes every schema into a new directory, and one with a kind', () => {
    const directory = join(tempDir(), 'out', 'schemas');
    const run = aicb(['schema', '--out', directory]);
    expect(run.status).toBe(0);
    expect(readdirSync(directory).sort()).toEqual(Object.values(JSON_SCHEMA_FILES).sort());
    for (const file of Object.values(JSON_SCHEMA_FILES)) {
      expect(JSON.parse(readFileSync(join(directory, file), 'utf8'))).toEqual(
        JSON.parse(readFileSync(join(CORE_SCHEMAS, file), 'utf8')),
      );
    }
    const single = tempDir();
    expect(aicb(['schema', 'NeedsAssessment', '-o', single]).status).toBe(0);
    expect(readdirSync(single)).toEqual(['needs-assessment.schema.json']);
  });

  it('exits 2 when the directory cannot be written', () => {
    const file = join(tempDir(), 'a-file');
    writeFileSync(file, '');
    const run = aicb(['schema', '--out', file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^aicb: cannot write the schemas into /);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('aicb init', () => {
  it('writes a starter workspace that aicb validate accepts, even under --strict', () => {
    const root = tempDir();
    const run = aicb(['init', 'starter'], { cwd: root });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('created starter/work-plan.yaml\n');
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('Check it with: aicb validate starter');
    const directory = join(root, 'starter');

    const checked = aicb(['validate', '--strict', '--format', 'json'], { cwd: directory });
    expect(checked.status).toBe(0);
    const report = json<{ findings: unknown[]; files: { path: string; kind: string }[] }>(checked);
    expect(report.findings).toEqual([]);
    expect(report.files).toEqual([
      { path: 'assessments/ken.yaml', kind: 'NeedsAssessment', errors: 0, warnings: 0, infos: 0 },
      { path: 'initiatives.yaml', kind: 'InitiativeCatalogue', errors: 0, warnings: 0, infos: 0 },
      { path: 'scoring-profile.yaml', kind: 'ScoringProfile', errors: 0, warnings: 0, infos: 0 },
      { path: 'work-plan.yaml', kind: 'WorkPlan', errors: 0, warnings: 0, infos: 0 },
    ]);
  });

  it('writes a starter workspace whose measures aicb prioritize ranks with its profile', () => {
    const root = tempDir();
    expect(aicb(['init', 'x'], { cwd: root }).status).toBe(0);
    for (const args of [
      ['x/work-plan.yaml', '-a', 'x', '-c', 'x', '-p', 'x/scoring-profile.yaml'],
      ['x/work-plan.yaml', '-a', 'x/assessments', '-c', 'x/initiatives.yaml', '-p', 'x'],
    ]) {
      const run = aicb(['prioritize', ...args, '--format', 'json'], { cwd: root });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const result = json<{ profile: string; ranking: { measureId: string }[] }>(run);
      expect(result.profile).toBe('starter-priorities');
      expect(result.ranking.map((entry) => entry.measureId).sort()).toEqual(['M-01', 'M-02']);
    }
  });

  it('ranks the starter workspace by COPRAS with a stability analysis', () => {
    const root = tempDir();
    expect(aicb(['init', 'x'], { cwd: root }).status).toBe(0);
    const args = ['x/work-plan.yaml', '-a', 'x/assessments', '-c', 'x/initiatives.yaml'];
    const run = aicb(['prioritize', ...args, '-p', 'x', '-m', 'copras', '--sensitivity', '10'], {
      cwd: root,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Priorities by copras /);
    expect(run.stdout).toContain('Rank acceptability over 10 random weight vectors (seed 1):');
    expect(run.stdout).not.toContain('(to 1e-9)');
  });

  it('points each YAML file to a schema file that exists, for the kind the file declares', () => {
    const directory = tempDir();
    expect(aicb(['init'], { cwd: directory }).status).toBe(0);
    for (const file of [
      'work-plan.yaml',
      'initiatives.yaml',
      'scoring-profile.yaml',
      'assessments/ken.yaml',
    ]) {
      const text = readFileSync(join(directory, file), 'utf8');
      const match = /^# yaml-language-server: \$schema=(\S+)\n/.exec(text);
      expect(match).not.toBeNull();
      const schemaPath = resolve(dirname(join(directory, file)), match![1]!);
      expect(existsSync(schemaPath)).toBe(true);
      const kind = /^kind: (\w+)$/m.exec(text)![1]!;
      expect((JSON.parse(readFileSync(schemaPath, 'utf8')) as { title: string }).title).toBe(kind);
    }
  });

  it('refuses to overwrite, writing nothing, unless --force', () => {
    const directory = tempDir();
    writeFileSync(join(directory, 'initiatives.yaml'), 'mine\n');
    const refused = aicb(['init'], { cwd: directory });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe(
      "aicb: not overwriting 'initiatives.yaml'; nothing was written. Use --force to overwrite.\n",
    );
    expect(readdirSync(directory)).toEqual(['initiatives.yaml']);
    expect(readFileSync(join(directory, 'initiatives.yaml'), 'utf8')).toBe('mine\n');

    expect(aicb(['init', '--force'], { cwd: directory }).status).toBe(0);
    expect(readFileSync(join(directory, 'initiatives.yaml'), 'utf8')).toMatch(
      /^# yaml-language-server/,
    );
  });
});
