import type { Prioritization } from '@itu-aicb/scoring';
import { barChart } from '../charts/bar-chart.js';
import { figure, legend } from '../charts/figure.js';
import { categoryColour } from '../charts/palette.js';
import { escapeHtml, formatNumber, formatPercent, phrase, table } from '../html/markup.js';
import { scoreInWords } from '../words/score-in-words.js';
import type { ReportContext, ReportSection } from './report-context.js';
import { nothing } from './report-context.js';

/** The method and the weights, said in words. */
function methodInWords(result: Prioritization): string {
  const weights = [...result.criteria]
    .sort((a, b) => b.weight - a.weight)
    .map((c) => `${escapeHtml(c.label)} ${formatPercent(c.weight)}`)
    .join(', ');
  return (
    `<p>The measures are ranked by <strong>${escapeHtml(result.method)}</strong> with the scoring profile ` +
    `<code>${escapeHtml(result.profile)}</code>: a ${result.better} score is better. ` +
    `The criteria weigh, from heaviest: ${weights}.</p>` +
    `<p>${escapeHtml(result.scoreMeaning)}</p>`
  );
}

function render({ ranking }: ReportContext): string {
  if (typeof ranking === 'string') return nothing(escapeHtml(ranking));
  const result = ranking;
  const colours = new Map(result.criteria.map((c, index) => [c.id, categoryColour(index)]));
  const labels = new Map(result.criteria.map((c) => [c.id, c.label]));
  const top = result.ranking[0];
  const parts = [methodInWords(result)];
  if (top !== undefined) {
    parts.push(
      `<p>${escapeHtml(`${top.measureId} ranks first with a score of ${top.score.toFixed(3)}.`)} ${escapeHtml(scoreInWords(top.score, result.method))}</p>`,
    );
    parts.push(
      figure({
        id: 'chart-priorities',
        title: 'Score of each measure, split by criterion',
        description:
          'Each bar is a measure, in rank order, split into what each criterion contributes to its score (a negative contribution is drawn left of zero); the number after the bar is the score.',
        drawing: barChart(
          result.ranking.map((entry) => ({
            label: `${entry.rank}. ${entry.measureId}`,
            segments: entry.values.map((value) => ({
              value: value.contribution,
              colour: colours.get(value.criterion) ?? '#DDDDDD',
              title: `${entry.measureId}, ${labels.get(value.criterion) ?? value.criterion}: contribution ${value.contribution.toFixed(4)}${value.filled === undefined ? '' : ` (value filled in: ${value.filled})`}`,
            })),
            note: entry.score.toFixed(3),
          })),
          { labelWidth: 140, noteWidth: 60 },
        ),
        legend: legend(
          result.criteria.map((c) => ({ label: c.label, colour: colours.get(c.id) ?? '' })),
        ),
        table: table(
          'Contribution of each criterion to each score',
          ['Rank', 'Measure', 'Score', ...result.criteria.map((c) => escapeHtml(c.label))],
          result.ranking.map((entry) => [
            String(entry.rank),
            escapeHtml(entry.measureId),
            entry.score.toFixed(4),
            ...result.criteria.map((c) => {
              const value = entry.values.find((v) => v.criterion === c.id);
              return value === undefined ? '' : value.contribution.toFixed(4);
            }),
          ]),
          [0, 2, ...result.criteria.map((_, index) => index + 3)],
        ),
      }),
    );
  }
  parts.push(
    table(
      'Ranked measures, why they rank so, and the values filled in for missing data',
      ['Rank', 'Measure', 'Score', 'Data', 'Why', 'Filled in'],
      result.ranking.map((entry) => {
        const filled = entry.values.filter((v) => v.filled !== undefined);
        return [
          String(entry.rank),
          `${escapeHtml(entry.measureId)}<br>${phrase(entry.title)}`,
          entry.score.toFixed(3),
          `${entry.completeness.measured}/${entry.completeness.criteria}`,
          escapeHtml(entry.reason),
          filled.length === 0
            ? ''
            : filled
                .map(
                  (v) =>
                    `<span class="flag">${escapeHtml(labels.get(v.criterion) ?? v.criterion)}: ${escapeHtml(v.filled ?? '')}${v.missing === undefined ? '' : ` (${escapeHtml(v.missing)})`}</span>`,
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
        `Not enough data to rank (${formatNumber(result.incomplete.length)})`,
        ['Measure', 'Data', 'Missing'],
        result.incomplete.map((entry) => [
          `${escapeHtml(entry.measureId)}<br>${phrase(entry.title)}`,
          `${entry.completeness.measured}/${entry.completeness.criteria}`,
          escapeHtml(entry.missing.join('; ')),
        ]),
      ),
    );
  }
  if (result.excluded.length > 0) {
    parts.push(
      table(
        `Excluded (${formatNumber(result.excluded.length)})`,
        ['Measure', 'Why'],
        result.excluded.map((entry) => [
          `${escapeHtml(entry.measureId)}<br>${phrase(entry.title)}`,
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
export const PRIORITIES: ReportSection = { id: 'priorities', title: 'Priorities', render };
