import { escapeHtml } from '../html/markup.js';
import type { Drawing } from './figure.js';
import { px, rowLabel } from './figure.js';
import { inkOn, rampColour } from './palette.js';

/** One cell: how dark (0 to 1), the text in it and its tooltip; `null` for no value. */
export type HeatCell = {
  readonly share: number;
  readonly text: string;
  readonly title: string;
  /** A dashed outline, for a value that needs attention besides its shade. */
  readonly flagged?: boolean;
} | null;

/** One row of cells, with its label and the group it is listed under. */
export interface HeatRow {
  readonly label: string;
  readonly group?: string;
  readonly cells: readonly HeatCell[];
}

const CELL_HEIGHT = 20;
const HEADER = 26;
const GROUP = 20;

/**
 * A grid of shaded cells: rows under group headings, one column per label. Every cell carries its
 * number as text where it fits and as a tooltip.
 */
export function heatGrid(
  columns: readonly string[],
  rows: readonly HeatRow[],
  options: { readonly width?: number; readonly labelWidth?: number } = {},
): Drawing {
  const width = options.width ?? 760;
  const labelWidth = options.labelWidth ?? 170;
  const cellWidth = (width - labelWidth - 4) / Math.max(1, columns.length);
  const parts: string[] = [];
  columns.forEach((column, index) => {
    parts.push(
      `<text x="${px(labelWidth + (index + 0.5) * cellWidth)}" y="${HEADER - 8}" text-anchor="middle" class="tick">${escapeHtml(column)}</text>`,
    );
  });
  let y = HEADER;
  let group: string | undefined;
  for (const row of rows) {
    if (row.group !== undefined && row.group !== group) {
      group = row.group;
      parts.push(`<text x="0" y="${y + GROUP - 6}" class="group">${escapeHtml(row.group)}</text>`);
      y += GROUP;
    }
    parts.push(rowLabel(labelWidth, y + CELL_HEIGHT / 2, row.label, labelWidth));
    row.cells.forEach((cell, index) => {
      const x = labelWidth + index * cellWidth;
      if (cell === null) {
        parts.push(
          `<rect x="${px(x + 1)}" y="${y + 1}" width="${px(cellWidth - 2)}" height="${CELL_HEIGHT - 2}" fill="#ffffff" stroke="#dddddd"/>`,
        );
        return;
      }
      const fill = rampColour(cell.share);
      parts.push(
        `<g><title>${escapeHtml(cell.title)}</title><rect x="${px(x + 1)}" y="${y + 1}" width="${px(cellWidth - 2)}" height="${CELL_HEIGHT - 2}" fill="${fill}"${cell.flagged === true ? ' stroke="#000000" stroke-width="1.5" stroke-dasharray="3 2"' : ''}/>` +
          (cell.text !== '' && cellWidth >= 14
            ? `<text x="${px(x + cellWidth / 2)}" y="${px(y + CELL_HEIGHT / 2)}" text-anchor="middle" dominant-baseline="middle" style="fill:${inkOn(fill)}" class="cell">${escapeHtml(cell.text)}</text>`
            : '') +
          '</g>',
      );
    });
    y += CELL_HEIGHT;
  }
  return { width, height: y + 6, body: parts.join('') };
}
