import { escapeHtml } from '../html/markup.js';
import type { Drawing } from './figure.js';
import { rowLabel } from './figure.js';
import { px } from './svg-text.js';
import { MARK_COLOURS } from './palette.js';

/** One row: a value inside the interval from `low` to `high`. */
export interface IntervalRow {
  readonly label: string;
  readonly value: number;
  readonly low: number;
  readonly high: number;
  readonly title: string;
}

const ROW = 20;
const GAP = 6;
const TOP = 8;

/** Intervals on a scale from 0 to 1, each with a dot at its value. */
export function intervalChart(
  rows: readonly IntervalRow[],
  options: {
    readonly width?: number;
    readonly labelWidth?: number;
    /** Writes an axis value with at most `digits` decimals, in the report's language. */
    readonly format: (value: number, digits: number) => string;
  },
): Drawing {
  const width = options.width ?? 760;
  const labelWidth = options.labelWidth ?? 190;
  const plot = width - labelWidth - 20;
  const x = (value: number): number => labelWidth + Math.min(1, Math.max(0, value)) * plot;
  const parts: string[] = [];
  rows.forEach((row, index) => {
    const y = TOP + index * (ROW + GAP) + ROW / 2;
    parts.push(
      rowLabel(labelWidth, y, row.label, labelWidth),
      `<g><title>${escapeHtml(row.title)}</title>`,
      `<rect x="${px(x(row.low))}" y="${px(y - 5)}" width="${px(Math.max(1, x(row.high) - x(row.low)))}" height="10" fill="${MARK_COLOURS.rest}" stroke="${MARK_COLOURS.axis}"/>`,
      `<circle cx="${px(x(row.value))}" cy="${px(y)}" r="5" fill="${MARK_COLOURS.main}"/></g>`,
    );
  });
  const bottom = TOP + rows.length * (ROW + GAP);
  parts.push(
    `<line x1="${labelWidth}" x2="${px(x(1))}" y1="${bottom}" y2="${bottom}" stroke="${MARK_COLOURS.axis}"/>`,
  );
  for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
    parts.push(
      `<text x="${px(x(tick))}" y="${bottom + 16}" text-anchor="middle" class="tick">${escapeHtml(options.format(tick, 2))}</text>`,
    );
  }
  return { width, height: bottom + 24, body: parts.join('') };
}
