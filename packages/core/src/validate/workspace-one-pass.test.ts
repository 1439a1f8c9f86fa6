// Rules across documents read the valid parts of documents that are not valid, as the rules of
// one document do: a structural error in one file hides no finding across files.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateWorkspace, validateWorkspaceText } from '@itu-aicb/core';
import type { ValidationIssue, WorkspaceResult } from '@itu-aicb/core';
import { initiativeCatalogueInput, workPlanInput } from '../../test/fixtures.js';

const example = (file: string): string =>
  readFileSync(
    new URL(`../../../../examples/itu-ai-capacity-building/${file}`, import.meta.url),
    'utf8',
  );
const everything = (result: WorkspaceResult): ValidationIssue[] => [
  ...result.issues,
  ...result.warnings,
];

describe('rules across documents over invalid documents', () => {
  it('report a misspelt initiative and a missing rate beside a type error, with positions', () => {
    const plan = example('work-plan.yaml')
      .replace('start: 2026-04-01', 'start: 2019')
      .replace('itu-academy', 'itu-acadmy');
    const profile = example('scoring-profile.yaml').replace('rates: { CHF: 1.12 }', 'rates: {}');
    expect(profile).toContain('rates: {}');
    const result = validateWorkspaceText([
      { source: 'work-plan.yaml', text: plan },
      { source: 'initiatives.yaml', text: example('initiatives.yaml') },
      { source: 'scoring-profile.yaml', text: profile },
    ]);
    const codes = everything(result).map((issue) => [issue.source, issue.code]);
    expect(codes).toContainEqual(['work-plan.yaml', 'schema/invalid-type']);
    expect(codes).toContainEqual(['work-plan.yaml', 'workspace/unresolved-initiative']);
    expect(codes).toContainEqual(['work-plan.yaml', 'workspace/missing-exchange-rate']);
    const unresolved = result.issues.find(
      (issue) => issue.code === 'workspace/unresolved-initiative',
    );
    const line = plan.split('\n').findIndex((text) => text.includes('itu-acadmy')) + 1;
    expect(unresolved?.position?.line).toBe(line);
  });

  it('stay silent when they read the invalid part itself', () => {
    const plan = workPlanInput();
    const measures = plan.measures.map((measure, i) =>
      i === 0 ? { ...measure, buildsOn: 'itu-acadmy' } : measure,
    );
    const result = validateWorkspace([
      { source: 'plan.yaml', document: { ...plan, measures } },
      { source: 'catalogue.yaml', document: initiativeCatalogueInput() },
    ]);
    expect(result.issues.map((issue) => issue.code)).toEqual(['schema/invalid-type']);
  });

  it('report on a document whose only errors are rule findings', () => {
    const plan = workPlanInput();
    const measures = plan.measures.map((measure, i) =>
      i === 0 ? { ...measure, lead: 'suva', buildsOn: ['itu-acadmy'] } : measure,
    );
    const result = validateWorkspace([
      { source: 'plan.yaml', document: { ...plan, measures } },
      { source: 'catalogue.yaml', document: initiativeCatalogueInput() },
    ]);
    expect(result.issues.map((issue) => issue.code).sort()).toEqual([
      'plan/unknown-office',
      'workspace/unresolved-initiative',
    ]);
  });

  it('never throw on a document that throws when read', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('no');
        },
        getPrototypeOf() {
          throw new Error('no');
        },
      },
    );
    const result = validateWorkspace([
      { source: 'plan.yaml', document: workPlanInput() },
      { source: 'bad.yaml', document: hostile },
    ]);
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => issue.source)).toContain('bad.yaml');
  });
});

describe('workspace entries that cannot be read', () => {
  it('are findings, in both workspace validators', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('no');
        },
      },
    );
    const fromObjects = validateWorkspace([hostile as never]);
    expect(fromObjects.ok).toBe(false);
    expect(fromObjects.issues.map((issue) => [issue.source, issue.code])).toEqual([
      ['entry 1', 'document/not-an-object'],
    ]);
    const fromTexts = validateWorkspaceText([hostile as never]);
    expect(fromTexts.ok).toBe(false);
    expect(fromTexts.issues.map((issue) => issue.source)).toEqual(['entry 1']);
  });
});
