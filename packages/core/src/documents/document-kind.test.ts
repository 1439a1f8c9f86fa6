import { describe, expect, it } from 'vitest';
import { declaredKind, validateWorkspace } from '@itu-aicb/core';

describe('declaredKind', () => {
  it.each([
    [
      'a YAML key at the start of a line',
      'schemaVersion: 1\nkind: ScoringProfile\n',
      'ScoringProfile',
    ],
    ['a quoted YAML value', "kind: 'InitiativeCatalogue'\n", 'InitiativeCatalogue'],
    ['a JSON key', '{"schemaVersion":1,"kind":"NeedsAssessment"}', 'NeedsAssessment'],
    ['a YAML flow mapping', '{ id: x, kind: WorkPlan }', 'WorkPlan'],
    ['the beginning of a text cut short', '{\n  "kind": "WorkPlan",\n  "measures": [', 'WorkPlan'],
    ['a text that is not valid YAML', 'kind: WorkPlan\ntitle: "open\n', 'WorkPlan'],
  ])('reads the kind from %s', (_, text, kind) => {
    expect(declaredKind(text)).toBe(kind);
  });

  it.each([
    ['an unknown kind', 'kind: Workplan\n'],
    ['a longer name that starts with a kind', 'kind: WorkPlan-draft\n'],
    ['a key that ends in kind', 'x-kind: WorkPlan\n'],
    ['a measure kind', 'measures:\n  - kind: training\n'],
    ['no kind at all', 'title: AI skills\n'],
    ['an empty text', ''],
  ])('finds no kind in %s', (_, text) => {
    expect(declaredKind(text)).toBeUndefined();
  });

  it('reads the kind of a parsed document, known kinds only', () => {
    expect(declaredKind({ kind: 'NeedsAssessment', schemaVersion: 7 })).toBe('NeedsAssessment');
    expect(declaredKind({ kind: 'Workplan' })).toBeUndefined();
    expect(declaredKind({ kind: 3 })).toBeUndefined();
    expect(declaredKind({})).toBeUndefined();
    expect(declaredKind(null)).toBeUndefined();
    expect(declaredKind(42)).toBeUndefined();
  });

  it('never throws on a value whose kind cannot be read', () => {
    const getter = Object.defineProperty({}, 'kind', {
      get() {
        throw new Error('cannot be read');
      },
    });
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    expect(declaredKind(getter)).toBeUndefined();
    expect(declaredKind(revoked.proxy)).toBeUndefined();
    const result = validateWorkspace([{ source: 'plan.yaml', document: revoked.proxy }]);
    expect(result.issues.map((issue) => [issue.source, issue.code])).toEqual([
      ['plan.yaml', 'document/missing-kind'],
    ]);
  });
});
