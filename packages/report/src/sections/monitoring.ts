import { barChart } from '../charts/bar-chart.js';
import { figure, legend } from '../charts/figure.js';
import { categoryColour } from '../charts/palette.js';
import { escapeHtml, formatNumber, phrase, table } from '../html/markup.js';
import type { MonitoringItem, MonitoringLens } from '../report-input.js';
import { MONITORING_STATES, MONITORING_STATE_LABELS } from '../report-input.js';
import type { ReportContext, ReportSection } from './report-context.js';

/** Each state's colour, from the categorical palette (on track, at risk, off track, not reported). */
const STATE_COLOURS = [categoryColour(3), categoryColour(5), categoryColour(7), categoryColour(9)];

const stateLabel = (item: MonitoringItem): string =>
  item.state === undefined ? '' : MONITORING_STATE_LABELS[item.state];

function itemsTable(caption: string, items: readonly MonitoringItem[]): string {
  return table(
    caption,
    ['About', 'State', 'Value', 'Note'],
    items.map((item) => [
      phrase(item.label),
      escapeHtml(stateLabel(item)),
      item.value === undefined
        ? ''
        : `${formatNumber(item.value, 3)} ${escapeHtml(item.unit ?? '')}`,
      item.note === undefined ? '' : phrase(item.note),
    ]),
    [2],
  );
}

function healthFigure(items: readonly MonitoringItem[]): string {
  const counts = MONITORING_STATES.map(
    (state) => items.filter((item) => item.state === state).length,
  );
  return figure({
    id: 'chart-health',
    title: 'Plan health',
    description: 'How many measures stand in each state, from the latest progress reports.',
    drawing: barChart([
      {
        label: 'Measures',
        segments: MONITORING_STATES.map((state, index) => ({
          value: counts[index] ?? 0,
          colour: STATE_COLOURS[index] ?? '',
          title: `${MONITORING_STATE_LABELS[state]}: ${counts[index] ?? 0}`,
        })),
      },
    ]),
    legend: legend(
      MONITORING_STATES.map((state, index) => ({
        label: `${MONITORING_STATE_LABELS[state]} (${counts[index] ?? 0})`,
        colour: STATE_COLOURS[index] ?? '',
      })),
    ),
    table: itemsTable('Health of each measure', items),
  });
}

function lensFigure(lens: MonitoringLens, index: number): string {
  const valued = lens.items.filter((item) => item.value !== undefined);
  const heading = `<h3>${escapeHtml(lens.title)}</h3><p>${escapeHtml(lens.summary)}</p>`;
  if (valued.length === 0) return heading + itemsTable(lens.title, lens.items);
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
              colour: STATE_COLOURS[MONITORING_STATES.indexOf(item.state ?? 'not-reported')] ?? '',
              title: `${item.label}: ${formatNumber(item.value ?? 0, 3)} ${item.unit ?? ''}${item.state === undefined ? '' : ` (${stateLabel(item)})`}`,
            },
          ],
          note: formatNumber(item.value ?? 0, 2),
        })),
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
    ...monitoring.lenses.map(lensFigure),
  ].join('');
}

/** Section 6: plan health and the monitoring lenses, present only with monitoring input. */
export const MONITORING: ReportSection = {
  id: 'monitoring',
  title: 'Plan health and monitoring',
  render,
};
