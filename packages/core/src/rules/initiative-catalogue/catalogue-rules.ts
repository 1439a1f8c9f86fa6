import type { InitiativeCatalogue } from '../../documents/initiative-catalogue/initiative-catalogue.js';
import { toJsonPointer } from '../../findings/issue.js';
import { isKnownEntity, suggestEntity } from '../known-codes.js';
import { forEachDuplicateId, forEachRepeat } from '../list-checks.js';
import type { AnyRule } from '../rule.js';
import { defineRule } from '../rule.js';

/**
 * Compares partial dates (YYYY, YYYY-MM, YYYY-MM-DD) by the first day they can mean for a start
 * and the last day for an end, so that "2019" to "2019-06" is in order.
 */
function startOf(date: string): string {
  return (date + '-01-01').slice(0, 10);
}
function endOf(date: string): string {
  return date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
}

/** Initiative ids are unique in a catalogue. */
export const catalogueDuplicateId = defineRule({
  code: 'catalogue/duplicate-id',
  severity: 'error',
  scope: 'InitiativeCatalogue',
  summary: 'Each initiative has an id no other initiative in the catalogue uses.',
  example: '`initiatives.yaml#/initiatives/1/id: ai-for-good`, the id of the first initiative.',
  fix: 'Rename one of the two, and update the measures that build on it.',
  check(catalogue: InitiativeCatalogue, report) {
    forEachDuplicateId(
      catalogue.initiatives.map((initiative, i) => [initiative.id, i] as const),
      (id, index, first) => {
        report(['initiatives', index, 'id'], {
          id,
          first: toJsonPointer(['initiatives', first, 'id']),
        });
      },
    );
  },
});

/** An initiative does not end before it starts. */
export const catalogueDateOrder = defineRule({
  code: 'catalogue/date-order',
  severity: 'error',
  scope: 'InitiativeCatalogue',
  summary: 'An initiative does not end before it starts.',
  example: '`initiatives.yaml#/initiatives/0/end: 2016`, for an initiative that started in 2017.',
  fix: 'Correct the start or the end.',
  check(catalogue: InitiativeCatalogue, report) {
    catalogue.initiatives.forEach((initiative, i) => {
      const { start, end } = initiative;
      if (start !== undefined && end !== undefined && endOf(end) < startOf(start)) {
        report(['initiatives', i, 'end'], { initiative: initiative.id, start, end });
      }
    });
  },
});

/** Co-owners are ITU bureaus or known offices. */
export const catalogueUnknownOffice = defineRule({
  code: 'catalogue/unknown-office',
  severity: 'error',
  scope: 'InitiativeCatalogue',
  summary: 'Co-owners of an initiative are ITU bureaus or known regional or area offices.',
  example:
    '`initiatives.yaml#/initiatives/0/coOwners: [TSB, adis-ababa]` (the office id is `addis-ababa`).',
  fix: 'Use a bureau code or an office id from `ITU_OFFICES`.',
  check(catalogue: InitiativeCatalogue, report) {
    catalogue.initiatives.forEach((initiative, i) => {
      initiative.coOwners.forEach((reference, j) => {
        if (!isKnownEntity(reference)) {
          report(['initiatives', i, 'coOwners', j], {
            reference,
            suggestion: suggestEntity(reference),
          });
        }
      });
    });
  },
});

/** An active initiative has not ended before the catalogue date. */
export const catalogueEndedButActive = defineRule({
  code: 'catalogue/ended-but-active',
  severity: 'warning',
  scope: 'InitiativeCatalogue',
  summary: 'An initiative marked active has not ended before the catalogue date.',
  example:
    '`initiatives.yaml#/initiatives/0/end: 2024`, for an initiative with `status: active` in a catalogue with `asOf: 2026-11-30`.',
  fix: 'Set the status to completed or discontinued, or correct the end date.',
  check(catalogue: InitiativeCatalogue, report) {
    catalogue.initiatives.forEach((initiative, i) => {
      const end = initiative.end;
      if (initiative.status === 'active' && end !== undefined && endOf(end) < catalogue.asOf) {
        report(['initiatives', i, 'status'], {
          initiative: initiative.id,
          end,
          asOf: catalogue.asOf,
        });
      }
    });
  },
});

/** An active initiative has started by the catalogue date. */
export const catalogueActiveBeforeStart = defineRule({
  code: 'catalogue/active-before-start',
  severity: 'warning',
  scope: 'InitiativeCatalogue',
  summary: 'An initiative marked active has started on or before the catalogue date.',
  example:
    '`initiatives.yaml#/initiatives/1/start: 2027-03`, for an initiative with `status: active` in a catalogue with `asOf: 2026-11-30`.',
  fix: 'Set the status to planned, or correct the start date.',
  check(catalogue: InitiativeCatalogue, report) {
    catalogue.initiatives.forEach((initiative, i) => {
      const start = initiative.start;
      if (
        initiative.status === 'active' &&
        start !== undefined &&
        startOf(start) > catalogue.asOf
      ) {
        report(['initiatives', i, 'status'], {
          initiative: initiative.id,
          start,
          asOf: catalogue.asOf,
        });
      }
    });
  },
});

/** A completed or discontinued initiative states when it ended. */
export const catalogueOverWithoutEnd = defineRule({
  code: 'catalogue/over-without-end',
  severity: 'info',
  scope: 'InitiativeCatalogue',
  summary: 'A completed or discontinued initiative states its end date.',
  example: '`initiatives.yaml#/initiatives/1/status: completed`, for an initiative with no `end`.',
  fix: 'Add `end`.',
  check(catalogue: InitiativeCatalogue, report) {
    catalogue.initiatives.forEach((initiative, i) => {
      const over = initiative.status === 'completed' || initiative.status === 'discontinued';
      if (over && initiative.end === undefined) {
        report(['initiatives', i, 'status'], {
          initiative: initiative.id,
          status: initiative.status,
        });
      }
    });
  },
});

/** Reach figures are not dated after the catalogue. */
export const catalogueReachAfterAsOf = defineRule({
  code: 'catalogue/reach-after-as-of',
  severity: 'warning',
  scope: 'InitiativeCatalogue',
  summary: 'Reach figures are not dated after the catalogue date.',
  example:
    '`initiatives.yaml#/initiatives/0/reach/0/asOf: 2027-06`, in a catalogue with `asOf: 2026-11-30`.',
  fix: "Correct the figure's date or the catalogue's `asOf`.",
  check(catalogue: InitiativeCatalogue, report) {
    catalogue.initiatives.forEach((initiative, i) => {
      initiative.reach.forEach((figure, j) => {
        if (startOf(figure.asOf) > catalogue.asOf) {
          report(['initiatives', i, 'reach', j, 'asOf'], {
            initiative: initiative.id,
            figureAsOf: figure.asOf,
            asOf: catalogue.asOf,
          });
        }
      });
    });
  },
});

/** Lists of codes name each entry once. */
export const catalogueDuplicateEntry = defineRule({
  code: 'catalogue/duplicate-entry',
  severity: 'warning',
  scope: 'InitiativeCatalogue',
  summary: 'Lists of kinds, pillars, regions and co-owners name each entry once.',
  example: '`initiatives.yaml#/initiatives/1/pillars: [talent, talent]`.',
  fix: 'Remove the repeated entry.',
  check(catalogue: InitiativeCatalogue, report) {
    catalogue.initiatives.forEach((initiative, i) => {
      for (const list of ['kinds', 'pillars', 'regions', 'coOwners'] as const) {
        forEachRepeat(initiative[list], (value, index) => {
          report(['initiatives', i, list, index], { value, list });
        });
      }
    });
  },
});

/**
 * The rules every initiative catalogue is checked against after its structure is valid.
 *
 * @example
 * ```ts
 * INITIATIVE_CATALOGUE_RULES.some((rule) => rule.code === 'catalogue/duplicate-id');
 * //=> true
 * ```
 */
export const INITIATIVE_CATALOGUE_RULES: readonly AnyRule<InitiativeCatalogue>[] = [
  catalogueDuplicateId,
  catalogueDateOrder,
  catalogueUnknownOffice,
  catalogueEndedButActive,
  catalogueActiveBeforeStart,
  catalogueOverWithoutEnd,
  catalogueReachAfterAsOf,
  catalogueDuplicateEntry,
];
