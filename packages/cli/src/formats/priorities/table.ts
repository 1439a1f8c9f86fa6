import type { PriorityReport } from './format.js';
import { scoreInWords } from '@itu-aicb/report';
import { completenessText, fixed, notShownText, printableDeep } from './format.js';
import { sensitivityText } from './sensitivity.js';
import { CLI_WORDING } from '../../language/cli-wording.js';
import { isolateRuns } from '../../language/bidi.js';

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
  const scores = new Intl.NumberFormat(report.locale?.intl ?? 'en', {
    minimumFractionDigits: 4,
    maximumFractionDigits: 4,
  });
  // The English table keeps its fixed-point scores; other languages write them as they do.
  const score = (value: number): string =>
    language === 'en' ? fixed(value, 4) : scores.format(Number(fixed(value, 4)));
  const { columns } = words;
  const lines = [
    words.priorities(result.method, result.profile, result.better),
    result.scoreMeaning,
    ...(result.ranking[0] === undefined
      ? []
      : [scoreInWords(result.ranking[0].score, result.method)]),
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
            ? `${words.missing} (${value.missing ?? ''}; ${value.filled ?? ''} ${value.value.toPrecision(4)})`
            : value.raw.toPrecision(4);
        lines.push(
          `        ${(labels.get(value.criterion) ?? value.criterion).padEnd(40)} ${raw.padEnd(12)} ${words.contribution} ${fixed(value.contribution, 4)}`,
        );
      }
    }
  }
  const notShown = notShownText(report);
  if (notShown !== undefined) lines.push(`      ${notShown}`);
  if (result.incomplete.length > 0) lines.push('', 'Not enough data to rank:');
  for (const entry of result.incomplete) {
    lines.push(
      `   -  ${entry.measureId.padEnd(12)} ${completenessText(entry.completeness)} measured: ${entry.missing.join('; ')}`,
    );
  }
  for (const entry of result.excluded)
    lines.push(`   -  ${entry.measureId.padEnd(12)} excluded: ${entry.missing.join('; ')}`);
  if (result.consistency !== undefined) {
    lines.push(
      '',
      `AHP consistency ratio ${result.consistency.consistencyRatio.toFixed(3)} (${result.consistency.randomIndex.table})`,
    );
  }
  if (result.notes.length > 0)
    lines.push('', ...result.notes.map((note) => `${words.note} ${note}`));
  const text = report.locale?.direction === 'rtl' ? lines.map(isolateRuns) : lines;
  return `${text.join('\n')}\n${sensitivity === undefined ? '' : sensitivityText(sensitivity, result)}`;
}
