// Files a search finds that are meant as plan documents, though written in a way that hides it.
import { describe, expect, it } from 'vitest';
import { classifyPlanText, validateDocumentText } from '@itu-aicb/core';

const codes = (text: string) => {
  const sorted = classifyPlanText(text);
  return sorted.status === 'suspect' ? sorted.issues.map((issue) => issue.code) : sorted;
};

describe('suspect plan files', () => {
  it('a document written as the item of a list, with its kind or a misspelt one', () => {
    expect(codes('- kind: WorkPlan\n  schemaVersion: 1\n')).toEqual(['document/not-an-object']);
    expect(codes('- kind: Workplan\n')).toEqual(['document/not-an-object']);
    // The same text validated on its own gives the same finding.
    const direct = validateDocumentText('- kind: WorkPlan\n  schemaVersion: 1\n');
    expect(direct.ok ? [] : direct.issues.map((issue) => issue.code)).toEqual([
      'document/not-an-object',
    ]);
  });

  it('a mapping whose one defining list holds entries: measures, initiatives, measureProgress', () => {
    expect(codes('asOf: 2026-01-01\ninitiatives:\n  - id: itu-academy\n')).toEqual([
      'file/missing-kind',
    ]);
    expect(codes('measures:\n  - id: M1\n')).toEqual(['file/missing-kind']);
    expect(codes('measureProgress:\n  - measure: M1\n')).toEqual(['file/missing-kind']);
    const sorted = classifyPlanText('initiatives:\n  - id: itu-academy\n');
    expect(sorted.status === 'suspect' ? sorted.issues[0]?.hint : '').toContain(
      'InitiativeCatalogue',
    );
  });

  it('leaves alone lists of other things and defining keys that hold no entries', () => {
    expect(codes('- kind: Deployment\n- name: x\n')).toEqual({
      status: 'other',
      reason: 'not-a-mapping',
    });
    expect(codes('measures: []\n')).toEqual({ status: 'other', reason: 'no-kind' });
    expect(codes('measures: [cm, kg]\n')).toEqual({ status: 'other', reason: 'no-kind' });
    expect(codes('initiatives: 3\n')).toEqual({ status: 'other', reason: 'no-kind' });
    // A roadmap or a list of objectives and key results whose entries have no id.
    expect(codes('title: Roadmap 2026\ninitiatives:\n  - name: x\n    owner: y\n')).toEqual({
      status: 'other',
      reason: 'no-kind',
    });
    expect(
      codes('{"id":"q3","title":"Q3 OKRs","measures":[{"name":"latency","target":100}]}'),
    ).toEqual({ status: 'other', reason: 'no-kind' });
    // A saved output has such a list beside keys no plan document has.
    expect(codes('asOf: 2026-12-01\nmeasures:\n  - id: M1\n    state: late\nhealth: {}\n')).toEqual(
      {
        status: 'other',
        reason: 'no-kind',
      },
    );
  });
});
