import { escapeHtml } from '../html/markup.js';
import type { Drawing } from './figure.js';
import { rowLabel } from './figure.js';
import { px, svgLabel, textWidth } from './svg-text.js';
import { MARK_COLOURS } from './palette.js';

/** A dated point on a row: a milestone, done, still open, overdue or re-forecast. */
export interface TimelineMark {
  readonly date: string;
  readonly state: 'done' | 'open' | 'overdue' | 'reforecast';
  readonly title: string;
}

/** One row: a span from `start` to `end` and its marks. */
export interface TimelineRow {
  readonly label: string;
  readonly start: string;
  readonly end: string;
  readonly title: string;
  readonly marks: readonly TimelineMark[];
}

const ROW = 18;
const GAP = 8;
const TOP = 30;
const DAY = 86_400_000;

const day = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY;

/** The marks' shapes differ by state, so that "overdue" does not rest on colour alone. */
function mark(x: number, y: number, item: TimelineMark): string {
  const title = `<title>${escapeHtml(item.title)}</title>`;
  const r = 6;
  if (item.state === 'overdue') {
    return `<g>${title}<path d="M${px(x - r)} ${px(y - r)}L${px(x + r)} ${px(y + r)}M${px(x + r)} ${px(y - r)}L${px(x - r)} ${px(y + r)}" stroke="${MARK_COLOURS.late}" stroke-width="3"/></g>`;
  }
  if (item.state === 'reforecast') {
    return `<g>${title}<circle cx="${px(x)}" cy="${px(y)}" r="${r - 1}" fill="#ffffff" stroke="#000000" stroke-width="1.5"/></g>`;
  }
  const diamond = `M${px(x)} ${px(y - r)}L${px(x + r)} ${px(y)}L${px(x)} ${px(y + r)}L${px(x - r)} ${px(y)}Z`;
  return `<g>${title}<path d="${diamond}" fill="${item.state === 'done' ? '#000000' : '#ffffff'}" stroke="#000000" stroke-width="1.5"/></g>`;
}

/**
 * Spans and marks on a time axis with a tick at each quarter (labelled at each year) and a
 * vertical line at the as-of date.
 */
export function timelineChart(
  rows: readonly TimelineRow[],
  asOf: string,
  options: {
    readonly width?: number;
    readonly labelWidth?: number;
    /** The label of a quarter, such as `Q2`, in the report's language. */
    readonly quarter: (quarter: number) => string;
    /** The label of the as-of line, with the date written for the language. */
    readonly asOf: string;
  },
): Drawing {
  const width = options.width ?? 760;
  const labelWidth = options.labelWidth ?? 150;
  const days = rows.flatMap((row) => [
    day(row.start),
    day(row.end),
    ...row.marks.map((m) => day(m.date)),
  ]);
  days.push(day(asOf));
  const finite = days.filter(Number.isFinite);
  const first = Math.min(...finite);
  const last = Math.max(...finite);
  const span = last - first > 0 ? last - first : 1;
  const plot = width - labelWidth - 16;
  const x = (value: number): number => labelWidth + ((value - first) / span) * plot;
  const bottom = TOP + rows.length * (ROW + GAP);
  const parts: string[] = [];
  const startYear = new Date(first * DAY).getUTCFullYear();
  const endYear = new Date(last * DAY).getUTCFullYear();
  for (let year = startYear; year <= endYear; year += 1) {
    for (const month of ['01', '04', '07', '10']) {
      const at = day(`${year}-${month}-01`);
      if (at < first || at > last) continue;
      const yearly = month === '01';
      parts.push(
        `<line x1="${px(x(at))}" x2="${px(x(at))}" y1="${TOP - 6}" y2="${bottom}" stroke="${yearly ? '#999999' : '#e0e0e0'}"/>`,
      );
      if (yearly || span < 800) {
        parts.push(
          `<text x="${px(x(at) + 3)}" y="${TOP - 10}" class="tick">${escapeHtml(yearly ? String(year) : options.quarter((Number(month) + 2) / 3))}</text>`,
        );
      }
    }
  }
  rows.forEach((row, index) => {
    const y = TOP + index * (ROW + GAP);
    parts.push(
      rowLabel(labelWidth, y + ROW / 2, row.label, labelWidth),
      `<rect x="${px(x(day(row.start)))}" y="${y + 3}" width="${px(Math.max(1, x(day(row.end)) - x(day(row.start))))}" height="${ROW - 6}" fill="${MARK_COLOURS.rest}" stroke="${MARK_COLOURS.axis}"><title>${escapeHtml(row.title)}</title></rect>`,
      ...row.marks.map((item) => mark(x(day(item.date)), y + ROW / 2, item)),
    );
  });
  const today = x(day(asOf));
  parts.push(
    `<line x1="${px(today)}" x2="${px(today)}" y1="${TOP - 6}" y2="${bottom}" stroke="${MARK_COLOURS.main}" stroke-width="2" stroke-dasharray="5 3"/>`,
    // Right of the line where it fits, else left of it.
    textWidth(options.asOf, 11) <= width - today - 6
      ? svgLabel({
          x: today + 4,
          y: bottom + 14,
          text: options.asOf,
          width: width - today - 6,
          side: 'left',
          className: 'tick',
          size: 11,
        })
      : svgLabel({
          x: today - 4,
          y: bottom + 14,
          text: options.asOf,
          width: today - 6,
          side: 'right',
          className: 'tick',
          size: 11,
        }),
  );
  return { width, height: bottom + 22, body: parts.join('') };
}
