import type { Prioritization } from '@itu-aicb/scoring';
import { barChart } from '../charts/bar-chart.js';
import { figure, legend } from '../charts/figure.js';
import { categoryColour } from '../charts/palette.js';
import { escapeHtml, phrase, table } from '../html/markup.js';
import { scoreInWords } from '../words/score-in-words.js';
import type { ReportContext, ReportSection } from './report-context.js';
import { nothing } from './report-context.js';

/** The method and the weights, said in words. */
function methodInWords({ words, formats }: ReportContext, result: Prioritization): string {
  const w = words.priorities;
  const weights = words.common.list(
    [...result.criteria]
      .sort((a, b) => b.weight - a.weight)
      .map((c) => `${c.label} ${formats.percent(c.weight)}`),
  );
  return (
    `<p>${escapeHtml(w.rankedBy(words.common.methods[result.method], result.profile, result.better))} ` +
    `${escapeHtml(w.weights(weights))}</p>` +
    `<p>${escapeHtml(w.scoreMeaning(result.method, result.scoreMeaning))}</p>`
  );
}

/** A measure's id and its title in the language (the title prioritisation picked). */
function measureCell(
  { words }: ReportContext,
  entry: { readonly measureId: string; readonly title: string; readonly titleLanguage?: string },
  language: string,
): string {
  const fallback =
    entry.titleLanguage !== undefined && entry.titleLanguage !== language
      ? ` <span class="fallback">${escapeHtml(words.page.inEnglish)}</span>`
      : '';
  return `${escapeHtml(entry.measureId)}<br>${phrase(entry.title, entry.titleLanguage)}${fallback}`;
}

function render(context: ReportContext): string {
  const { ranking, words, formats, locale } = context;
  const w = words.priorities;
  if (typeof ranking === 'string') return nothing(escapeHtml(ranking));
  const result = ranking;
  const colours = new Map(result.criteria.map((c, index) => [c.id, categoryColour(index)]));
  const labels = new Map(result.criteria.map((c) => [c.id, c.label]));
  const filledWord = (filled: 'worst' | 'median'): string => words.common.filled[filled];
  const top = result.ranking[0];
  const parts = [methodInWords(context, result)];
  if (top !== undefined) {
    parts.push(
      `<p>${escapeHtml(w.ranksFirst(top.measureId, formats.fixed(top.score, 3)))} ${escapeHtml(scoreInWords(top.score, result.method, locale))}</p>`,
    );
    parts.push(
      figure({
        id: 'chart-priorities',
        title: w.chart.title,
        description: w.chart.description,
        drawing: barChart(
          result.ranking.map((entry) => ({
            label: `${entry.rank}. ${entry.measureId}`,
            segments: entry.values.map((value) => ({
              value: value.contribution,
              colour: colours.get(value.criterion) ?? '#DDDDDD',
              title: w.chart.contribution(
                entry.measureId,
                labels.get(value.criterion) ?? value.criterion,
                formats.fixed(value.contribution, 4),
                value.filled === undefined ? undefined : filledWord(value.filled),
              ),
            })),
            note: formats.fixed(entry.score, 3),
          })),
          { labelWidth: 140, noteWidth: 60, format: formats.number },
        ),
        legend: legend(
          result.criteria.map((c) => ({ label: c.label, colour: colours.get(c.id) ?? '' })),
        ),
        table: table(
          escapeHtml(w.chart.caption),
          [w.rank, w.measure, w.score, ...result.criteria.map((c) => c.label)].map(escapeHtml),
          result.ranking.map((entry) => [
            formats.number(entry.rank),
            escapeHtml(entry.measureId),
            formats.fixed(entry.score, 4),
            ...result.criteria.map((c) => {
              const value = entry.values.find((v) => v.criterion === c.id);
              return value === undefined ? '' : formats.fixed(value.contribution, 4);
            }),
          ]),
          [0, 2, ...result.criteria.map((_, index) => index + 3)],
        ),
        tableSummary: words.page.chartTable,
      }),
    );
  }
  parts.push(
    table(
      escapeHtml(w.rankedCaption),
      [w.rank, w.measure, w.score, w.data, w.why, w.filledIn].map(escapeHtml),
      result.ranking.map((entry) => {
        const filled = entry.values.filter((v) => v.filled !== undefined);
        return [
          formats.number(entry.rank),
          measureCell(context, entry, locale.language),
          formats.fixed(entry.score, 3),
          `${entry.completeness.measured}/${entry.completeness.criteria}`,
          escapeHtml(entry.reason),
          filled
            .map(
              (v) =>
                `<span class="flag">${escapeHtml(labels.get(v.criterion) ?? v.criterion)}: ${escapeHtml(v.filled === undefined ? '' : filledWord(v.filled))}${v.missing === undefined ? '' : ` (${escapeHtml(v.missing)})`}</span>`,
            )
            .join(' '),
        ];
      }),
      [0, 2],
    ),
  );
  if (result.incomplete.length > 0) {
    parts.push(
      table(
        escapeHtml(w.incompleteCaption(result.incomplete.length)),
        [w.measure, w.data, w.missing].map(escapeHtml),
        result.incomplete.map((entry) => [
          measureCell(context, entry, locale.language),
          `${entry.completeness.measured}/${entry.completeness.criteria}`,
          escapeHtml(entry.missing.join('; ')),
        ]),
      ),
    );
  }
  if (result.excluded.length > 0) {
    parts.push(
      table(
        escapeHtml(w.excludedCaption(result.excluded.length)),
        [w.measure, w.why].map(escapeHtml),
        result.excluded.map((entry) => [
          measureCell(context, entry, locale.language),
          escapeHtml(entry.missing.join('; ')),
        ]),
      ),
    );
  }
  if (result.notes.length > 0)
    parts.push(`<ul>${result.notes.map((note) => `<li>${escapeHtml(note)}</li>`).join('')}</ul>`);
  return parts.join('');
}

/** Section 2: the priorities. */
export const PRIORITIES: ReportSection = { id: 'priorities', render };
