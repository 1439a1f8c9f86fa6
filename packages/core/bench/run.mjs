// Benchmarks of @itu-aicb/core, reported as ratios against baselines run in the same process.
// Run after a build: `pnpm bench` from the repository root (or `node --expose-gc bench/run.mjs`).
//
// Every timed run starts from a settled heap (a forced collection, not timed, when the process
// runs with --expose-gc), and each task reports the minimum of several runs: a JSON.parse timed
// right after an allocation-heavy run can take two or three times as long as a settled one, which
// would flatter every ratio against it. The baseline is timed first and again after the JSON
// tasks, and the smaller minimum is used; the YAML run comes last. Peak memory is measured apart,
// one call per fresh process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { stringify } from 'yaml';
import { documentJsonSchema, validateDocumentText, validateWorkPlan } from '../dist/index.js';
import { generatePlan } from './generate-plan.mjs';

const MEASURES = 10_000;
// Block style as people write plans, without anchors for the lists the generator shares.
const asYaml = (value) =>
  stringify(JSON.parse(JSON.stringify(value)), { indentSeq: false, lineWidth: 0 });

// The resident-memory probe: a child process that reads a text from a file, then reports how far
// its peak resident set grew beyond what it held before the call.
if (process.argv[2] === '--rss') {
  const source = readFileSync(process.argv[4] ?? '', 'utf8');
  const read =
    process.argv[3] === 'JSON.parse'
      ? () => JSON.parse(source)
      : () => validateDocumentText(source, { maxLength: 100_000_000 });
  globalThis.gc?.();
  const before = process.memoryUsage().rss;
  read();
  console.log(JSON.stringify({ before, peak: process.resourceUsage().maxRSS * 1024 }));
  process.exit(0);
}

const plan = generatePlan(MEASURES);
const text = JSON.stringify(plan);
const yamlText = asYaml(plan);
const parsed = JSON.parse(text);
// The generated text is larger than the default size cap of parseText.
const TEXT_OPTIONS = { maxLength: 100_000_000 };
const checked = validateWorkPlan(parsed);
if (!checked.ok || checked.warnings.length > 0)
  throw new Error('the generated plan must be valid, without warnings');
if (!validateDocumentText(text, TEXT_OPTIONS).ok)
  throw new Error('the generated text must be valid');
if (!validateDocumentText(yamlText, TEXT_OPTIONS).ok)
  throw new Error('the generated YAML text must be valid');

// The same plan with one note per measure (an estimate left out), so that placing thousands of
// findings in the text is measured too.
const noted = generatePlan(MEASURES);
for (const measure of noted.measures) delete measure.estimates.monthsToFirstResults;
const notedText = JSON.stringify(noted);
if (validateDocumentText(notedText, TEXT_OPTIONS).warnings.length < MEASURES)
  throw new Error('the noted text must have a note per measure');

const ajv = new Ajv2020({ allErrors: false, strict: false });
addFormats.default(ajv);
const ajvValidate = ajv.compile(documentJsonSchema('WorkPlan'));
if (!ajvValidate(parsed)) throw new Error('ajv must accept the generated plan');

const settle = globalThis.gc ?? (() => {});
const RUNS = Number(process.env.BENCH_RUNS ?? 9);

/** Times `task` `runs` times, each from a settled heap, after two untimed warm-up runs. */
function time(task, runs = RUNS) {
  task();
  task();
  const samples = [];
  for (let run = 0; run < runs; run += 1) {
    settle();
    const started = performance.now();
    task();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { min: samples[0], median: samples[Math.floor(samples.length / 2)] };
}

const results = [];
const add = (name, task, runs) => {
  const result = { name, ...time(task, runs) };
  results.push(result);
  return result;
};

const firstBaseline = add('JSON.parse (baseline)', () => JSON.parse(text));
add('validateWorkPlan(object)', () => validateWorkPlan(parsed));
add('JSON.parse + validateWorkPlan', () => validateWorkPlan(JSON.parse(text)));
add('validateDocumentText(JSON text)', () => validateDocumentText(text, TEXT_OPTIONS));
add('same, 10,000 notes placed', () => validateDocumentText(notedText, TEXT_OPTIONS));
add('ajv (exported schema, object)', () => ajvValidate(parsed));
const secondBaseline = time(() => JSON.parse(text));
add('validateDocumentText(YAML text)', () => validateDocumentText(yamlText, TEXT_OPTIONS), 3);

const baseline = Math.min(firstBaseline.min, secondBaseline.min);
const ajvMin = results.find((result) => result.name.startsWith('ajv')).min;

/** Peak resident set growth (MB) of one call in a fresh process, the text read from a file. */
const directory = mkdtempSync(join(tmpdir(), 'aicb-core-bench-'));
function peakGrowth(task, source) {
  const file = join(directory, 'plan.txt');
  writeFileSync(file, source);
  const probe = spawnSync(
    process.execPath,
    ['--expose-gc', fileURLToPath(import.meta.url), '--rss', task, file],
    { encoding: 'utf8' },
  );
  if (probe.status !== 0) throw new Error(`the memory probe failed: ${probe.stderr}`);
  const { before, peak } = JSON.parse(probe.stdout);
  return (peak - before) / 1e6;
}
let memory;
try {
  memory = [
    ['JSON.parse (JSON text)', peakGrowth('JSON.parse', text)],
    ['validateDocumentText(JSON text)', peakGrowth('validateDocumentText', text)],
    ['validateDocumentText(YAML text)', peakGrowth('validateDocumentText', yamlText)],
  ];
} finally {
  rmSync(directory, { recursive: true, force: true });
}

console.log(
  `core: work plan with ${MEASURES} measures, ${(text.length / 1e6).toFixed(1)} MB of JSON, ` +
    `${(yamlText.length / 1e6).toFixed(1)} MB of YAML; minimum of ${RUNS} runs (3 for YAML)` +
    (globalThis.gc === undefined ? ', heap not settled (run with --expose-gc)' : ', settled heap'),
);
console.log(
  `JSON.parse baseline: ${firstBaseline.min.toFixed(1)} ms first, ` +
    `${secondBaseline.min.toFixed(1)} ms after the JSON tasks`,
);
console.log(
  'task'.padEnd(34),
  'min ms'.padStart(9),
  'median ms'.padStart(10),
  'x JSON.parse'.padStart(13),
  'x ajv'.padStart(8),
);
for (const result of results) {
  console.log(
    result.name.padEnd(34),
    result.min.toFixed(1).padStart(9),
    result.median.toFixed(1).padStart(10),
    (result.min / baseline).toFixed(2).padStart(13),
    (result.min / ajvMin).toFixed(2).padStart(8),
  );
}
console.log('peak resident set growth of one call in a fresh process:');
for (const [name, growth] of memory) console.log(`  ${name.padEnd(32)} +${growth.toFixed(0)} MB`);
