import { escapeHtml } from '../html/markup.js';
import type { Drawing } from './figure.js';
import { rowLabel } from './figure.js';
import { px } from './svg-text.js';
import { MARK_COLOURS } from './palette.js';

/** One part of a bar: its amount, colour and tooltip. */
export interface BarSegment {
  readonly value: number;
  readonly colour: string;
  /** Shown on hover: what the part is and its number. */
  readonly title: string;
}

/** One bar: the label on its left, its parts and an optional note on its right. */
export interface BarRow {
  readonly label: string;
  readonly segments: readonly BarSegment[];
  readonly note?: string;
}

const ROW = 22;
const GAP = 6;
const TOP = 8;
const AXIS = 24;

/**
 * Horizontal bars, each a stack of parts: positive parts stack right of zero, negative parts left
 * of it, so that a decomposition with negative terms still reads as one bar.
 */
export function barChart(
  rows: readonly BarRow[],
  options: {
    readonly width?: number;
    readonly labelWidth?: number;
    readonly noteWidth?: number;
    /** The least value the axis reaches, so that shares are drawn against 1. Default: 0. */
    readonly axisAtLeast?: number;
    /** Writes an axis value with at most `digits` decimals, in the report's language. */
    readonly format: (value: number, digits: number) => string;
  },
): Drawing {
  const width = options.width ?? 760;
  const labelWidth = options.labelWidth ?? 150;
  const noteWidth = options.noteWidth ?? 90;
  const sums = rows.map((row) => ({
    positive: row.segments.reduce((total, s) => total + Math.max(0, s.value), 0),
    negative: row.segments.reduce((total, s) => total + Math.min(0, s.value), 0),
  }));
  const high = Math.max(options.axisAtLeast ?? 0, ...sums.map((s) => s.positive));
  const low = Math.min(0, ...sums.map((s) => s.negative));
  const span = high - low > 0 ? high - low : 1;
  const plot = width - labelWidth - noteWidth - 10;
  const x = (value: number): number => labelWidth + ((value - low) / span) * plot;
  const parts: string[] = [];
  rows.forEach((row, index) => {
    const y = TOP + index * (ROW + GAP);
    parts.push(rowLabel(labelWidth, y + ROW / 2, row.label, labelWidth));
    let right = 0;
    let left = 0;
    for (const segment of row.segments) {
      if (segment.value === 0 || !Number.isFinite(segment.value)) continue;
      const from = segment.value > 0 ? right : left + segment.value;
      if (segment.value > 0) right += segment.value;
      else left += segment.value;
      const x0 = x(from);
      const w = Math.max(0.5, x(from + Math.abs(segment.value)) - x0);
      parts.push(
        `<rect x="${px(x0)}" y="${y}" width="${px(w)}" height="${ROW}" fill="${segment.colour}" stroke="#ffffff" stroke-width="0.5"><title>${escapeHtml(segment.title)}</title></rect>`,
      );
    }
    if (row.note !== undefined) {
      parts.push(
        `<text x="${px(x(right) + 6)}" y="${px(y + ROW / 2)}" dominant-baseline="middle">${escapeHtml(row.note)}</text>`,
      );
    }
  });
  const bottom = TOP + rows.length * (ROW + GAP);
  parts.push(
    `<line x1="${px(x(0))}" x2="${px(x(0))}" y1="${TOP - 4}" y2="${bottom}" stroke="${MARK_COLOURS.axis}"/>`,
    `<line x1="${labelWidth}" x2="${px(x(high))}" y1="${bottom}" y2="${bottom}" stroke="${MARK_COLOURS.axis}"/>`,
  );
  for (const tick of [...new Set([low, 0, high])]) {
    parts.push(
      `<text x="${px(x(tick))}" y="${bottom + 16}" text-anchor="middle" class="tick">${escapeHtml(options.format(tick, Math.abs(span) < 10 ? 3 : 0))}</text>`,
    );
  }
  return { width, height: bottom + AXIS, body: parts.join('') };
}
