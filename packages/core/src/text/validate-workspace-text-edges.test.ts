// The edges of validateWorkspaceText: which format each file is read in, and what a file that
// cannot be read tells the checks across files.
import { describe, expect, it } from 'vitest';
import { validateWorkspaceText } from '@itu-aicb/core';
import type { SourceText, ValidateTextOptions } from '@itu-aicb/core';
import { smallPlanText } from '../../test/plan-text.js';

/** A small valid plan whose one measure builds on `itu-academy`. */
const plan = smallPlanText(
  ', buildsOn: [itu-academy], estimates: {beneficiaries: 1, feasibility: 3, risk: 2, monthsToFirstResults: 3}',
);

/** Whether a YAML flow mapping was read as text that is not valid (JSON). */
const refused = (format: unknown, options?: ValidateTextOptions): boolean => {
  const file = { source: 'a', text: '{kind: NeedsAssessment}', format } as SourceText;
  const result = validateWorkspaceText([file], options);
  return result.issues.some((i) => i.code === 'text/syntax');
};

describe('validateWorkspaceText', () => {
  it("reads a file in its own format, over the options'", () => {
    expect(refused('json', { format: 'yaml' })).toBe(true);
    expect(refused('yaml', { format: 'json' })).toBe(false);
    expect(refused('auto', { format: 'json' })).toBe(false);
  });

  it("reads a file in the options' format when its own is missing or unknown", () => {
    expect(refused(undefined, { format: 'json' })).toBe(true);
    expect(refused('toml', { format: 'json' })).toBe(true);
    expect(refused('JSON', { format: 'yaml' })).toBe(false);
    expect(refused(undefined)).toBe(false);
  });

  it('lets no kind come from a text that is not a string', () => {
    // An object given as text is no text, so it declares no catalogue that could hold the id.
    const result = validateWorkspaceText([
      { source: 'plan.yaml', text: plan },
      { source: 'catalogue.yaml', text: { kind: 'InitiativeCatalogue' } as never },
    ]);
    expect(result.issues.map((i) => [i.source, i.code])).toEqual([
      ['catalogue.yaml', 'input/not-text'],
      ['plan.yaml', 'workspace/unresolved-initiative'],
    ]);
  });

  it('takes the kind an unreadable text declares, and a reference it may define stays unreported', () => {
    const result = validateWorkspaceText([
      { source: 'plan.yaml', text: plan },
      { source: 'catalogue.json', text: '{"kind": "InitiativeCatalogue", "id": }' },
    ]);
    expect(result.issues.map((i) => [i.source, i.code])).toEqual([
      ['catalogue.json', 'text/syntax'],
    ]);
  });

  it('passes its options to every file', () => {
    const result = validateWorkspaceText(
      [
        { source: 'a.yaml', text: plan },
        { source: 'b.yaml', text: 'kind: WorkPlan' },
      ],
      { maxLength: 20 },
    );
    const codes = (source: string) =>
      result.issues.filter((i) => i.source === source).map((i) => i.code);
    expect(codes('a.yaml')).toEqual(['text/too-large']);
    expect(codes('b.yaml')).toContain('schema/missing-property');
    expect(codes('b.yaml')).not.toContain('text/too-large');
  });
});
