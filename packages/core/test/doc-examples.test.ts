// Every `@example` of both packages' exports compiles against the packages' types.
import { describe, expect, it } from 'vitest';
import { checkDocExamples } from './doc-examples.js';

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
  });
});
