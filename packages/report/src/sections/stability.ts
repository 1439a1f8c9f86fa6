import type { Prioritization, PrioritizationSensitivity } from '@itu-aicb/scoring';
import { figure, legend } from '../charts/figure.js';
import { heatGrid } from '../charts/heat-grid.js';
import { intervalChart } from '../charts/interval-chart.js';
import { rampColour } from '../charts/palette.js';
import { escapeHtml, table } from '../html/markup.js';
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
  { words, formats }: ReportContext,
  result: Prioritization,
  sensitivity: Pick<PrioritizationSensitivity, 'acceptability' | 'samples'>,
): string {
  const byId = new Map(sensitivity.acceptability.map((entry) => [entry.measureId, entry]));
  const columns = rankColumns(result.ranking.length);
  const share = (byRank: readonly number[], from: number, to: number): number => {
    let total = 0;
    for (let rank = from; rank <= to; rank++) total += byRank[rank] ?? 0;
    return total;
  };
  const rows = result.ranking.map((entry) => {
    const byRank = byId.get(entry.measureId)?.byRank ?? [];
    return { entry, shares: columns.map((c) => share(byRank, c.from, c.to)) };
  });
  const darkest = Math.max(0.000_001, ...rows.flatMap((row) => row.shares));
  const w = words.stability.acceptability;
  const p = words.priorities;
  return figure({
    id: 'chart-acceptability',
    title: w.title,
    description: w.description(formats.number(sensitivity.samples)),
    drawing: heatGrid(
      columns.map((c) => c.label),
      rows.map(({ entry, shares }) => {
        // The ranks a measure never took (most of them, in a long ranking) share one tooltip.
        const empty =
          shares.includes(0) && w.otherRanks !== undefined
            ? w.otherRanks(entry.measureId, formats.percent(0))
            : undefined;
        return {
          label: `${entry.rank}. ${entry.measureId}`,
          ...(empty === undefined ? {} : { empty }),
          cells: shares.map((value, index) =>
            value === 0 && empty !== undefined
              ? { share: 0, text: '', title: empty }
              : {
                  share: value / darkest,
                  text: value >= 0.005 ? formats.number(Math.round(value * 100)) : '',
                  title: w.cell(
                    entry.measureId,
                    columns[index]?.label ?? '',
                    formats.percent(value),
                  ),
                },
          ),
        };
      }),
      { labelWidth: 140 },
    ),
    legend: legend([
      { label: w.legend[0], colour: rampColour(0.1) },
      { label: w.legend[1], colour: rampColour(0.55) },
      { label: w.legend[2], colour: rampColour(1) },
    ]),
    table: table(
      escapeHtml(w.caption),
      [
        p.rank,
        p.measure,
        w.firstIn,
        w.expectedRank,
        ...columns.map((c) => w.rankColumn(c.label)),
      ].map(escapeHtml),
      rows.map(({ entry, shares }) => [
        formats.number(entry.rank),
        escapeHtml(entry.measureId),
        formats.percent(byId.get(entry.measureId)?.byRank[0] ?? 0),
        formats.fixed(byId.get(entry.measureId)?.expectedRank ?? 0, 2),
        ...shares.map((value) => formats.percent(value)),
      ]),
      [0, 2, 3, ...columns.map((_, index) => index + 4)],
    ),
    tableSummary: words.page.chartTable,
  });
}

function stabilityFigure(
  { words, formats }: ReportContext,
  result: Prioritization,
  sensitivity: PrioritizationSensitivity,
): string {
  const w = words.stability.weights;
  const labels = new Map(result.criteria.map((c) => [c.id, c.label]));
  const rows = sensitivity.weightStability;
  const three = (value: number): string => formats.fixed(value, 3);
  return figure({
    id: 'chart-weight-stability',
    title: w.title,
    description: w.description(words.common.list(sensitivity.top)),
    drawing: intervalChart(
      rows.map((row) => ({
        label: labels.get(row.criterion) ?? row.criterion,
        value: row.weight,
        low: row.low,
        high: row.high,
        title: w.interval(
          labels.get(row.criterion) ?? row.criterion,
          three(row.weight),
          three(row.low),
          three(row.high),
          row.exact,
        ),
      })),
      { format: formats.number },
    ),
    table: table(
      escapeHtml(w.caption),
      w.header.map(escapeHtml),
      rows.map((row) => [
        escapeHtml(labels.get(row.criterion) ?? row.criterion),
        three(row.weight),
        three(row.low),
        three(row.high),
        escapeHtml(row.exact ? words.common.yes : w.approximate),
      ]),
      [1, 2, 3],
    ),
    tableSummary: words.page.chartTable,
  });
}

function render(context: ReportContext): string | undefined {
  const { ranking, sensitivity: stability, words, formats, locale } = context;
  const w = words.stability;
  if (stability === undefined) return undefined;
  if (typeof ranking === 'string') return nothing(escapeHtml(w.noRanking));
  if (typeof stability === 'string') return nothing(escapeHtml(stability));
  const sensitivity = stability.analysis;
  const caveat = stabilityCaveat(ranking, sensitivity, locale);
  const top = ranking.ranking[0];
  const first = sensitivity.acceptability.find((a) => a.measureId === top?.measureId);
  const parts = [
    caveat === undefined
      ? `<p>${escapeHtml(w.firstIn(top?.measureId ?? '', formats.percent(first?.byRank[0] ?? 0), formats.number(sensitivity.samples), String(sensitivity.seed)))}</p>`
      : `<p class="caveat" role="note">${escapeHtml(caveat)}</p>`,
    acceptabilityFigure(context, ranking, sensitivity),
  ];
  if (!stability.full) {
    parts.push(nothing(escapeHtml(w.leftOut(formats.number(FULL_ANALYSIS_LIMIT)))));
    return parts.join('');
  }
  const full = stability.analysis;
  const agreement = full.agreement.methods.map((m, index) => [
    escapeHtml(words.common.methods[m.method]),
    formats.fixed(full.agreement.spearman[0]?.[index] ?? 0, 3),
    formats.fixed(full.agreement.kendall[0]?.[index] ?? 0, 3),
  ]);
  parts.push(
    stabilityFigure(context, ranking, full),
    table(
      escapeHtml(w.agreement(words.common.methods[ranking.method])),
      [w.method, 'Spearman', 'Kendall'].map(escapeHtml),
      agreement,
      [1, 2],
    ),
    ...full.skippedMethods.map(
      (s) =>
        `<p class="note">${escapeHtml(w.skipped(words.common.methods[s.method], s.reason))}</p>`,
    ),
  );
  return parts.join('');
}

/** Section 3: how sure the ranking is. */
export const STABILITY: ReportSection = { id: 'stability', render };
