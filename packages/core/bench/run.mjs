// Benchmarks of @itu-aicb/core, reported as ratios against baselines run in the same process.
// Run after a build: `pnpm bench` from the repository root.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { Bench } from 'tinybench';
import { documentJsonSchema, validateDocumentText, validateWorkPlan } from '../dist/index.js';
import { generatePlan } from './generate-plan.mjs';

const MEASURES = 10_000;
const text = JSON.stringify(generatePlan(MEASURES));
const parsed = JSON.parse(text);
// The generated text is larger than the default size cap of parseText.
const TEXT_OPTIONS = { maxLength: 100_000_000 };
const checked = validateWorkPlan(parsed);
if (!checked.ok || checked.warnings.length > 0)
  throw new Error('the generated plan must be valid, without warnings');
if (!validateDocumentText(text, TEXT_OPTIONS).ok)
  throw new Error('the generated text must be valid');

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

const bench = new Bench({ time: 3000, warmupTime: 500 });
bench
  .add('JSON.parse (baseline)', () => JSON.parse(text))
  .add('validateWorkPlan(object)', () => validateWorkPlan(parsed))
  .add('JSON.parse + validateWorkPlan', () => validateWorkPlan(JSON.parse(text)))
  .add('validateDocumentText(text)', () => validateDocumentText(text, TEXT_OPTIONS))
  .add('same, 10,000 notes placed', () => validateDocumentText(notedText, TEXT_OPTIONS))
  .add('ajv (exported schema, object)', () => ajvValidate(parsed));
await bench.run();

const mean = (name) => {
  const task = bench.getTask(name);
  const latency = task?.result?.latency;
  if (latency === undefined) throw new Error(`no result for ${name}`);
  return latency.mean;
};
const baseline = mean('JSON.parse (baseline)');
const ajvMean = mean('ajv (exported schema, object)');
console.log(
  `core: work plan with ${MEASURES} measures, ${(text.length / 1e6).toFixed(1)} MB of JSON`,
);
console.log(
  'task'.padEnd(34),
  'mean ms'.padStart(9),
  'x JSON.parse'.padStart(13),
  'x ajv'.padStart(8),
);
for (const task of bench.tasks) {
  const ms = mean(task.name);
  console.log(
    task.name.padEnd(34),
    ms.toFixed(1).padStart(9),
    (ms / baseline).toFixed(2).padStart(13),
    (ms / ajvMean).toFixed(2).padStart(8),
  );
}
