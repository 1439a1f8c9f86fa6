import type { PriorityReport } from './format.js';
import { scoreInWords } from '@itu-aicb/report';
import { completenessText, fixed, notShownText, printableDeep } from './format.js';
import { sensitivityText } from './sensitivity.js';
import { CLI_WORDING } from '../../language/cli-wording.js';
import { humanFormat } from '../../language/human-format.js';
import { reportLocaleOf } from '../../language/report-locales.js';
import { englishLocale } from '@itu-aicb/core';

/**
 * The default, human format: what a score means (and the first score, in words), a table of
 * ranks, scores, completeness (criteria measured of the profile's) and titles (with `--explain`,
 * each measure's reason, criterion values and contributions), how many measures `--top` left out,
 * the measures with not enough data to rank, the excluded measures, the AHP consistency and the
 * notes; then the stability analysis, if any. Text from the files is made printable.
 *
 * @param report - The report.
 * @returns The text, ending with a line break.
 */
export function renderPriorityTable(report: PriorityReport): string {
  const { result, shown, sensitivity, explain } = printableDeep(report);
  const language = report.locale?.language ?? 'en';
  const words = CLI_WORDING[language];
  const format = humanFormat(report.locale ?? englishLocale);
  // The English table keeps its fixed-point scores; other languages write them as they do.
  const score = (value: number): string =>
    language === 'en' ? fixed(value, 4) : format.fixed(value, 4);
  const significant = new Intl.NumberFormat(format.locale.intl, {
    minimumSignificantDigits: 4,
    maximumSignificantDigits: 4,
    useGrouping: false,
  });
  const precise = (value: number): string =>
    language === 'en' ? value.toPrecision(4) : significant.format(value);
  const { columns } = words;
  const lines = [
    words.priorities(result.method, result.profile, result.better),
    result.scoreMeaning,
    ...(result.ranking[0] === undefined
      ? []
      : [
          scoreInWords(
            result.ranking[0].score,
            result.method,
            reportLocaleOf(report.locale ?? englishLocale),
          ),
        ]),
    '',
    `${columns.rank.padStart(4)}  ${columns.measure.padEnd(12)} ${columns.score.padStart(8)}  ${columns.data.padStart(5)}  ${columns.title}`,
  ];
  const labels = new Map(result.criteria.map((c) => [c.id, c.label]));
  for (const entry of shown) {
    lines.push(
      `${String(entry.rank).padStart(4)}  ${entry.measureId.padEnd(12)} ${score(entry.score).padStart(8)}  ${completenessText(entry.completeness).padStart(5)}  ${entry.title}${entry.titleLanguage === language ? '' : ` ${words.inEnglish}`}`,
    );
    if (explain) {
      lines.push(`        ${entry.reason}`);
      for (const value of entry.values) {
        const raw =
          value.raw === null
            ? `${words.missing} (${value.missing ?? ''}; ${value.filled === undefined ? '' : words.filled[value.filled]} ${precise(value.value)})`
            : precise(value.raw);
        lines.push(
          `        ${(labels.get(value.criterion) ?? value.criterion).padEnd(40)} ${raw.padEnd(12)} ${words.contribution} ${score(value.contribution)}`,
        );
      }
    }
  }
  const notShown = notShownText(report);
  if (notShown !== undefined) lines.push(`      ${notShown}`);
  const { ranking } = words;
  if (result.incomplete.length > 0) lines.push('', ranking.notEnoughData);
  for (const entry of result.incomplete) {
    lines.push(
      `   -  ${entry.measureId.padEnd(12)} ${completenessText(entry.completeness)} ${ranking.measured}: ${entry.missing.join('; ')}`,
    );
  }
  for (const entry of result.excluded)
    lines.push(
      `   -  ${entry.measureId.padEnd(12)} ${ranking.excluded}: ${entry.missing.join('; ')}`,
    );
  if (result.consistency !== undefined) {
    lines.push(
      '',
      ranking.consistency(
        language === 'en'
          ? result.consistency.consistencyRatio.toFixed(3)
          : format.fixed(result.consistency.consistencyRatio, 3),
        result.consistency.randomIndex.table,
      ),
    );
  }
  if (result.notes.length > 0)
    lines.push('', ...result.notes.map((note) => `${words.note} ${note}`));
  const stability =
    sensitivity === undefined ? '' : sensitivityText(sensitivity, result, report.locale);
  return `${lines.map(format.line).join('\n')}\n${stability}`;
}
