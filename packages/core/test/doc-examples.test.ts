// Every `@example` of both packages' exports compiles against the packages' types, runs, and
// gives the results its `//=>` lines say (the convention is in doc-example-results.ts).
import { describe, expect, it } from 'vitest';
import * as core from '@itu-aicb/core';
import * as coreNode from '@itu-aicb/core/node';
import * as scoring from '@itu-aicb/scoring';
import * as report from '@itu-aicb/report';
import * as arabic from '@itu-aicb/core/locales/ar';
import * as english from '@itu-aicb/core/locales/en';
import * as spanish from '@itu-aicb/core/locales/es';
import * as french from '@itu-aicb/core/locales/fr';
import * as russian from '@itu-aicb/core/locales/ru';
import * as chinese from '@itu-aicb/core/locales/zh';
import { runDocExamples } from './doc-example-results.js';
import type { DocExample } from './doc-examples.js';
import { checkDocExamples, docExamples } from './doc-examples.js';

/**
 * Examples with result lines that declare their inputs (a whole work plan, a file's text), and
 * so are type-checked but not run. Keep this list short: an example that can build its input in a
 * few lines should do so.
 */
const NOT_RUN = [
  '@itu-aicb/core checkWorkspace',
  '@itu-aicb/core indexWorkPlan',
  '@itu-aicb/core milestonesDue',
  '@itu-aicb/core summarizeWorkPlan',
  '@itu-aicb/core timelineByQuarter',
  '@itu-aicb/core validateWorkspaceText',
  '@itu-aicb/core/node PlanFiles',
  '@itu-aicb/report renderPlanReport',
];

describe('documentation examples', () => {
  it('type-check, and a wrong example is caught', () => {
    const { examples, errors } = checkDocExamples([
      {
        name: 'a wrong example',
        code: "validateWorkPlan({}).value.measures;\nconst n: number = 'one';",
      },
    ]);
    expect(examples).toBeGreaterThan(100);
    expect(errors.filter((e) => !e.startsWith('a wrong example'))).toEqual([]);
    expect(errors.filter((e) => e.startsWith('a wrong example'))).toHaveLength(2);
    // Type-checking both packages' examples takes seconds alone and more on a busy machine.
  }, 120_000);
});

describe('documentation examples: results', () => {
  const locales = { ...arabic, ...english, ...spanish, ...french, ...russian, ...chinese };
  const scope = { ...core, ...coreNode, ...scoring, ...report, ...locales };

  it('every result line holds, and a wrong one is caught', async () => {
    const wrong: DocExample[] = [
      {
        packageName: 'extra',
        exportName: 'a wrong result',
        location: 'here',
        code: 'DOCUMENT_KINDS.length;\n//=> 99\n',
      },
      {
        packageName: 'extra',
        exportName: 'prose as a result',
        location: 'here',
        code: "rank([2, 1]);\n//=> the ranks\nconsole.log('a', 1);\n//=> logs 'a 2'\n",
      },
      {
        packageName: 'extra',
        exportName: 'a throw',
        location: 'here',
        code: 'normalizeWeights([]);',
      },
      {
        packageName: 'extra',
        exportName: 'a result inside a block',
        location: 'here',
        code: 'DOCUMENT_KINDS.length;\nif (DOCUMENT_KINDS.length > 0) {\n  rank([1]);\n  //=> [1]\n}\n',
      },
    ];
    const { run, checked, notRun, failures } = await runDocExamples(
      [...docExamples(), ...wrong],
      scope,
    );
    expect(run).toBeGreaterThan(250);
    expect(checked).toBeGreaterThan(200);
    expect(failures.filter((f) => !f.startsWith('extra '))).toEqual([]);
    expect(failures.filter((f) => f.startsWith('extra ')).map((f) => f.split(':')[0])).toEqual([
      'extra a wrong result (here) line 2',
      'extra prose as a result (here) line 2',
      'extra prose as a result (here) line 4',
      'extra a throw (here)',
      'extra a result inside a block (here)',
    ]);
    // Examples that declare their inputs only describe them: they are type-checked, not run.
    expect([...notRun].sort()).toEqual(NOT_RUN);
  });
});
