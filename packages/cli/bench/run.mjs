// Benchmarks of the aicb binary, reported as ratios against baselines that do less:
//  1. start-up: `aicb validate` of one small file against `node -e 0`, with the compiled code kept
//     from the first run (the warm-up), as every later run of a user gets it, and without;
//  2. 1,000 files checked in one process against a process that reads the same bytes and parses
//     them (YAML.parse or JSON.parse), without validating;
//  3. the stylish output of one file with 8,000 findings against the JSON output of the same run,
//     which shows no code frames (a quadratic frame builder once made this ratio about 40);
//  4. `aicb report` of a folder with a 1,000-measure plan (and the example's assessments and
//     scoring profile) against `aicb validate` of the same folder: the report may take at most
//     three times as long (the run fails above that), its fastest run against validate's fastest.
// Each is spawned several times; medians are compared, minimums for 4. Run after a build:
// `pnpm bench`.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatePlan } from '../../core/bench/generate-plan.mjs';

const BIN = fileURLToPath(new URL('../dist/aicb.cjs', import.meta.url));
const FIXTURE = fileURLToPath(
  new URL('../test/fixtures/valid/assessments/kgz.yaml', import.meta.url),
);
const STARTS = 21;
const RUNS = 7;
const FILES = 1000;
const MEASURES = 1000;
/** How many times as long as `aicb validate` of the same folder `aicb report` may take. */
const REPORT_BUDGET = 3;
const EXAMPLE = fileURLToPath(
  new URL('../../../examples/itu-ai-capacity-building/', import.meta.url),
);

// The YAML parser core uses, for the baseline.
const fromCore = createRequire(createRequire(import.meta.url).resolve('@itu-aicb/core'));
const yamlPath = fromCore.resolve('yaml');

// The compiled code `aicb` keeps between runs goes to a folder of the bench's own.
const codeCache = mkdtempSync(join(tmpdir(), 'aicb-bench-cache-'));

function timeSpawn(args, expectStatus, env = {}) {
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, CI: '1', NODE_COMPILE_CACHE: codeCache, ...env },
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status !== expectStatus) {
    throw new Error(
      `${args.join(' ')} exited ${run.status}: ${run.stderr}${run.stdout.slice(0, 500)}`,
    );
  }
  return ms;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Runs both commands alternately, so that drift of the machine affects both alike. */
function compare(times, subject, baseline, statistic = median) {
  const a = [];
  const b = [];
  timeSpawn(subject.args, subject.status, subject.env);
  timeSpawn(baseline.args, baseline.status ?? 0);
  for (let index = 0; index < times; index += 1) {
    a.push(timeSpawn(subject.args, subject.status, subject.env));
    b.push(timeSpawn(baseline.args, baseline.status ?? 0));
  }
  return { subject: statistic(a), baseline: statistic(b) };
}

function row(name, result) {
  console.log(
    name.padEnd(44),
    result.subject.toFixed(1).padStart(10),
    result.baseline.toFixed(1).padStart(12),
    (result.subject / result.baseline).toFixed(2).padStart(7),
  );
}

const template = readFileSync(FIXTURE, 'utf8');
const COUNTRIES = ['KGZ', 'KEN', 'NPL', 'ETH', 'HTI', 'SDN', 'KIR', 'BOL', 'YEM', 'RWA'];
function assessment(index) {
  const day = String((index % 28) + 1).padStart(2, '0');
  const month = String((Math.floor(index / 28) % 12) + 1).padStart(2, '0');
  return template
    .replace('id: na-kgz-2026', `id: na-${index}`)
    .replace('date: 2026-02-15', `date: 2025-${month}-${day}`)
    .replace('country: KGZ', `country: ${COUNTRIES[index % COUNTRIES.length]}`);
}

/** An initiative catalogue of `count` initiatives, each with one unknown key: `count` findings. */
function catalogueWithFindings(count) {
  const lines = ['kind: InitiativeCatalogue', 'schemaVersion: 1', 'id: many', 'title: Many'];
  lines.push('asOf: 2025-12-31', 'initiatives:');
  for (let index = 0; index < count; index += 1) {
    lines.push(
      `  - id: i-${index}`,
      `    name: Initiative ${index} with a name long enough to make a file of realistic size`,
      '    owner: GS',
      '    kinds: [platform]',
      '    pillars: [talent]',
      '    status: active',
      "    start: '2017'",
      `    unknown${index}: 1`,
      `    description: ${'x'.repeat(80)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

const root = mkdtempSync(join(tmpdir(), 'aicb-bench-'));
try {
  const yamlDir = join(root, 'yaml');
  const jsonDir = join(root, 'json');
  mkdirSync(yamlDir);
  mkdirSync(jsonDir);
  const YAML = fromCore('yaml');
  for (let index = 0; index < FILES; index += 1) {
    const text = assessment(index);
    writeFileSync(join(yamlDir, `a${index}.yaml`), text);
    writeFileSync(
      join(jsonDir, `a${index}.json`),
      `${JSON.stringify(YAML.parse(text), null, 2)}\n`,
    );
  }
  const parseAll = (directory, parser) => [
    '-e',
    `const fs = require('node:fs'); const path = require('node:path');
     const parse = ${parser};
     let n = 0;
     for (const name of fs.readdirSync(${JSON.stringify(directory)}).sort()) {
       const bytes = fs.readFileSync(path.join(${JSON.stringify(directory)}, name));
       n += Object.keys(parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))).length;
     }
     if (n === 0) process.exit(1);`,
  ];

  console.log(
    `cli: medians of ${STARTS} start-ups and ${RUNS} runs over ${FILES} files, each a new process`,
  );
  console.log(
    'task'.padEnd(44),
    'aicb ms'.padStart(10),
    'baseline ms'.padStart(12),
    'ratio'.padStart(7),
  );
  row(
    'validate 1 small file vs node -e 0',
    compare(STARTS, { args: [BIN, 'validate', FIXTURE], status: 0 }, { args: ['-e', '0'] }),
  );
  row(
    '  the same, compile cache off',
    compare(
      STARTS,
      {
        args: [BIN, 'validate', FIXTURE],
        status: 0,
        env: { NODE_DISABLE_COMPILE_CACHE: '1' },
      },
      { args: ['-e', '0'] },
    ),
  );
  row(
    `validate ${FILES} YAML files vs read + YAML.parse`,
    compare(
      RUNS,
      { args: [BIN, 'validate', yamlDir, '--format', 'json'], status: 0 },
      { args: parseAll(yamlDir, `require(${JSON.stringify(yamlPath)}).parse`) },
    ),
  );
  row(
    `validate ${FILES} JSON files vs read + JSON.parse`,
    compare(
      RUNS,
      { args: [BIN, 'validate', jsonDir, '--format', 'json'], status: 0 },
      { args: parseAll(jsonDir, 'JSON.parse') },
    ),
  );
  const findingsFile = join(root, 'findings.yaml');
  writeFileSync(findingsFile, catalogueWithFindings(8000));
  row(
    'stylish vs json, 1 file with 8,000 findings',
    compare(
      3,
      { args: [BIN, 'validate', findingsFile], status: 1 },
      { args: [BIN, 'validate', findingsFile, '--format', 'json'], status: 1 },
    ),
  );

  const planDir = join(root, 'plan');
  mkdirSync(planDir);
  writeFileSync(join(planDir, 'work-plan.json'), JSON.stringify(generatePlan(MEASURES)));
  cpSync(join(EXAMPLE, 'assessments'), join(planDir, 'assessments'), { recursive: true });
  cpSync(join(EXAMPLE, 'scoring-profile.yaml'), join(planDir, 'scoring-profile.yaml'));
  const page = join(root, 'report.html');
  const report = compare(
    5,
    { args: [BIN, 'report', planDir, '--as-of', '2026-06-30', '-o', page], status: 0 },
    { args: [BIN, 'validate', planDir, '--format', 'json'], status: 0 },
    (values) => Math.min(...values),
  );
  row(`report vs validate, ${MEASURES.toLocaleString('en')}-measure plan (min)`, report);
  const ratio = report.subject / report.baseline;
  console.log(
    `  the page: ${(statSync(page).size / 1024).toFixed(0)} KB; at most ${REPORT_BUDGET}x validate: ${ratio <= REPORT_BUDGET ? 'yes' : 'NO'}`,
  );
  if (ratio > REPORT_BUDGET) process.exitCode = 1;
} finally {
  rmSync(root, { recursive: true, force: true });
  rmSync(codeCache, { recursive: true, force: true });
}
