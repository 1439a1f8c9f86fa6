// The edges of validateDocumentText: notes from reading the text and warnings from the rules, each
// where it belongs, and options that reach both the reader and the rules.
import { describe, expect, it } from 'vitest';
import { validateDocumentText, validateWorkspaceText } from '@itu-aicb/core';
import type { ValidationIssue } from '@itu-aicb/core';
import { smallPlanText } from '../../test/plan-text.js';

const at = (issues: readonly ValidationIssue[]) =>
  issues.map((i) => [i.code, i.severity, i.position?.line, i.position?.column]);

describe('validateDocumentText', () => {
  it('returns a valid document with its warnings placed in the text', () => {
    const result = validateDocumentText(smallPlanText());
    expect(
      result.ok && result.value.kind === 'WorkPlan' && result.value.measures.map((m) => m.id),
    ).toEqual(['M1']);
    expect(at(result.warnings)).toEqual([['plan/missing-estimates', 'info', 10, 5]]);
  });

  it('puts the notes of reading the text before the warnings of the rules', () => {
    const result = validateDocumentText(`\uFEFF${smallPlanText()}`);
    expect(result.ok).toBe(true);
    expect(at(result.warnings)).toEqual([
      ['text/byte-order-mark', 'info', undefined, undefined],
      ['plan/missing-estimates', 'info', 10, 5],
    ]);
  });

  it('places errors and warnings of an invalid document', () => {
    const result = validateDocumentText(smallPlanText(', budget: {amount: -1, currency: USD}'));
    expect(result.ok || at(result.issues)).toEqual([['schema/too-small', 'error', 11, 89]]);
    expect(at(result.warnings)).toEqual([['plan/missing-estimates', 'info', 10, 5]]);
  });

  it('keeps the notes of an unreadable text among the warnings, apart from its errors', () => {
    const result = validateDocumentText('\uFEFFkind: [');
    expect(result.ok || at(result.issues)).toEqual([['text/syntax', 'error', 1, 8]]);
    expect(at(result.warnings)).toEqual([['text/byte-order-mark', 'info', undefined, undefined]]);
  });

  it('passes its options to the reader and to the rules', () => {
    expect(
      validateDocumentText(smallPlanText(), { rules: { 'plan/missing-estimates': 'off' } })
        .warnings,
    ).toEqual([]);
    const result = validateDocumentText(smallPlanText(), { maxLength: 10 });
    expect(result.ok || result.issues.map((i) => i.code)).toEqual(['text/too-large']);
    const json = validateDocumentText('kind: WorkPlan', { format: 'json' });
    expect(json.ok || json.issues.map((i) => i.code)).toEqual(['text/syntax']);
  });
});

describe('the kind a text declares, as the checks across files see it', () => {
  const planOn = smallPlanText(', buildsOn: [itu-academy]');
  const others = (text: string) =>
    validateWorkspaceText([
      { source: 'plan.yaml', text: planOn },
      { source: 'c.yaml', text },
    ]).issues.map((i) => [i.source, i.code]);

  it('takes a misspelt kind for the kind it is closest to', () => {
    // A catalogue that is not valid may define the initiative: the reference is not reported.
    expect(others('kind: InitiativeCatalog\nid: c\n')).toEqual([
      ['c.yaml', 'document/unknown-kind'],
    ]);
    expect(others('{"kind": "InitiativeCatalog"}')).toEqual([['c.yaml', 'document/unknown-kind']]);
  });

  it('takes a kind close to none for no catalogue at all', () => {
    expect(others('kind: Other\nid: c\n')).toEqual([
      ['c.yaml', 'document/unknown-kind'],
      ['plan.yaml', 'workspace/unresolved-initiative'],
    ]);
  });
});
