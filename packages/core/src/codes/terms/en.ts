import { BUREAU_LABELS, BUREAUS_SOURCE } from '../bureaus.js';
import { MEMBER_CATEGORIES_SOURCE, MEMBER_CATEGORY_LABELS } from '../member-categories.js';
import { PILLAR_LABELS, PILLARS_SOURCE } from '../pillars.js';
import { ITU_REGION_LABELS, ITU_REGIONS_SOURCE } from '../regions.js';
import {
  INITIATIVE_STATUS_LABELS,
  MEASURE_STATUS_LABELS,
  MEASURE_STATUSES_SOURCE,
  PLAN_STATUS_LABELS,
  PLAN_STATUSES_SOURCE,
} from '../statuses.js';
import type { DomainTerms } from './domain-terms.js';

/**
 * The English terms: the label tables of the code lists, with the sources those lists cite.
 *
 * @example
 * ```ts
 * englishTerms.regions.ARB;
 * //=> 'Arab States'
 * ```
 */
export const englishTerms: DomainTerms = {
  bureaus: BUREAU_LABELS,
  sectors: {
    'ITU-R': 'Radiocommunication Sector (ITU-R)',
    'ITU-T': 'Telecommunication Standardization Sector (ITU-T)',
    'ITU-D': 'Telecommunication Development Sector (ITU-D)',
  },
  regions: ITU_REGION_LABELS,
  pillars: PILLAR_LABELS,
  planStatuses: PLAN_STATUS_LABELS,
  measureStatuses: MEASURE_STATUS_LABELS,
  initiativeStatuses: INITIATIVE_STATUS_LABELS,
  memberCategories: MEMBER_CATEGORY_LABELS,
  sources: [
    {
      ...BUREAUS_SOURCE,
      terms: [
        'bureaus.GS',
        'bureaus.BR',
        'bureaus.TSB',
        'bureaus.BDT',
        'sectors.ITU-R',
        'sectors.ITU-T',
        'sectors.ITU-D',
      ],
    },
    {
      ...ITU_REGIONS_SOURCE,
      terms: [
        'regions.AFR',
        'regions.AMS',
        'regions.ARB',
        'regions.ASP',
        'regions.CIS',
        'regions.EUR',
      ],
    },
    {
      ...PILLARS_SOURCE,
      terms: [
        'pillars.infrastructure',
        'pillars.compute',
        'pillars.models',
        'pillars.data',
        'pillars.talent',
        'pillars.strategy',
        'pillars.cooperation',
      ],
    },
    {
      ...PLAN_STATUSES_SOURCE,
      terms: [
        'planStatuses.draft',
        'planStatuses.proposed',
        'planStatuses.adopted',
        'planStatuses.superseded',
        'planStatuses.withdrawn',
        'initiativeStatuses.planned',
        'initiativeStatuses.active',
        'initiativeStatuses.completed',
        'initiativeStatuses.discontinued',
      ],
    },
    {
      ...MEASURE_STATUSES_SOURCE,
      terms: [
        'measureStatuses.pipeline',
        'measureStatuses.implementation',
        'measureStatuses.finalisation',
        'measureStatuses.closed',
        'measureStatuses.cancelled',
        'measureStatuses.suspended',
      ],
    },
    {
      ...MEMBER_CATEGORIES_SOURCE,
      terms: [
        'memberCategories.member-state',
        'memberCategories.sector-member',
        'memberCategories.associate',
        'memberCategories.academia',
      ],
    },
  ],
};
