import { barChart } from '../charts/bar-chart.js';
import { figure, legend } from '../charts/figure.js';
import { categoryColour } from '../charts/palette.js';
import { escapeHtml, phrase, table } from '../html/markup.js';
import { HEALTH_STATES } from '@itu-aicb/core';
import type { HealthState } from '@itu-aicb/core';
import type { MonitoringItem, MonitoringLens } from '../report-input.js';
import type { ReportContext, ReportSection } from './report-context.js';
import { dateHtml } from './report-context.js';

/**
 * Each state's colour from the colour-blind-safe categorical palette: pale grey for not started,
 * teal, sand and wine from on track to late, indigo for completed, olive for cancelled. The state
 * is always written beside it (legend, tooltip, table).
 */
const STATE_COLOURS: Readonly<Record<HealthState, string>> = {
  'not-started': categoryColour(9),
  'on-track': categoryColour(2),
  'at-risk': categoryColour(5),
  late: categoryColour(7),
  completed: categoryColour(0),
  cancelled: categoryColour(4),
};

/** The colour of a lens line, which has no state: sky blue, a colour no state has. */
const LENS_COLOUR = categoryColour(1);

/** A state in words, after its colour's swatch; empty for a line without a state. */
const stateCell = ({ words }: ReportContext, item: MonitoringItem): string =>
  item.state === undefined
    ? ''
    : `<span class="swatch" style="background:${STATE_COLOURS[item.state]}"></span>${escapeHtml(words.monitoring.states[item.state])}`;

function itemsTable(
  context: ReportContext,
  caption: string,
  items: readonly MonitoringItem[],
): string {
  return table(
    escapeHtml(caption),
    context.words.monitoring.itemsHeader.map(escapeHtml),
    items.map((item) => [
      phrase(item.label),
      stateCell(context, item),
      item.value === undefined
        ? ''
        : `${context.formats.percent(item.value)} ${escapeHtml(item.unit ?? '')}`,
      item.note === undefined ? '' : phrase(item.note),
    ]),
    [2],
  );
}

function healthFigure(context: ReportContext, items: readonly MonitoringItem[]): string {
  const { words, formats } = context;
  const w = words.monitoring;
  const counts = HEALTH_STATES.map((state) => items.filter((item) => item.state === state).length);
  return figure({
    id: 'chart-health',
    title: w.chart.title,
    description: w.chart.description,
    drawing: barChart(
      [
        {
          label: w.chart.bar,
          segments: HEALTH_STATES.map((state, index) => ({
            value: counts[index] ?? 0,
            colour: STATE_COLOURS[state],
            title: `${w.states[state]}: ${formats.number(counts[index] ?? 0)}`,
          })),
        },
      ],
      { format: formats.number },
    ),
    legend: legend(
      HEALTH_STATES.map((state, index) => ({
        label: `${w.states[state]} (${formats.number(counts[index] ?? 0)})`,
        colour: STATE_COLOURS[state],
      })),
    ),
    table: table(
      escapeHtml(w.chart.caption),
      w.chart.header.map(escapeHtml),
      HEALTH_STATES.map((state, index) => [
        escapeHtml(w.states[state]),
        formats.number(counts[index] ?? 0),
      ]),
      [1],
    ),
    tableSummary: words.page.chartTable,
  });
}

function lensFigure(context: ReportContext, lens: MonitoringLens, index: number): string {
  const { words, formats } = context;
  const valued = lens.items.filter((item) => item.value !== undefined);
  const heading = `<h3>${escapeHtml(lens.title)}</h3>`;
  // The figure states the summary as its description; a lens with nothing to draw states it here.
  if (valued.length === 0)
    return `${heading}<p>${escapeHtml(lens.summary)}</p>${itemsTable(context, lens.title, lens.items)}`;
  return (
    heading +
    figure({
      id: `chart-lens-${index + 1}`,
      title: lens.title,
      description: lens.summary,
      drawing: barChart(
        valued.map((item) => ({
          label: item.label,
          segments: [
            {
              value: item.value ?? 0,
              colour: item.state === undefined ? LENS_COLOUR : STATE_COLOURS[item.state],
              title: `${item.label}: ${formats.percent(item.value ?? 0)} ${item.unit ?? ''}${item.state === undefined ? '' : ` (${words.monitoring.states[item.state]})`}`,
            },
          ],
          note: formats.percent(item.value ?? 0),
        })),
        { labelWidth: 190, axisAtLeast: 1, format: formats.number },
      ),
      table: itemsTable(context, lens.title, lens.items),
      tableSummary: words.page.chartTable,
    })
  );
}

function render(context: ReportContext): string | undefined {
  const monitoring = context.input.monitoring;
  if (monitoring === undefined) return undefined;
  const w = context.words.monitoring;
  return [
    `<p>${w.fromReports(dateHtml(context, monitoring.asOf))}</p>`,
    healthFigure(context, monitoring.health),
    itemsTable(context, w.healthCaption, monitoring.health),
    ...monitoring.lenses.map((lens, index) => lensFigure(context, lens, index)),
  ].join('');
}

/** Section 6: plan health and the monitoring lenses, present only with monitoring input. */
export const MONITORING: ReportSection = { id: 'monitoring', render };
