import type { Prioritization, PrioritizationSensitivity } from '@itu-aicb/scoring';
import { figure, legend } from '../charts/figure.js';
import { heatGrid } from '../charts/heat-grid.js';
import { intervalChart } from '../charts/interval-chart.js';
import { rampColour } from '../charts/palette.js';
import { escapeHtml, formatNumber, formatPercent, table } from '../html/markup.js';
import { stabilityCaveat } from '../words/stability-caveat.js';
import type { ReportContext, ReportSection } from './report-context.js';
import { nothing } from './report-context.js';
import { FULL_ANALYSIS_LIMIT } from './stability-analysis.js';

/** At most this many columns of rank positions; more ranks are grouped into ranges. */
const MAX_RANK_COLUMNS = 20;

function rankColumns(
  count: number,
): { readonly label: string; readonly from: number; readonly to: number }[] {
  const size = Math.ceil(count / MAX_RANK_COLUMNS);
  const columns = [];
  for (let from = 0; from < count; from += size) {
    const to = Math.min(count, from + size) - 1;
    columns.push({ label: from === to ? String(from + 1) : `${from + 1}-${to + 1}`, from, to });
  }
  return columns;
}

function acceptabilityFigure(
  result: Prioritization,
  sensitivity: Pick<PrioritizationSensitivity, 'acceptability' | 'samples'>,
): string {
  const byId = new Map(sensitivity.acceptability.map((entry) => [entry.measureId, entry]));
  const columns = rankColumns(result.ranking.length);
  const share = (byRank: readonly number[], from: number, to: number): number =>
    byRank.slice(from, to + 1).reduce((total, x) => total + x, 0);
  const rows = result.ranking.map((entry) => {
    const byRank = byId.get(entry.measureId)?.byRank ?? [];
    return { entry, shares: columns.map((c) => share(byRank, c.from, c.to)) };
  });
  const darkest = Math.max(0.000_001, ...rows.flatMap((row) => row.shares));
  const draws = formatNumber(sensitivity.samples);
  return figure({
    id: 'chart-acceptability',
    title: 'How often each measure takes each rank',
    description: `Each row is a measure in rank order; each column a rank position. A cell's shade and number give the share, in percent, of ${draws} random weightings in which the measure took that rank (darker is more often).`,
    drawing: heatGrid(
      columns.map((c) => c.label),
      rows.map(({ entry, shares }) => ({
        label: `${entry.rank}. ${entry.measureId}`,
        cells: shares.map((value, index) => ({
          share: value / darkest,
          text: value >= 0.005 ? String(Math.round(value * 100)) : '',
          title: `${entry.measureId} at rank ${columns[index]?.label ?? ''}: ${formatPercent(value)} of draws`,
        })),
      })),
      { labelWidth: 140 },
    ),
    legend: legend([
      { label: 'rarely', colour: rampColour(0.1) },
      { label: 'often', colour: rampColour(0.55) },
      { label: 'most often', colour: rampColour(1) },
    ]),
    table: table(
      'Rank acceptability',
      ['Rank', 'Measure', 'First in', 'Expected rank', ...columns.map((c) => `Rank ${c.label}`)],
      rows.map(({ entry, shares }) => [
        String(entry.rank),
        escapeHtml(entry.measureId),
        formatPercent(byId.get(entry.measureId)?.byRank[0] ?? 0),
        (byId.get(entry.measureId)?.expectedRank ?? 0).toFixed(2),
        ...shares.map((value) => formatPercent(value)),
      ]),
      [0, 2, 3, ...columns.map((_, index) => index + 4)],
    ),
  });
}

function stabilityFigure(result: Prioritization, sensitivity: PrioritizationSensitivity): string {
  const labels = new Map(result.criteria.map((c) => [c.id, c.label]));
  const rows = sensitivity.weightStability;
  return figure({
    id: 'chart-weight-stability',
    title: 'How far each weight can move before the top of the order changes',
    description: `The dot is the weight; the bar is the range within which it can move (the others rescaled) while ${sensitivity.top.join(', ')} keep their order at the top.`,
    drawing: intervalChart(
      rows.map((row) => ({
        label: labels.get(row.criterion) ?? row.criterion,
        value: row.weight,
        low: row.low,
        high: row.high,
        title: `${labels.get(row.criterion) ?? row.criterion}: weight ${row.weight.toFixed(3)}, holds from ${row.low.toFixed(3)} to ${row.high.toFixed(3)}${row.exact ? '' : ' (approximate)'}`,
      })),
    ),
    table: table(
      'Weight stability intervals',
      ['Criterion', 'Weight', 'Lowest', 'Highest', 'Exact'],
      rows.map((row) => [
        escapeHtml(labels.get(row.criterion) ?? row.criterion),
        row.weight.toFixed(3),
        row.low.toFixed(3),
        row.high.toFixed(3),
        row.exact ? 'yes' : 'approximate',
      ]),
      [1, 2, 3],
    ),
  });
}

function render({ ranking, sensitivity: stability }: ReportContext): string | undefined {
  if (stability === undefined) return undefined;
  if (typeof ranking === 'string') return nothing('Without a ranking there is nothing to test.');
  if (typeof stability === 'string') return nothing(escapeHtml(stability));
  const sensitivity = stability.analysis;
  const caveat = stabilityCaveat(ranking, sensitivity);
  const top = ranking.ranking[0];
  const first = sensitivity.acceptability.find((a) => a.measureId === top?.measureId);
  const parts = [
    caveat === undefined
      ? `<p>${escapeHtml(`${top?.measureId ?? ''} is first in ${formatPercent(first?.byRank[0] ?? 0)} of ${formatNumber(sensitivity.samples)} random weightings (seed ${sensitivity.seed}).`)}</p>`
      : `<p class="caveat" role="note">${escapeHtml(caveat)}</p>`,
    acceptabilityFigure(ranking, sensitivity),
  ];
  if (!stability.full) {
    parts.push(
      nothing(
        `The weight-stability intervals and the agreement between methods are left out for plans of more than ${FULL_ANALYSIS_LIMIT} ranked measures; <code>aicb prioritize --sensitivity</code> computes them.`,
      ),
    );
    return parts.join('');
  }
  const full = stability.analysis;
  const agreement = full.agreement.methods.map((m, index) => [
    escapeHtml(m.method),
    (full.agreement.spearman[0]?.[index] ?? 0).toFixed(3),
    (full.agreement.kendall[0]?.[index] ?? 0).toFixed(3),
  ]);
  parts.push(
    stabilityFigure(ranking, full),
    table(
      `Agreement of other methods with ${escapeHtml(ranking.method)} (1 is the same order)`,
      ['Method', 'Spearman', 'Kendall'],
      agreement,
      [1, 2],
    ),
    ...full.skippedMethods.map(
      (s) => `<p class="note">${escapeHtml(`${s.method} left out: ${s.reason}`)}</p>`,
    ),
  );
  return parts.join('');
}

/** Section 3: how sure the ranking is. */
export const STABILITY: ReportSection = {
  id: 'stability',
  title: 'How sure the ranking is',
  render,
};
