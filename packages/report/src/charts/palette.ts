// Colours that people with the common colour-vision deficiencies can tell apart: Paul Tol's
// "muted" qualitative scheme for categories and a single-hue blue ramp (ColorBrewer "Blues") for
// amounts, where lightness alone carries the value. No chart relies on colour alone: every
// number is also in a tooltip and in the chart's table.

import { remembered } from '../remembered.js';

/** Paul Tol's muted scheme, then pale grey: ten categories before colours repeat. */
const CATEGORY_COLOURS = [
  '#332288',
  '#88CCEE',
  '#44AA99',
  '#117733',
  '#999933',
  '#DDCC77',
  '#CC6677',
  '#882255',
  '#AA4499',
  '#DDDDDD',
] as const;

/** The colour of the category at an index, repeating after ten. */
export function categoryColour(index: number): string {
  return CATEGORY_COLOURS[index % CATEGORY_COLOURS.length] ?? '#DDDDDD';
}

const RAMP = [
  [247, 251, 255],
  [198, 219, 239],
  [107, 174, 214],
  [33, 113, 181],
  [8, 48, 107],
] as const;

const hex = (value: number): string => Math.round(value).toString(16).padStart(2, '0');

/** The colour of an amount on the blue ramp, `share` from 0 (palest) to 1 (darkest). */
export function rampColour(share: number): string {
  const t = Math.min(1, Math.max(0, Number.isFinite(share) ? share : 0)) * (RAMP.length - 1);
  const low = Math.floor(t);
  const high = Math.min(RAMP.length - 1, low + 1);
  const a = RAMP[low] ?? RAMP[0];
  const b = RAMP[high] ?? RAMP[0];
  const f = t - low;
  return `#${[0, 1, 2].map((i) => hex((a[i] ?? 0) + ((b[i] ?? 0) - (a[i] ?? 0)) * f)).join('')}`;
}

/** The relative luminance of a `#rrggbb` colour (WCAG 2). */
function luminance(colour: string): number {
  const channel = (offset: number): number => {
    const c = Number.parseInt(colour.slice(offset, offset + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** Black or white, whichever contrasts more with a `#rrggbb` background. */
export function inkOn(colour: string): string {
  return inkOf(colour);
}

// A heat grid asks for the ink of a few hundred colours tens of thousands of times.
const inkOf = remembered((colour: string): string => {
  const l = luminance(colour);
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
});

/** Colours with a meaning: a bar's main part, its remaining part, and the marks for "late". */
export const MARK_COLOURS = {
  main: '#332288',
  rest: '#DDDDDD',
  late: '#882255',
  axis: '#555555',
} as const;
