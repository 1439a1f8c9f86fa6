import { describe, expect, it } from 'vitest';
import { validateDocument, validateDocumentText } from '@itu-aicb/core';
import type { ValidationResult } from '@itu-aicb/core';
import {
  initiativeCatalogueInput,
  scoringProfileInput,
  workPlanInput,
} from '../../test/fixtures.js';

const issues = (result: ValidationResult<unknown>) => (result.ok ? [] : result.issues);

describe('document/kind-mismatch', () => {
  it('is the one finding, at /kind, for a catalogue labelled WorkPlan', () => {
    const result = validateDocument({ ...initiativeCatalogueInput(), kind: 'WorkPlan' });
    expect(issues(result)).toEqual([
      {
        code: 'document/kind-mismatch',
        severity: 'error',
        path: ['kind'],
        pointer: '/kind',
        message:
          'The document declares `kind: WorkPlan`, but its content is of the kind InitiativeCatalogue: "asOf" and "initiatives" are fields of InitiativeCatalogue, not of WorkPlan.',
        hint: 'Set `kind: InitiativeCatalogue` if the document is meant to be one; otherwise write it with the fields of WorkPlan.',
        params: {
          kind: 'WorkPlan',
          likely: 'InitiativeCatalogue',
          fields: ['asOf', 'initiatives'],
        },
      },
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('is placed at the kind in the text', () => {
    const text = JSON.stringify({ ...scoringProfileInput(), kind: 'WorkPlan' }, null, 2);
    const [finding, ...rest] = issues(validateDocumentText(text));
    expect(rest).toEqual([]);
    expect(finding?.code).toBe('document/kind-mismatch');
    expect(finding?.position?.line).toBe(text.split('\n').indexOf('  "kind": "WorkPlan",') + 1);
  });

  it('is not reported for a plan with a misspelt field', () => {
    const plan = { ...workPlanInput(), titel: 'Joint work plan' };
    const codes = issues(validateDocument(plan)).map((issue) => [issue.code, issue.pointer]);
    expect(codes).toEqual([['schema/unknown-key', '/titel']]);
  });

  it('is not reported when the fields belong to no one other kind', () => {
    const mixed = { ...workPlanInput(), initiatives: initiativeCatalogueInput().initiatives };
    const codes = issues(validateDocument(mixed)).map((issue) => issue.code);
    expect(codes).toEqual(['schema/unknown-key']);
  });

  it('is not reported when every field is one of the declared kind', () => {
    // `period` and `summary` are fields of a progress report too, but of a work plan first.
    const plan = { kind: 'WorkPlan', schemaVersion: 1, period: { start: 2026 }, summary: 'x' };
    const codes = issues(validateDocument(plan)).map((issue) => issue.code);
    expect(codes.length).toBeGreaterThan(0);
    expect(codes).not.toContain('document/kind-mismatch');
  });

  it('is not reported when the fields fit two other kinds', () => {
    // `asOf` is a field of catalogues and of progress reports.
    const plan = { kind: 'WorkPlan', schemaVersion: 1, asOf: '2026-01-01' };
    const codes = issues(validateDocument(plan)).map((issue) => [issue.code, issue.pointer]);
    expect(codes).toContainEqual(['schema/unknown-key', '/asOf']);
    expect(codes.map(([code]) => code)).not.toContain('document/kind-mismatch');
  });

  it('is not reported for a document whose keys cannot be listed', () => {
    const hostile = new Proxy(
      { kind: 'WorkPlan' },
      {
        ownKeys() {
          throw new Error('no keys');
        },
      },
    );
    expect(issues(validateDocument(hostile)).map((issue) => issue.code)).toEqual([
      'input/not-json',
    ]);
  });

  it('is not reported for a valid document', () => {
    expect(validateDocument(initiativeCatalogueInput()).ok).toBe(true);
  });
});
