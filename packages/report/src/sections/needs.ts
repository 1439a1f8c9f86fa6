import type { AssessedNeed } from '@itu-aicb/scoring';
import {
  ITU_REGION_LABELS,
  PILLARS,
  PILLAR_LABELS,
  countryGroupsOn,
  countryName,
  findCountry,
  isItuRegion,
} from '@itu-aicb/core';
import { figure, legend } from '../charts/figure.js';
import { heatGrid } from '../charts/heat-grid.js';
import { rampColour } from '../charts/palette.js';
import { escapeHtml, formatNumber, table } from '../html/markup.js';
import type { ReportContext, ReportSection } from './report-context.js';
import { nothing } from './report-context.js';

const GROUPS = ['ldc', 'lldc', 'sids'] as const;

/** The LDC, LLDC and SIDS marks of a country on a date (`?` when membership is uncertain). */
function groupMarks(place: string, date: string): string {
  if (findCountry(place) === undefined) return '';
  const groups = countryGroupsOn(place, date);
  return GROUPS.flatMap((group) => {
    const status = groups[group].status;
    if (status === 'member') return [group.toUpperCase()];
    return status === 'uncertain' ? [`${group.toUpperCase()}?`] : [];
  }).join(' ');
}

/** The region a need's place is listed under. */
function regionOf(place: string): string {
  if (isItuRegion(place)) return 'Regional assessments';
  const region = findCountry(place)?.ituRegion;
  return region === undefined ? 'Other places' : `${ITU_REGION_LABELS[region]} (${region})`;
}

const needTitle = (need: AssessedNeed): string =>
  `${need.place}, ${PILLAR_LABELS[need.pillar]}: gap ${formatNumber(need.gap, 2)}, severity ${formatNumber(need.severity, 2)}${need.priority === undefined ? '' : `, ${need.priority} priority`}; ${need.measures.length === 0 ? 'no measure addresses it' : `addressed by ${need.measures.join(', ')}`}`;

function render({ coverage, plan }: ReportContext): string {
  if (plan === undefined || coverage === undefined)
    return nothing('Needs and coverage need a valid work plan.');
  const needs = [...coverage.covered, ...coverage.uncovered];
  if (needs.length === 0) return nothing('No needs assessment was given.');
  const places = [...new Set(needs.map((need) => need.place))].sort(
    (a, b) => regionOf(a).localeCompare(regionOf(b)) || a.localeCompare(b),
  );
  const cell = new Map(needs.map((need) => [`${need.place}|${need.pillar}`, need]));
  const marks = new Map(places.map((place) => [place, groupMarks(place, coverage.asOf)]));
  // The code and groups first: a long country name is what the label cuts.
  const label = (place: string): string =>
    [place, marks.get(place), isItuRegion(place) ? '' : countryName(place)]
      .filter((part) => part !== undefined && part !== '')
      .join(' ');
  const largest = Math.max(...needs.map((need) => need.gap));
  const heatmap = figure({
    id: 'chart-needs',
    title: 'Assessed gaps by country and pillar, and whether a measure addresses them',
    description: `Rows are the assessed countries by region, marked LDC, LLDC or SIDS on ${coverage.asOf}; columns are the pillars. Shade and number give the gap (target minus current level, on the 0 to 5 scale; the darkest shade is the largest gap assessed); a check mark means a measure addresses the need, a dashed outline that none does; an empty cell was not assessed.`,
    drawing: heatGrid(
      PILLARS.map((pillar) => pillar),
      places.map((place) => ({
        label: label(place),
        group: regionOf(place),
        cells: PILLARS.map((pillar) => {
          const need = cell.get(`${place}|${pillar}`);
          if (need === undefined) return null;
          const addressed = need.measures.length > 0;
          return {
            share: largest > 0 ? need.gap / largest : 0,
            text: `${formatNumber(need.gap, 1)}${addressed ? ' ✓' : ''}`,
            title: needTitle(need),
            flagged: !addressed && need.gap > 0,
          };
        }),
      })),
      { labelWidth: 250 },
    ),
    legend: legend([
      { label: 'small gap', colour: rampColour(0.1) },
      { label: `largest gap (${formatNumber(largest, 2)})`, colour: rampColour(1) },
    ]),
    table: table(
      'Assessed needs',
      ['Place', 'Groups', 'Pillar', 'Gap', 'Severity', 'Addressed by'],
      [...needs]
        .sort(
          (a, b) =>
            places.indexOf(a.place) - places.indexOf(b.place) || a.pillar.localeCompare(b.pillar),
        )
        .map((need) => [
          escapeHtml(need.place),
          escapeHtml(marks.get(need.place) ?? ''),
          escapeHtml(PILLAR_LABELS[need.pillar]),
          formatNumber(need.gap, 2),
          formatNumber(need.severity, 2),
          need.measures.length === 0 ? 'none' : escapeHtml(need.measures.join(', ')),
        ]),
      [3, 4],
    ),
  });
  const uncovered = table(
    `Assessed needs no measure addresses (${formatNumber(coverage.uncovered.length)}), most severe first`,
    ['Place', 'Groups', 'Pillar', 'Gap', 'Severity', 'Priority'],
    coverage.uncovered.map((need) => [
      escapeHtml(need.place),
      escapeHtml(marks.get(need.place) ?? ''),
      escapeHtml(PILLAR_LABELS[need.pillar]),
      formatNumber(need.gap, 2),
      formatNumber(need.severity, 2),
      escapeHtml(need.priority ?? ''),
    ]),
    [3, 4],
  );
  const overlaps =
    coverage.overlaps.length === 0
      ? nothing('No two bureaus serve the same pillar and region.')
      : table(
          `Overlaps between bureaus (${formatNumber(coverage.overlaps.length)}): measures or initiatives of different bureaus serving the same pillar and region`,
          ['Pillar', 'Region', 'Bureaus', 'Measures and initiatives'],
          coverage.overlaps.map((overlap) => [
            escapeHtml(PILLAR_LABELS[overlap.pillar]),
            escapeHtml(overlap.region),
            escapeHtml(overlap.bureaus.join(', ')),
            overlap.items
              .map(
                (item) =>
                  `${escapeHtml(item.id)} (${escapeHtml(item.type)}, ${escapeHtml(item.bureau)})`,
              )
              .join('; '),
          ]),
        );
  return [heatmap, uncovered, overlaps].join('');
}

/** Section 4: needs and coverage. */
export const NEEDS: ReportSection = { id: 'needs', title: 'Needs and coverage', render };
