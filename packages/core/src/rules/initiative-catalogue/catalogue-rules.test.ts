// The catalogue rules past their main case: the other statuses and lists they look at, partial
// dates, and the values their messages name.
import { describe, expect, it } from 'vitest';
import { validateInitiativeCatalogue } from '@itu-aicb/core';
import type { ValidationIssue } from '@itu-aicb/core';
import { initiativeCatalogueInput } from '../../../test/fixtures.js';
import { naming } from '../../../test/naming.js';

type Catalogue = ReturnType<typeof initiativeCatalogueInput>;
type Initiative = Catalogue['initiatives'][number] & {
  start?: string;
  end?: string;
  coOwners?: string[];
  regions?: string[];
};

const all = (result: { warnings: readonly ValidationIssue[] } & object): ValidationIssue[] => [
  ...('issues' in result ? (result.issues as ValidationIssue[]) : []),
  ...result.warnings,
];

/** The findings with `code` after one change to a fresh catalogue, as `[pointer, message]`. */
function catalogue(code: string, change: (initiatives: Initiative[]) => void) {
  const document = initiativeCatalogueInput();
  change(document.initiatives as Initiative[]);
  return all(validateInitiativeCatalogue(document))
    .filter((issue) => issue.code === code)
    .map((issue) => [issue.pointer, issue.message]);
}

describe('catalogue rules', () => {
  it('asks a completed or a discontinued initiative for its end, and no other', () => {
    expect(catalogue('catalogue/over-without-end', (i) => (i[1]!.status = 'discontinued'))).toEqual(
      [['/initiatives/1/status', naming('ai-for-good', 'discontinued')]],
    );
    expect(
      catalogue('catalogue/over-without-end', (i) => {
        i[1]!.status = 'completed';
        i[1]!.end = '2024';
      }),
    ).toEqual([]);
    expect(catalogue('catalogue/over-without-end', (i) => (i[1]!.status = 'planned'))).toEqual([]);
  });

  it('names the initiative and both dates of one that ends before it starts', () => {
    expect(
      catalogue('catalogue/date-order', (i) => {
        i[1]!.status = 'completed';
        i[1]!.end = '2016-12';
      }),
    ).toEqual([['/initiatives/1/end', naming('ai-for-good', '2017', '2016-12')]]);
  });

  it('reads a start month from its first day and an end month to its last', () => {
    const order = (start: string, end: string) =>
      catalogue('catalogue/date-order', (i) => {
        i[1]!.status = 'completed';
        i[1]!.start = start;
        i[1]!.end = end;
      });
    expect(order('2019-06', '2019-06-01')).toEqual([]);
    expect(order('2019-06-30', '2019-06')).toEqual([]);
    expect(order('2019-07', '2019-06')).toHaveLength(1);
    expect(order('2019-06-02', '2019-06-01')).toHaveLength(1);
    // Without a start there is nothing to be out of order with.
    expect(
      catalogue('catalogue/date-order', (i) => {
        i[1]!.status = 'completed';
        delete (i[1] as { start?: string }).start;
        i[1]!.end = '2016';
      }),
    ).toEqual([]);
  });

  it('names the dates of an active initiative that ended or has not started', () => {
    expect(catalogue('catalogue/ended-but-active', (i) => (i[1]!.end = '2025-11'))).toEqual([
      ['/initiatives/1/status', naming('ai-for-good', '2025-11', '2025-12-31')],
    ]);
    expect(catalogue('catalogue/ended-but-active', (i) => (i[1]!.end = '2025-12'))).toEqual([]);
    expect(
      catalogue('catalogue/ended-but-active', (i) => {
        i[1]!.end = '2025-11';
        i[1]!.status = 'completed';
      }),
    ).toEqual([]);
    expect(catalogue('catalogue/active-before-start', (i) => (i[1]!.start = '2026-01'))).toEqual([
      ['/initiatives/1/status', naming('ai-for-good', '2026-01', '2025-12-31')],
    ]);
    expect(catalogue('catalogue/active-before-start', (i) => (i[1]!.start = '2025-12'))).toEqual(
      [],
    );
    expect(
      catalogue('catalogue/active-before-start', (i) => {
        i[1]!.start = '2026-01';
        i[1]!.status = 'planned';
      }),
    ).toEqual([]);
  });

  it('names the figure of a reach dated after the catalogue', () => {
    expect(
      catalogue('catalogue/reach-after-as-of', (i) => (i[0]!.reach![0]!.asOf = '2026')),
    ).toEqual([['/initiatives/0/reach/0/asOf', naming('itu-academy', '2026', '2025-12-31')]]);
  });

  it('reports an id used twice, pointing to the first', () => {
    expect(catalogue('catalogue/duplicate-id', (i) => (i[1]!.id = 'itu-academy'))).toEqual([
      ['/initiatives/1/id', naming('itu-academy', '/initiatives/0/id')],
    ]);
  });

  it('reports a repeat in each list of an initiative', () => {
    const twice = (change: (initiative: Initiative) => void) =>
      catalogue('catalogue/duplicate-entry', (i) => {
        change(i[1]!);
      });
    expect(twice((i) => (i.pillars = ['talent', 'models', 'talent']))).toEqual([
      ['/initiatives/1/pillars/2', naming('talent', 'pillars')],
    ]);
    expect(twice((i) => (i.regions = ['AFR', 'AFR']))).toEqual([
      ['/initiatives/1/regions/1', naming('AFR', 'regions')],
    ]);
    expect(twice((i) => (i.coOwners = ['TSB', 'TSB']))).toEqual([
      ['/initiatives/1/coOwners/1', naming('TSB', 'coOwners')],
    ]);
  });

  it('names an unknown co-owner, and accepts a regional office', () => {
    expect(
      catalogue('catalogue/unknown-office', (i) => (i[1]!.coOwners = ['addis-ababa'])),
    ).toEqual([]);
    expect(
      catalogue('catalogue/unknown-office', (i) => (i[1]!.coOwners = ['TSB', 'nairobi'])),
    ).toEqual([['/initiatives/1/coOwners/1', naming('nairobi')]]);
  });
});
