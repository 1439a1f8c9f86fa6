import { describe, expect, it } from 'vitest';
import { classifyPlanText, declaredKind } from '@itu-aicb/core';

const codes = (text: string, format?: 'yaml' | 'json') => {
  const found = classifyPlanText(text, format);
  return found.status === 'suspect' ? found.issues.map((issue) => [issue.code, issue.hint]) : found;
};

describe('classifyPlanText', () => {
  it('takes a text whose top-level kind is known as a plan document', () => {
    expect(classifyPlanText('schemaVersion: 1\nkind: NeedsAssessment\n')).toEqual({
      status: 'document',
      kind: 'NeedsAssessment',
    });
    expect(
      classifyPlanText('{\n  "schemaVersion": 1,\n  "kind": "ScoringProfile"\n}', 'json'),
    ).toEqual({
      status: 'document',
      kind: 'ScoringProfile',
    });
  });

  it('takes a known kind however the text writes it at the top level', () => {
    for (const text of [
      '  kind: WorkPlan\n  schemaVersion: 1\n',
      'kind: !!str WorkPlan\nschemaVersion: 1\n',
      'kind: &k WorkPlan\nschemaVersion: 1\n',
      '# a comment\n{ "kind": "WorkPlan" }',
      '--- {kind: WorkPlan}',
    ]) {
      expect([text, classifyPlanText(text)]).toEqual([
        text,
        { status: 'document', kind: 'WorkPlan' },
      ]);
    }
  });

  it('does not take a kind nested deeper, as in a saved report', () => {
    const report = JSON.stringify({ files: [{ path: 'plan.yaml', kind: 'WorkPlan' }] }, null, 2);
    expect(declaredKind(report)).toBeUndefined();
    expect(classifyPlanText(report, 'json')).toEqual({ status: 'other', reason: 'no-kind' });
    expect(classifyPlanText('files:\n  - kind: WorkPlan\n')).toEqual({
      status: 'other',
      reason: 'no-kind',
    });
  });

  it('reports a misspelt or wrongly cased kind with the closest known kind, at /kind', () => {
    for (const kind of ['Workplan', 'workplan', 'WORKPLAN', 'Work-Plan']) {
      expect(codes(`kind: ${kind}\nid: x\n`)).toEqual([
        ['file/unknown-kind', 'Did you mean "WorkPlan"?'],
      ]);
    }
    const found = classifyPlanText('id: x\nkind: NeedAssessment\n');
    expect(found.status === 'suspect' ? found.issues[0] : undefined).toMatchObject({
      pointer: '/kind',
      position: { line: 2, column: 7 },
    });
  });

  it('reports a missing kind when the text looks like a plan document, naming the kind it looks like', () => {
    expect(codes('schemaVersion: 1\nid: x\n')).toEqual([
      [
        'file/missing-kind',
        'Add `kind` with one of "WorkPlan", "InitiativeCatalogue", "NeedsAssessment", "ScoringProfile" or "ProgressReport".',
      ],
    ]);
    expect(codes('id: x\nobjectives: []\nmeasures: []\n')).toEqual([
      ['file/missing-kind', 'Add `kind: WorkPlan` at the top level.'],
    ]);
    expect(
      codes('# yaml-language-server: $schema=../schemas/initiative-catalogue.schema.json\nid: x\n'),
    ).toEqual([['file/missing-kind', 'Add `kind: InitiativeCatalogue` at the top level.']]);
    expect(codes('{"$schema": "./needs-assessment.schema.json", "id": "x"}', 'json')).toEqual([
      ['file/missing-kind', 'Add `kind: NeedsAssessment` at the top level.'],
    ]);
  });

  it('reports a YAML text holding no document, and a broken text with a misspelt kind', () => {
    expect(codes('# to do\n')).toEqual([['text/empty', expect.any(String)]]);
    expect(codes('')).toEqual([['text/empty', expect.any(String)]]);
    expect(codes('kind: Workplan\ntitle: "open\n')).toEqual([
      ['text/syntax', undefined],
      ['file/unknown-kind', 'Did you mean "WorkPlan"?'],
    ]);
  });

  it('leaves other files alone, with the reason', () => {
    expect(classifyPlanText('name: CI\non: push\njobs: {}\n')).toEqual({
      status: 'other',
      reason: 'no-kind',
    });
    expect(classifyPlanText('apiVersion: apps/v1\nkind: Deployment\nspec: {}\n')).toEqual({
      status: 'other',
      reason: 'other-kind',
    });
    expect(classifyPlanText('- a\n- b\n')).toEqual({ status: 'other', reason: 'not-a-mapping' });
    expect(classifyPlanText('{ "name": ', 'json')).toEqual({
      status: 'other',
      reason: 'not-yaml-or-json',
    });
    expect(classifyPlanText('', 'json')).toEqual({ status: 'other', reason: 'not-yaml-or-json' });
    // A JSON Schema of a plan document names schemaVersion and measures deep inside, not at the top.
    expect(
      classifyPlanText(
        JSON.stringify({
          $schema: 'https://json-schema.org/draft/2020-12/schema',
          properties: { schemaVersion: {}, measures: {}, objectives: {} },
        }),
        'json',
      ),
    ).toEqual({ status: 'other', reason: 'no-kind' });
  });

  it('never throws, whatever it is given', () => {
    expect(classifyPlanText(42 as unknown as string)).toEqual({
      status: 'other',
      reason: 'not-yaml-or-json',
    });
    expect(classifyPlanText(`{"kind": ${'['.repeat(5000)}`, 'json').status).toBe('other');
  });
});
