import { barChart } from '../charts/bar-chart.js';
import { figure, legend } from '../charts/figure.js';
import { categoryColour } from '../charts/palette.js';
import { escapeHtml, formatPercent, phrase, table } from '../html/markup.js';
import { HEALTH_STATES } from '@itu-aicb/core';
import type { HealthState } from '@itu-aicb/core';
import type { MonitoringItem, MonitoringLens } from '../report-input.js';
import { HEALTH_STATE_LABELS } from '../report-input.js';
import type { ReportContext, ReportSection } from './report-context.js';

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

const stateLabel = (item: MonitoringItem): string =>
  item.state === undefined ? '' : HEALTH_STATE_LABELS[item.state];

/** A state in words, after its colour's swatch; empty for a line without a state. */
const stateCell = (item: MonitoringItem): string =>
  item.state === undefined
    ? ''
    : `<span class="swatch" style="background:${STATE_COLOURS[item.state]}"></span>${escapeHtml(stateLabel(item))}`;

function itemsTable(caption: string, items: readonly MonitoringItem[]): string {
  return table(
    escapeHtml(caption),
    ['About', 'State', 'Value', 'Note'],
    items.map((item) => [
      phrase(item.label),
      stateCell(item),
      item.value === undefined ? '' : `${formatPercent(item.value)} ${escapeHtml(item.unit ?? '')}`,
      item.note === undefined ? '' : phrase(item.note),
    ]),
    [2],
  );
}

function healthFigure(items: readonly MonitoringItem[]): string {
  const counts = HEALTH_STATES.map((state) => items.filter((item) => item.state === state).length);
  return figure({
    id: 'chart-health',
    title: 'Plan health',
    description: 'How many measures stand in each state, from the latest progress reports.',
    drawing: barChart([
      {
        label: 'Measures',
        segments: HEALTH_STATES.map((state, index) => ({
          value: counts[index] ?? 0,
          colour: STATE_COLOURS[state],
          title: `${HEALTH_STATE_LABELS[state]}: ${counts[index] ?? 0}`,
        })),
      },
    ]),
    legend: legend(
      HEALTH_STATES.map((state, index) => ({
        label: `${HEALTH_STATE_LABELS[state]} (${counts[index] ?? 0})`,
        colour: STATE_COLOURS[state],
      })),
    ),
    table: table(
      'Measures in each state',
      ['State', 'Measures'],
      HEALTH_STATES.map((state, index) => [
        escapeHtml(HEALTH_STATE_LABELS[state]),
        String(counts[index] ?? 0),
      ]),
      [1],
    ),
  });
}

function lensFigure(lens: MonitoringLens, index: number): string {
  const valued = lens.items.filter((item) => item.value !== undefined);
  const heading = `<h3>${escapeHtml(lens.title)}</h3>`;
  // The figure states the summary as its description; a lens with nothing to draw states it here.
  if (valued.length === 0)
    return `${heading}<p>${escapeHtml(lens.summary)}</p>${itemsTable(lens.title, lens.items)}`;
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
              title: `${item.label}: ${formatPercent(item.value ?? 0)} ${item.unit ?? ''}${item.state === undefined ? '' : ` (${stateLabel(item)})`}`,
            },
          ],
          note: formatPercent(item.value ?? 0),
        })),
        { labelWidth: 190, axisAtLeast: 1 },
      ),
      table: itemsTable(lens.title, lens.items),
    })
  );
}

function render({ input }: ReportContext): string | undefined {
  const monitoring = input.monitoring;
  if (monitoring === undefined) return undefined;
  return [
    `<p>From the progress reports as of ${escapeHtml(monitoring.asOf)}.</p>`,
    healthFigure(monitoring.health),
    itemsTable('Health of each measure', monitoring.health),
    ...monitoring.lenses.map(lensFigure),
  ].join('');
}

/** Section 6: plan health and the monitoring lenses, present only with monitoring input. */
export const MONITORING: ReportSection = {
  id: 'monitoring',
  title: 'Plan health and monitoring',
  render,
};
