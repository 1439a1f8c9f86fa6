import { escapeHtml } from '../html/markup.js';
import type { Drawing } from './figure.js';
import { rowLabel } from './figure.js';
import { fitLines, px, startsRightToLeft, svgLabel } from './svg-text.js';
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
  /**
   * The tooltip of the row's empty cells: those with a share of 0, no text and no flag. With it,
   * each run of empty cells side by side is drawn as one palest band that carries this tooltip,
   * not cell by cell: a long ranking's rows are mostly empty.
   */
  readonly empty?: string;
}

const CELL_HEIGHT = 20;
const LINE = 13;
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
  // Column headings take two lines when one of them needs it (long pillar names in French or
  // Russian), and are cut beyond that.
  const room = cellWidth - 4;
  const lines = Math.max(1, ...columns.map((column) => fitLines(column, room, 2, 11).length));
  const header = 14 + lines * LINE;
  columns.forEach((column, index) => {
    parts.push(
      svgLabel({
        x: labelWidth + (index + 0.5) * cellWidth,
        y: header - 8 - (lines - 1) * LINE,
        text: column,
        width: room,
        side: 'middle',
        className: 'tick',
        lines: 2,
        lineHeight: LINE,
        size: 11,
      }),
    );
  });
  let y = header;
  let group: string | undefined;
  for (const row of rows) {
    if (row.group !== undefined && row.group !== group) {
      group = row.group;
      // A heading starts where its script starts reading: a right-to-left one ends at the labels'
      // edge, above them.
      const rtl = startsRightToLeft(row.group);
      parts.push(
        svgLabel({
          x: rtl ? labelWidth - 6 : 0,
          y: y + GROUP - 6,
          text: row.group,
          width: rtl ? labelWidth - 6 : width - 4,
          side: rtl ? 'right' : 'left',
          className: 'group',
          size: 13,
        }),
      );
      y += GROUP;
    }
    parts.push(rowLabel(labelWidth, y + CELL_HEIGHT / 2, row.label, labelWidth));
    const { empty } = row;
    const isEmpty = (cell: HeatCell | undefined): boolean =>
      empty !== undefined && cell?.share === 0 && cell.text === '' && cell.flagged !== true;
    row.cells.forEach((cell, index) => {
      const x = labelWidth + index * cellWidth;
      if (isEmpty(cell)) {
        // A run of empty cells is drawn once, from its first cell to its last.
        if (isEmpty(row.cells[index - 1])) return;
        let end = index + 1;
        while (isEmpty(row.cells[end])) end += 1;
        parts.push(
          `<g><title>${escapeHtml(empty ?? '')}</title><rect x="${px(x + 1)}" y="${y + 1}" width="${px((end - index) * cellWidth - 2)}" height="${CELL_HEIGHT - 2}" fill="${rampColour(0)}"/></g>`,
        );
        return;
      }
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
