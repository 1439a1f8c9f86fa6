import type { AssessedNeed } from '@itu-aicb/scoring';
import { PILLARS, countryGroupsOn, countryName, findCountry, isItuRegion } from '@itu-aicb/core';
import { figure, legend } from '../charts/figure.js';
import { heatGrid } from '../charts/heat-grid.js';
import { rampColour } from '../charts/palette.js';
import { escapeHtml, table } from '../html/markup.js';
import type { ReportContext, ReportSection } from './report-context.js';
import { nothing } from './report-context.js';

const GROUPS = ['ldc', 'lldc', 'sids'] as const;

/** The LDC, LLDC and SIDS marks of a country on a date (`?` when membership is uncertain). */
function groupMarks({ words }: ReportContext, place: string, date: string): string {
  if (findCountry(place) === undefined) return '';
  const groups = countryGroupsOn(place, date);
  return GROUPS.flatMap((group) => {
    const status = groups[group].status;
    const mark = words.common.groups[group];
    if (status === 'member') return [mark];
    return status === 'uncertain' ? [`${mark}?`] : [];
  }).join(' ');
}

/** The region a need's place is listed under, in the page's language. */
function regionOf({ words, locale }: ReportContext, place: string): string {
  if (isItuRegion(place)) return words.needs.regional;
  const region = findCountry(place)?.ituRegion;
  return region === undefined
    ? words.needs.otherPlaces
    : `${locale.terms.regions[region]} (${region})`;
}

function render(context: ReportContext): string {
  const { coverage, plan, words, formats, locale } = context;
  const w = words.needs;
  if (plan === undefined || coverage === undefined) return nothing(escapeHtml(w.noPlan));
  const needs = [...coverage.covered, ...coverage.uncovered];
  if (needs.length === 0) return nothing(escapeHtml(w.noAssessment));
  const region = new Map(needs.map((need) => [need.place, regionOf(context, need.place)]));
  const places = [...new Set(needs.map((need) => need.place))].sort(
    (a, b) =>
      (region.get(a) ?? '').localeCompare(region.get(b) ?? '', locale.intl) || a.localeCompare(b),
  );
  const cell = new Map(needs.map((need) => [`${need.place}|${need.pillar}`, need]));
  const marks = new Map(places.map((place) => [place, groupMarks(context, place, coverage.asOf)]));
  const pillar = (need: AssessedNeed): string => locale.terms.pillars[need.pillar];
  const two = (value: number): string => formats.number(value, 2);
  // The code and groups first: a long country name is what the label cuts.
  const label = (place: string): string =>
    [place, marks.get(place), isItuRegion(place) ? '' : countryName(place, locale.intl)]
      .filter((part) => part !== undefined && part !== '')
      .join(' ');
  const needTitle = (need: AssessedNeed): string =>
    w.need({
      place: need.place,
      pillar: pillar(need),
      gap: two(need.gap),
      severity: two(need.severity),
      priority: need.priority === undefined ? undefined : w.priorities[need.priority],
      measures: need.measures,
    });
  const largest = Math.max(...needs.map((need) => need.gap));
  const [small, large] = w.chart.legend(two(largest));
  const heatmap = figure({
    id: 'chart-needs',
    title: w.chart.title,
    description: w.chart.description(formats.date(coverage.asOf)),
    drawing: heatGrid(
      PILLARS.map((code) => locale.terms.pillars[code]),
      places.map((place) => ({
        label: label(place),
        group: region.get(place) ?? '',
        cells: PILLARS.map((code) => {
          const need = cell.get(`${place}|${code}`);
          if (need === undefined) return null;
          const addressed = need.measures.length > 0;
          return {
            share: largest > 0 ? need.gap / largest : 0,
            text: `${formats.number(need.gap, 1)}${addressed ? ' ✓' : ''}`,
            title: needTitle(need),
            flagged: !addressed && need.gap > 0,
          };
        }),
      })),
      { labelWidth: 250 },
    ),
    legend: legend([
      { label: small, colour: rampColour(0.1) },
      { label: large, colour: rampColour(1) },
    ]),
    table: table(
      escapeHtml(w.chart.caption),
      [
        w.header.place,
        w.header.groups,
        w.header.pillar,
        w.header.gap,
        w.header.severity,
        w.header.addressedBy,
      ].map(escapeHtml),
      [...needs]
        .sort(
          (a, b) =>
            places.indexOf(a.place) - places.indexOf(b.place) || a.pillar.localeCompare(b.pillar),
        )
        .map((need) => [
          `${escapeHtml(need.place)}${isItuRegion(need.place) ? '' : ` <span class="muted">${escapeHtml(countryName(need.place, locale.intl))}</span>`}`,
          escapeHtml(marks.get(need.place) ?? ''),
          escapeHtml(pillar(need)),
          two(need.gap),
          two(need.severity),
          escapeHtml(need.measures.length === 0 ? words.common.none : need.measures.join(', ')),
        ]),
      [3, 4],
    ),
    tableSummary: words.page.chartTable,
  });
  const uncovered = table(
    escapeHtml(w.uncoveredCaption(coverage.uncovered.length)),
    [
      w.header.place,
      w.header.groups,
      w.header.pillar,
      w.header.gap,
      w.header.severity,
      w.header.priority,
    ].map(escapeHtml),
    coverage.uncovered.map((need) => [
      escapeHtml(need.place),
      escapeHtml(marks.get(need.place) ?? ''),
      escapeHtml(pillar(need)),
      two(need.gap),
      two(need.severity),
      escapeHtml(need.priority === undefined ? '' : w.priorities[need.priority]),
    ]),
    [3, 4],
  );
  const overlaps =
    coverage.overlaps.length === 0
      ? nothing(escapeHtml(w.noOverlaps))
      : table(
          escapeHtml(w.overlapsCaption(coverage.overlaps.length)),
          w.overlapsHeader.map(escapeHtml),
          coverage.overlaps.map((overlap) => [
            escapeHtml(locale.terms.pillars[overlap.pillar]),
            escapeHtml(overlap.region),
            escapeHtml(overlap.bureaus.join(', ')),
            overlap.items
              .map(
                (item) =>
                  `${escapeHtml(item.id)} (${escapeHtml(w.itemTypes[item.type])}, ${escapeHtml(item.bureau)})`,
              )
              .join('; '),
          ]),
        );
  return [heatmap, uncovered, overlaps].join('');
}

/** Section 4: needs and coverage. */
export const NEEDS: ReportSection = { id: 'needs', render };
