import { escapeHtml } from '../html/markup.js';
import { svgLabel } from './svg-text.js';

/** What a chart is made of: its words, its drawing and the table with its numbers. */
export interface FigureParts {
  /** The id of the figure, unique in the page. */
  readonly id: string;
  /** The title, shown above the chart and read out as the chart's name. */
  readonly title: string;
  /** One or two sentences that say what the chart shows and how to read it. */
  readonly description: string;
  /** The drawing: width, height and the SVG elements. */
  readonly drawing: Drawing;
  /** HTML of the legend, if the colours need one. */
  readonly legend?: string;
  /** HTML of the table that holds the chart's numbers. */
  readonly table: string;
  /** The words that open the table, in the report's language. */
  readonly tableSummary: string;
}

/** SVG elements and the size of the canvas they were laid out on. */
export interface Drawing {
  readonly width: number;
  readonly height: number;
  readonly body: string;
}

/**
 * A chart as a figure: the title, the SVG drawn at generation time (named by its title and
 * description for screen readers), the legend, and the chart's table, shown when the summary
 * before it is opened, without any script. The table follows the `details` element rather than
 * sitting in it, so that print styles can show it: browsers do not print the content of a closed
 * `details`, whatever the style sheet says.
 */
export function figure(parts: FigureParts): string {
  const { id, title, description, drawing } = parts;
  return [
    `<figure id="${id}" class="chart">`,
    `<figcaption><strong>${escapeHtml(title)}</strong> ${escapeHtml(description)}</figcaption>`,
    `<svg xmlns="http://www.w3.org/2000/svg" direction="ltr" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${drawing.width} ${drawing.height}" width="${drawing.width}" height="${drawing.height}">`,
    `<title id="${id}-title">${escapeHtml(title)}</title><desc id="${id}-desc">${escapeHtml(description)}</desc>`,
    drawing.body,
    '</svg>',
    parts.legend ?? '',
    `<details class="numbers"><summary>${escapeHtml(parts.tableSummary)}</summary></details>${parts.table}`,
    '</figure>',
  ].join('');
}

/** A legend: one colour swatch and label per entry. */
export function legend(
  entries: readonly { readonly label: string; readonly colour: string }[],
): string {
  return `<ul class="legend">${entries
    .map(
      (entry) =>
        `<li><span class="swatch" style="background:${entry.colour}"></span>${escapeHtml(entry.label)}</li>`,
    )
    .join('')}</ul>`;
}

/**
 * A row's label, its right edge at `x` (in the label column of `width` left of the plot), fitted
 * into the column; see `svgLabel`.
 */
export function rowLabel(x: number, y: number, text: string, width: number): string {
  return svgLabel({ x: x - 6, y, text, width: width - 8, side: 'right', middle: true });
}
