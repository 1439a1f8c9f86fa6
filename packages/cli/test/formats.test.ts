// Every output format of `aicb validate`, checked against its schema or syntax.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { ISSUE_CODE_REFERENCE } from '@itu-aicb/core';
import { describe, expect, it } from 'vitest';
import { aicb, copyFixture, FIXTURES, json, PACKAGE_ROOT, tempDir } from './helpers.js';

/** A regular expression engine for ajv that reads a leading `(?i)` as the `i` flag. */
const regExp = Object.assign(
  (pattern: string, flags: string): RegExp =>
    pattern.startsWith('^(?i)')
      ? new RegExp(`^${pattern.slice(5)}`, `${flags}i`)
      : new RegExp(pattern, flags),
  { code: 'new RegExp' },
);
// The published schema puts an `anyOf` list among the properties of `region`, which a meta-schema
// check refuses; it is compiled without that check (the list then names a property nobody writes).
const sarifAjv = new Ajv2020({
  strict: false,
  allErrors: true,
  validateSchema: false,
  code: { regExp },
});
addFormats(sarifAjv);
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const readJson = (path: string): Record<string, unknown> =>
  JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
const validateSarif = sarifAjv.compile(readJson(join(FIXTURES, 'sarif/sarif-schema-2.1.0.json')));
const validateOutput = ajv.compile(
  readJson(join(PACKAGE_ROOT, 'schemas/validate-output.schema.json')),
);

function expectValid(validate: typeof validateSarif, value: unknown): void {
  const ok = validate(value);
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
}

/** A workspace with errors, warnings, a note, a finding without position and an unreadable file. */
function mixedWorkspace(): string {
  const directory = copyFixture('broken');
  writeFileSync(join(directory, 'empty.yaml'), '');
  writeFileSync(join(directory, 'R&D <"plan">.yaml'), '\uFEFFkind: WorkPlan\nkind: WorkPlan\n');
  mkdirSync(join(directory, 'sub dir'));
  writeFileSync(join(directory, 'sub dir', 'bad.json'), '{"kind": "InitiativeCatalogue",}');
  return directory;
}
const MIXED_ARGS = ['.', 'empty.yaml'];

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

/**
 * A work plan, in a file whose name holds an escape, with a key that holds control characters, a
 * line break and `%`, and otherwise valid.
 */
function controlWorkspace(): string {
  const directory = tempDir();
  const parts = {
    kind: 'WorkPlan',
    schemaVersion: 1,
    id: 'p',
    title: 'T',
    status: 'draft',
    period: { start: '2026-01-01', end: '2026-12-31' },
    owner: 'ITU',
    objectives: [{ id: 'O1', title: 'O', pillars: ['talent'] }],
    'k2\r\nx\u001B[31m\u0000\u0007%': 1,
    arrangements: { leadBureau: 'BDT', reporting: { cadence: 'annual', body: 'ITU Council' } },
  };
  writeFileSync(join(directory, 'ctl\u001B[31m.json'), JSON.stringify(parts));
  return directory;
}

describe('json', () => {
  it('matches its schema for a valid, a broken and a mixed workspace', () => {
    for (const [directory, args] of [
      [copyFixture('valid'), []],
      [copyFixture('broken'), []],
      [mixedWorkspace(), MIXED_ARGS],
    ] as const) {
      const run = aicb(['validate', ...args, '--format', 'json'], { cwd: directory });
      expectValid(validateOutput, json(run));
    }
  });

  it('gives the outcome, the counts, each file and each finding with its place', () => {
    const run = aicb(['validate', '--format', 'json', '--max-warnings', '5'], {
      cwd: copyFixture('broken'),
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    const report = json(run);
    expect(report).toMatchObject({
      formatVersion: 1,
      tool: { name: 'aicb', version: readJson(join(PACKAGE_ROOT, 'package.json'))['version'] },
      ok: false,
      exitCode: 1,
      options: { strict: false, maxWarnings: 5, quiet: false },
      summary: { files: 3, unreadable: 0, errors: 3, warnings: 3, infos: 0 },
      files: [
        { path: 'assessments/ken.json', kind: 'NeedsAssessment', errors: 1, warnings: 1, infos: 0 },
        { path: 'initiatives.yaml', kind: 'InitiativeCatalogue', errors: 0, warnings: 0, infos: 0 },
        { path: 'work-plan.yaml', kind: 'WorkPlan', errors: 2, warnings: 2, infos: 0 },
      ],
    });
    // After the two findings of assessments/ken.json and the warning on line 12.
    expect((report['findings'] as unknown[])[3]).toEqual({
      file: 'work-plan.yaml',
      line: 18,
      column: 18,
      endLine: 18,
      endColumn: 20,
      severity: 'error',
      code: 'plan/unresolved-objective',
      message: 'Measure "M-01" refers to objective "O9", which this plan does not define.',
      hint: 'Use one of the objective ids: O1.',
      pointer: '/measures/0/objectives/0',
      params: { measure: 'M-01', objective: 'O9', known: ['O1'] },
      fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/) as unknown,
      suppression: null,
      baseline: null,
    });
  });
});

describe('sarif', () => {
  it('is valid SARIF 2.1.0 for a valid, a broken and a mixed workspace', () => {
    for (const [directory, args] of [
      [copyFixture('valid'), []],
      [copyFixture('broken'), []],
      [mixedWorkspace(), MIXED_ARGS],
    ] as const) {
      const run = aicb(['validate', ...args, '--format', 'sarif'], { cwd: directory });
      expect(run.stderr).toBe('');
      expectValid(validateSarif, json(run));
    }
  });

  it('lists every code as a rule and gives each result its rule, level, message and region', () => {
    const run = aicb(['validate', '--format', 'sarif'], { cwd: copyFixture('broken') });
    expect(run.status).toBe(1);
    const log = json<{
      version: string;
      runs: {
        tool: {
          driver: {
            name: string;
            rules: { id: string; defaultConfiguration: { level: string } }[];
          };
        };
        results: {
          ruleId: string;
          ruleIndex: number;
          level: string;
          message: { text: string };
          locations: {
            physicalLocation: {
              artifactLocation: { uri: string };
              region?: Record<string, number>;
            };
          }[];
        }[];
      }[];
    }>(run);
    expect(log.version).toBe('2.1.0');
    const [sarifRun] = log.runs;
    const rules = sarifRun!.tool.driver.rules;
    expect(sarifRun!.tool.driver.name).toBe('aicb');
    for (const entry of ISSUE_CODE_REFERENCE) {
      expect(rules.find((rule) => rule.id === entry.code)?.defaultConfiguration.level).toBe(
        entry.severity === 'info' ? 'note' : entry.severity,
      );
    }
    const result = sarifRun!.results.find((item) => item.ruleId === 'plan/unresolved-objective')!;
    expect(rules[result.ruleIndex]!.id).toBe('plan/unresolved-objective');
    expect(result.level).toBe('error');
    expect(result.message.text).toContain('refers to objective "O9"');
    expect(result.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'work-plan.yaml', uriBaseId: 'SRCROOT' },
      region: { startLine: 18, startColumn: 18, endLine: 18, endColumn: 20 },
    });
    expect(sarifRun!.results.map((item) => item.level).sort()).toEqual([
      'error',
      'error',
      'error',
      'warning',
      'warning',
      'warning',
    ]);
    const json2 = sarifRun!.results.find((item) => item.ruleId === 'schema/invalid-value')!;
    expect(json2.locations[0]!.physicalLocation.artifactLocation.uri).toBe('assessments/ken.json');
  });

  it('encodes file names as URI references and marks notes as notes', () => {
    const run = aicb(['validate', ...MIXED_ARGS, '--format', 'sarif'], { cwd: mixedWorkspace() });
    const text = run.stdout;
    expect(text).toContain('"uri": "R%26D%20%3C%22plan%22%3E.yaml"');
    expect(text).toContain('"uri": "sub%20dir/bad.json"');
    expect(text).toContain('"level": "note"');
  });
});

describe('github', () => {
  it('writes a workflow command per finding, escaped, then the summary', () => {
    const run = aicb(['validate', '--format', 'github'], { cwd: copyFixture('broken') });
    expect(run.status).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toContain(
      '::error file=work-plan.yaml,line=18,col=18,endLine=18,endColumn=20,title=plan/unresolved-objective::Measure "M-01" refers to objective "O9", which this plan does not define.%0AUse one of the objective ids: O1.',
    );
    expect(lines.filter((line) => line.startsWith('::warning '))).toHaveLength(3);
    expect(lines.at(-1)).toBe('aicb: 3 files checked: 3 errors, 3 warnings, 0 notes.');
  });

  it('escapes properties and writes findings without a place as file annotations', () => {
    const run = aicb(['validate', ...MIXED_ARGS, '--format', 'github'], { cwd: mixedWorkspace() });
    expect(run.stdout).toContain('::error file=empty.yaml,title=text/empty::');
    expect(run.stdout).toContain('::notice file=R&D <"plan">.yaml,title=text/byte-order-mark::');
  });

  it('writes control characters and line breaks from the files as U+FFFD, one command a line', () => {
    const directory = controlWorkspace();
    const run = aicb(['validate', '--format', 'github'], { cwd: directory });
    expect(run.status).toBe(1);
    expect(run.stdout).not.toMatch(CONTROL);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.every((line) => line.startsWith('::') || line.startsWith('aicb: '))).toBe(true);
    expect(lines).toContain(
      `::error file=ctl\uFFFD[31m.json,line=1,col=201,endLine=1,endColumn=233,title=schema/unknown-key::"k2\uFFFD\uFFFDx\uFFFD[31m\uFFFD\uFFFD%25" is not a field here.%0AThe fields here are "$schema", "kind", "schemaVersion", "id", "title", "summary", "status", "version", "period", "owner", "mandates", "objectives", "measures", "arrangements" and "updated".`,
    );
  });

  it('writes at most 10 annotations of each level, says how many were left out, and still fails', () => {
    const directory = tempDir();
    for (let index = 0; index < 25; index += 1) {
      writeFileSync(join(directory, `plan-${index}.yaml`), `kind: WorkPlan\nid: a\nid: b\n`);
    }
    const run = aicb(['validate', '--format', 'github'], { cwd: directory });
    expect(run.status).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.filter((line) => line.startsWith('::error '))).toHaveLength(10);
    expect(lines).toHaveLength(11);
    expect(lines.at(-1)).toBe(
      'aicb: 25 files checked: 25 errors, 0 warnings, 0 notes. 15 findings not annotated (at most 10 of each level); run with --format stylish to see all.',
    );
  });
});

/** Checks that a text is well-formed XML of the shape the JUnit format writes, and returns its elements. */
function parseXml(
  text: string,
): { name: string; attributes: Record<string, string>; text: string }[] {
  expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
  const body = text.slice(text.indexOf('?>') + 2);
  const token =
    /<(\/?)([A-Za-z][\w-]*)((?:\s+[\w-]+="[^"<&]*(?:&(?:amp|lt|gt|quot|apos|#\d+);[^"<&]*)*")*)\s*(\/?)>|([^<]+)/gy;
  const stack: string[] = [];
  const elements: { name: string; attributes: Record<string, string>; text: string }[] = [];
  let roots = 0;
  let match: RegExpExecArray | null;
  let consumed = 0;
  while ((match = token.exec(body)) !== null) {
    consumed = token.lastIndex;
    const [, closing, name, attributeText, selfClosing, content] = match;
    if (content !== undefined) {
      expect(content).not.toMatch(/&(?!(?:amp|lt|gt|quot|apos|#\d+);)/);
      if (stack.length === 0) expect(content.trim()).toBe('');
      else elements.at(-1)!.text += content;
      continue;
    }
    if (closing === '/') {
      expect(stack.pop()).toBe(name);
      continue;
    }
    if (stack.length === 0) roots += 1;
    const attributes: Record<string, string> = {};
    for (const [, key, value] of attributeText!.matchAll(/([\w-]+)="([^"]*)"/g)) {
      attributes[key!] = value!
        .replaceAll('&lt;', '<')
        .replaceAll('&gt;', '>')
        .replaceAll('&quot;', '"')
        .replaceAll('&apos;', "'")
        .replaceAll('&#10;', '\n')
        .replaceAll('&amp;', '&');
    }
    elements.push({ name: name!, attributes, text: '' });
    if (selfClosing !== '/') stack.push(name!);
  }
  expect(consumed).toBe(body.length);
  expect(stack).toEqual([]);
  expect(roots).toBe(1);
  return elements;
}

describe('junit', () => {
  it('writes well-formed XML: a suite per file, a failure per error, other findings as output', () => {
    const run = aicb(['validate', '--format', 'junit'], { cwd: copyFixture('broken') });
    expect(run.status).toBe(1);
    const elements = parseXml(run.stdout);
    expect(elements[0]).toMatchObject({
      name: 'testsuites',
      attributes: { tests: '3', failures: '3', errors: '0' },
    });
    const suites = elements.filter((element) => element.name === 'testsuite');
    expect(suites.map((suite) => [suite.attributes['name'], suite.attributes['failures']])).toEqual(
      [
        ['assessments/ken.json', '1'],
        ['initiatives.yaml', '0'],
        ['work-plan.yaml', '2'],
      ],
    );
    expect(elements.filter((element) => element.name === 'testcase')).toHaveLength(3);
    const failure = elements.find(
      (element) =>
        element.name === 'failure' && element.attributes['type'] === 'plan/unresolved-objective',
    );
    expect(failure?.attributes['message']).toBe(
      'Measure "M-01" refers to objective "O9", which this plan does not define.',
    );
    const output = elements.filter((element) => element.name === 'system-out');
    expect(output.map((element) => element.text).join('\n')).toContain(
      'plan/lead-also-contributor',
    );
  });

  it('counts warnings as failures under --strict, and adds a failing max-warnings case', () => {
    const strict = parseXml(
      aicb(['validate', '--format', 'junit', '--strict'], { cwd: copyFixture('broken') }).stdout,
    );
    expect(strict[0]!.attributes['failures']).toBe('6');
    const limited = parseXml(
      aicb(['validate', '--format', 'junit', '--max-warnings', '1'], { cwd: copyFixture('broken') })
        .stdout,
    );
    expect(limited[0]!.attributes).toMatchObject({ tests: '4', failures: '4' });
    expect(limited.find((element) => element.attributes['name'] === 'max-warnings')).toBeDefined();
  });

  it('escapes file names, messages and control characters', () => {
    const directory = mixedWorkspace();
    writeFileSync(join(directory, 'ctl.yaml'), 'kind: WorkPlan\n\u0001\n');
    const run = aicb(['validate', ...MIXED_ARGS, 'ctl.yaml', '--format', 'junit'], {
      cwd: directory,
    });
    expect(run.status).toBe(1);
    expect(run.stdout).not.toContain('\u0001');
    const elements = parseXml(run.stdout);
    expect(
      elements.find(
        (element) =>
          element.name === 'testsuite' && element.attributes['name'] === 'R&D <"plan">.yaml',
      ),
    ).toBeDefined();
  });
});

describe('stylish text from the files', () => {
  it('shows control characters and line breaks in keys and file names as U+FFFD', () => {
    const run = aicb(['validate'], { cwd: controlWorkspace() });
    expect(run.status).toBe(1);
    expect(run.stdout).not.toMatch(CONTROL);
    expect(run.stdout).toContain(
      'ctl\uFFFD[31m.json:1:201  error  schema/unknown-key\n  "k2\uFFFD\uFFFDx\uFFFD[31m\uFFFD\uFFFD%" is not a field here.\n',
    );
  });
});

describe('stylish colour', () => {
  const run = (env: Record<string, string>): string =>
    aicb(['validate'], { cwd: copyFixture('broken'), env }).stdout;

  it('is off on a pipe, on with FORCE_COLOR, and off with FORCE_COLOR=0 or NO_COLOR', () => {
    // eslint-disable-next-line no-control-regex
    const ansi = /\u001B\[\d+m/;
    expect(run({})).not.toMatch(ansi);
    expect(run({ FORCE_COLOR: '1' })).toMatch(ansi);
    expect(run({ FORCE_COLOR: '1', NO_COLOR: '1' })).toMatch(ansi);
    expect(run({ FORCE_COLOR: '0' })).not.toMatch(ansi);
    expect(run({ NO_COLOR: '1' })).not.toMatch(ansi);
  });
});
