import { escapeHtml } from '../html/markup.js';

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
}

/** SVG elements and the size of the canvas they were laid out on. */
export interface Drawing {
  readonly width: number;
  readonly height: number;
  readonly body: string;
}

/**
 * A chart as a figure: the title, the SVG drawn at generation time (named by its title and
 * description for screen readers), the legend, and the chart's table, folded under a summary that
 * opens without any script.
 */
export function figure(parts: FigureParts): string {
  const { id, title, description, drawing } = parts;
  return [
    `<figure id="${id}" class="chart">`,
    `<figcaption><strong>${escapeHtml(title)}</strong> ${escapeHtml(description)}</figcaption>`,
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${drawing.width} ${drawing.height}" width="${drawing.width}" height="${drawing.height}">`,
    `<title id="${id}-title">${escapeHtml(title)}</title><desc id="${id}-desc">${escapeHtml(description)}</desc>`,
    drawing.body,
    '</svg>',
    parts.legend ?? '',
    `<details><summary>The numbers of this chart as a table</summary>${parts.table}</details>`,
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

/** A number rounded for SVG coordinates. */
export function px(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** About the width of one character of the charts' 12 px text, to fit labels in their column. */
const CHARACTER_WIDTH = 6.8;

/**
 * A label ending at `x` (text-anchor end), cut with an ellipsis when it is wider than
 * `width`; the whole label stays in its tooltip.
 */
export function rowLabel(x: number, y: number, text: string, width: number): string {
  const fits = Math.max(4, Math.floor((width - 6) / CHARACTER_WIDTH));
  const shown = text.length > fits ? `${text.slice(0, fits - 1)}…` : text;
  return `<text x="${px(x - 6)}" y="${px(y)}" text-anchor="end" dominant-baseline="middle"><title>${escapeHtml(text)}</title>${escapeHtml(shown)}</text>`;
}
