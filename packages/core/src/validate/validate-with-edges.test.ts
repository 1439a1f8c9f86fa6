// Edges of the one-document pipeline: what counts as a plain object, values that cannot be read,
// options that are not an object, a kind that is not text, and the Standard Schema vendor.
import { describe, expect, it } from 'vitest';
import {
  DocumentValidationError,
  WorkPlanStandardSchema,
  parseInitiativeCatalogue,
  validateDocument,
  validateWorkPlan,
} from '@itu-aicb/core';
import { fr } from '@itu-aicb/core/locales/fr';
import { initiativeCatalogueInput, workPlanInput } from '../../test/fixtures.js';

/** The result with one error and nothing else: its code, path and params as given. */
const onlyError = (code: string, path: unknown[], params: Record<string, unknown>) => ({
  ok: false,
  issues: [expect.objectContaining({ code, severity: 'error', path, params })],
  warnings: [],
});

describe('what a document may be', () => {
  it('is valid as an object without a prototype', () => {
    const document: unknown = Object.assign(Object.create(null) as object, workPlanInput());
    expect(validateWorkPlan(document).ok).toBe(true);
    expect(validateDocument(document).ok).toBe(true);
  });

  it('is not an instance of a class, even one with the fields of a plan', () => {
    const date = Object.assign(new Date(0), workPlanInput());
    const result = validateWorkPlan(date);
    expect(result).toEqual(onlyError('document/not-an-object', [], { received: 'a Date object' }));
  });

  it('has its finding placed at the root when it is not an object at all', () => {
    const result = validateDocument(42);
    expect(result.ok ? [] : result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['document/not-an-object', []],
    ]);
  });
});

describe('a value that throws when read', () => {
  it('is one input/not-json finding at the root, with no warnings', () => {
    const hostile = new Proxy(
      { kind: 'WorkPlan', schemaVersion: 1 },
      {
        ownKeys() {
          throw new Error('no');
        },
      },
    );
    expect(validateWorkPlan(hostile)).toEqual(
      onlyError('input/not-json', [], { received: 'a value that cannot be read' }),
    );
  });
});

describe('options', () => {
  it('given as null are no options', () => {
    expect(validateWorkPlan(workPlanInput(), null as never).ok).toBe(true);
    expect(validateDocument(workPlanInput(), null as never).ok).toBe(true);
  });

  it('choose the language of the messages', () => {
    const result = validateWorkPlan(7, { locale: fr });
    expect(result.ok ? [] : result.issues.map((issue) => issue.message)).toEqual([
      'Un document de plan doit être un mappage de clés et de valeurs, pas le nombre 7.',
    ]);
  });
});

describe('a kind that is not text', () => {
  it('is a type finding at /kind that lists the kinds', () => {
    const result = validateDocument({ kind: 42, schemaVersion: 1 });
    expect(result).toEqual(
      onlyError('schema/invalid-type', ['kind'], {
        expected:
          'text: WorkPlan, InitiativeCatalogue, NeedsAssessment, ScoringProfile, ProgressReport',
        received: 'the number 42',
      }),
    );
  });
});

describe('the Standard Schema of a kind', () => {
  it('names the SDK as its vendor', () => {
    expect(WorkPlanStandardSchema['~standard'].vendor).toBe('itu-aicb');
  });
});

describe('parseInitiativeCatalogue', () => {
  it('returns a valid catalogue, and throws the findings of an invalid one', () => {
    const catalogue = initiativeCatalogueInput();
    expect(parseInitiativeCatalogue(catalogue).initiatives.map(({ id }) => id)).toEqual(
      catalogue.initiatives.map(({ id }) => id),
    );
    const invalid = { ...catalogue, initiatives: 'none' };
    let thrown: unknown;
    try {
      parseInitiativeCatalogue(invalid);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DocumentValidationError);
    expect((thrown as DocumentValidationError).issues.map((issue) => issue.pointer)).toEqual([
      '/initiatives',
    ]);
  });
});
