// Edges of validating a workspace: what is not a list, entries that are not records, documents
// that cannot be read, and the kinds the checks across documents are told are invalid.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  checkWorkspace,
  parseWorkPlan,
  validateWorkspace,
  validateWorkspaceText,
} from '@itu-aicb/core';
import {
  initiativeCatalogueInput,
  progressReportInput,
  workPlanInput,
} from '../../test/fixtures.js';

/** A plan whose first measure builds on an initiative no catalogue lists. */
function planBuildingOnUnknown() {
  const plan = workPlanInput();
  const measures = plan.measures.map((measure, i) =>
    i === 0 ? { ...measure, buildsOn: ['itu-acadmy'] } : measure,
  );
  return { ...plan, measures };
}

const example = (file: string): string =>
  readFileSync(
    new URL(`../../../../examples/itu-ai-capacity-building/${file}`, import.meta.url),
    'utf8',
  );

const codes = (issues: readonly { code: string }[]): string[] =>
  issues.map((issue) => issue.code).sort();

describe('validateWorkspace on a value that is not a list', () => {
  it('returns exactly one finding and no documents', () => {
    expect(validateWorkspace('plan.yaml' as never)).toEqual({
      ok: false,
      documents: [],
      issues: [expect.objectContaining({ code: 'input/not-a-list', path: [], severity: 'error' })],
      warnings: [],
    });
  });
});

describe('validateWorkspace results', () => {
  it('is ok and lists each document with its own result when all are valid', () => {
    const result = validateWorkspace([
      { source: 'plan.yaml', document: workPlanInput() },
      { source: 'catalogue.yaml', document: initiativeCatalogueInput() },
    ]);
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([]);
    expect(result.documents.map(({ source, result: own }) => [source, own.ok])).toEqual([
      ['plan.yaml', true],
      ['catalogue.yaml', true],
    ]);
  });

  it('reads no fields of an entry that is a function', () => {
    const entry = Object.assign(() => undefined, {
      source: 'plan.yaml',
      document: workPlanInput(),
    });
    const result = validateWorkspace([entry as never]);
    expect(result.ok).toBe(false);
    expect(result.documents.map(({ source }) => source)).toEqual(['entry 1']);
    expect(codes(result.issues)).toEqual(['document/not-an-object']);
  });
});

describe('checks across documents when a catalogue cannot be read', () => {
  it('report no unresolved initiative when the catalogue misspells its kind', () => {
    const catalogue = { ...initiativeCatalogueInput(), kind: 'InitiativeCatalog' };
    const result = validateWorkspace([
      { source: 'plan.yaml', document: planBuildingOnUnknown() },
      { source: 'catalogue.yaml', document: catalogue },
    ]);
    expect(result.issues.map((issue) => [issue.source, issue.code])).toEqual([
      ['catalogue.yaml', 'document/unknown-kind'],
    ]);
  });

  it('report the unresolved initiative when the unreadable document is not a catalogue', () => {
    const result = validateWorkspace([
      { source: 'plan.yaml', document: planBuildingOnUnknown() },
      { source: 'catalogue.yaml', document: initiativeCatalogueInput() },
      { source: 'other.yaml', document: { kind: 'Workplan' } },
    ]);
    expect(result.issues.map((issue) => [issue.source, issue.code])).toEqual([
      ['other.yaml', 'document/unknown-kind'],
      ['plan.yaml', 'workspace/unresolved-initiative'],
    ]);
  });
});

describe('checkWorkspace', () => {
  it('reports across valid documents, each finding with its source and path', () => {
    const plan = parseWorkPlan(planBuildingOnUnknown());
    const issues = checkWorkspace([{ source: 'plan.yaml', document: plan }]);
    expect(issues.map((issue) => [issue.source, issue.code, issue.pointer])).toEqual([
      ['plan.yaml', 'workspace/unresolved-initiative', '/measures/0/buildsOn/0'],
    ]);
  });

  it('reports no unresolved initiative when told the catalogue is invalid', () => {
    const plan = parseWorkPlan(planBuildingOnUnknown());
    const issues = checkWorkspace([{ source: 'plan.yaml', document: plan }], {
      invalidKinds: ['InitiativeCatalogue'],
    });
    expect(issues).toEqual([]);
  });
});

describe('checks across documents when every document has invalid parts', () => {
  it('stay silent when they read an invalid part', () => {
    const plan = workPlanInput();
    const measures = plan.measures.map((measure, i) =>
      i === 0 ? { ...measure, buildsOn: 'itu-acadmy' } : measure,
    );
    const catalogue = initiativeCatalogueInput();
    const initiatives = catalogue.initiatives.map((initiative, i) =>
      i === 0 ? { ...initiative, titel: 'A misspelt key' } : initiative,
    );
    const result = validateWorkspace([
      { source: 'plan.yaml', document: { ...plan, measures } },
      { source: 'catalogue.yaml', document: { ...catalogue, initiatives } },
    ]);
    expect(result.issues.map((issue) => [issue.source, issue.code])).toEqual([
      ['plan.yaml', 'schema/invalid-type'],
      ['catalogue.yaml', 'schema/unknown-key'],
    ]);
  });
});

describe('checks across documents when a work plan has the shape of another kind', () => {
  it('report no unknown plan for a progress report', () => {
    const result = validateWorkspace([
      { source: 'plan.yaml', document: { ...initiativeCatalogueInput(), kind: 'WorkPlan' } },
      { source: 'report.yaml', document: progressReportInput() },
    ]);
    expect(codes([...result.issues, ...result.warnings])).not.toContain('report/unknown-plan');
    expect(codes(result.issues)).toContain('document/kind-mismatch');
  });
});

describe('checks across documents when a record has a key out of its list', () => {
  it('report no missing rate that the misspelt key may hold', () => {
    const profile = example('scoring-profile.yaml').replace(
      'rates: { CHF: 1.12 }',
      'rates: { CHFF: 1.12 }',
    );
    expect(profile).toContain('CHFF');
    const result = validateWorkspaceText([
      { source: 'work-plan.yaml', text: example('work-plan.yaml') },
      { source: 'initiatives.yaml', text: example('initiatives.yaml') },
      { source: 'scoring-profile.yaml', text: profile },
    ]);
    expect(result.issues.map((issue) => [issue.source, issue.code])).toEqual([
      ['scoring-profile.yaml', 'schema/unknown-key'],
    ]);
    expect(codes(result.warnings)).not.toContain('workspace/missing-exchange-rate');
  });
});
