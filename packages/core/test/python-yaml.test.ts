// The Python program in docs/without-typescript.md loads the example plan files with PyYAML and
// checks them against the committed JSON Schemas. Runs only where python3 has PyYAML and
// jsonschema; skipped otherwise.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { JSON_SCHEMA_FILES } from '@itu-aicb/core';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const example = join(root, 'examples/itu-ai-capacity-building');
const schema = (file: string): string => join(root, 'packages/core/schemas', file);

const hasPython =
  spawnSync('python3', ['-c', 'import jsonschema, yaml'], { stdio: 'ignore' }).status === 0;

/** The program of the doc's python code block. */
function program(): string {
  const doc = readFileSync(join(root, 'docs/without-typescript.md'), 'utf8');
  const block = /```python\n([\s\S]*?)```/.exec(doc)?.[1];
  if (block === undefined) throw new Error('docs/without-typescript.md has no python block');
  return block;
}

const dir = mkdtempSync(join(tmpdir(), 'aicb-python-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function check(schemaFile: string, files: readonly string[]) {
  const script = join(dir, 'check_plans.py');
  writeFileSync(script, program());
  const run = spawnSync('python3', [script, schema(schemaFile), ...files], { encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe.skipIf(!hasPython)(
  'loading YAML plan files in Python (docs/without-typescript.md)',
  () => {
    it('accepts every example file, dates kept as text', () => {
      const assessments = readdirSync(join(example, 'assessments')).map((file) =>
        join(example, 'assessments', file),
      );
      const runs = [
        check(JSON_SCHEMA_FILES.WorkPlan, [join(example, 'work-plan.yaml')]),
        check(JSON_SCHEMA_FILES.InitiativeCatalogue, [join(example, 'initiatives.yaml')]),
        check(JSON_SCHEMA_FILES.ScoringProfile, [join(example, 'scoring-profile.yaml')]),
        check(JSON_SCHEMA_FILES.NeedsAssessment, assessments),
      ];
      for (const run of runs) {
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
      }
      expect(runs.at(-1)?.stdout.match(/: valid$/gm)).toHaveLength(assessments.length);
    });

    it('reports a broken file with its pointer and exits 1', () => {
      const text = readFileSync(join(example, 'work-plan.yaml'), 'utf8');
      const broken = join(dir, 'broken.yaml');
      writeFileSync(broken, text.replace('end: 2027-12-31', 'end: 2027-13-31'));
      expect(readFileSync(broken, 'utf8')).not.toBe(text);
      const run = check(JSON_SCHEMA_FILES.WorkPlan, [broken]);
      expect(run.status).toBe(1);
      expect(run.stdout).toContain(`${broken}: /period/end:`);
    });

    it('a default PyYAML load turns dates into date objects, which the schema rejects', () => {
      const run = spawnSync(
        'python3',
        [
          '-c',
          'import json, sys, yaml, jsonschema\n' +
            'schema = json.load(open(sys.argv[1]))\n' +
            'plan = yaml.safe_load(open(sys.argv[2]))\n' +
            'print(len(list(jsonschema.Draft202012Validator(schema).iter_errors(plan))))',
          schema(JSON_SCHEMA_FILES.WorkPlan),
          join(example, 'work-plan.yaml'),
        ],
        { encoding: 'utf8' },
      );
      expect(run.status).toBe(0);
      expect(Number(run.stdout.trim())).toBeGreaterThan(0);
    });
  },
);
