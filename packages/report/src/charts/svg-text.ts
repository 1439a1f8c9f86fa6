import { escapeHtml } from '../html/markup.js';

// Chart labels are laid out when the page is written, without a browser to measure them, so
// their width is estimated from their characters, on the wide side: a Chinese character takes a
// whole em, capitals and Cyrillic more than Latin lower case. A label wider than its room is
// wrapped (at spaces, or anywhere in text without spaces) and cut with an ellipsis; its whole
// text stays in its tooltip and in the chart's table.

const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const CAPITAL = /[A-Z\u0410-\u042f\u00c0-\u00de]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/u;
const LEFT_TO_RIGHT = /[A-Za-z\u00c0-\u024f\u0370-\u04ff\u3040-\u9fff\uac00-\ud7a3]/u;

/** A number rounded for SVG coordinates. */
export function px(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** The estimated width of a text in a font of `size` px: an upper bound for common fonts. */
export function textWidth(text: string, size = 12): number {
  let ems = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.codePointAt(index) ?? 0;
    // Labels are mostly ids and ASCII words: their widths without a pattern test.
    if (code < 0x80) {
      ems += code >= 65 && code <= 90 ? 0.72 : isAsciiLetterOrDigit(code) ? 0.6 : 0.4;
      continue;
    }
    if (code > 0xffff) index += 1;
    const character = String.fromCodePoint(code);
    if (WIDE.test(character)) ems += 1;
    else if (CAPITAL.test(character)) ems += 0.72;
    else if (RIGHT_TO_LEFT.test(character)) ems += 0.62;
    else if (LETTER_OR_DIGIT.test(character)) ems += 0.6;
    else ems += 0.4;
  }
  return ems * size;
}

const isAsciiLetterOrDigit = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 48 && code <= 57);

/** Whether the first strong character of a text is right to left (Arabic, Hebrew). */
export function startsRightToLeft(text: string): boolean {
  for (const character of text) {
    if (RIGHT_TO_LEFT.test(character)) return true;
    if (LEFT_TO_RIGHT.test(character)) return false;
  }
  return false;
}

let graphemeSegmenter: Intl.Segmenter | undefined;

/** The characters of a text as people see them, so that a cut never splits a mark from its letter. */
function graphemes(text: string): string[] {
  graphemeSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(graphemeSegmenter.segment(text), (piece) => piece.segment);
}

/** The text cut with an ellipsis to fit `width`. */
function cut(text: string, width: number, size: number): string {
  if (textWidth(text, size) <= width) return text;
  const characters = graphemes(text);
  while (characters.length > 1 && textWidth(`${characters.join('')}…`, size) > width)
    characters.pop();
  return `${characters.join('').trimEnd()}…`;
}

/**
 * Splits a text into at most `lines` lines that fit `width`: at spaces where it has them, else
 * between any two characters; the last line is cut with an ellipsis when text is left over.
 */
export function fitLines(text: string, width: number, lines = 1, size = 12): string[] {
  if (textWidth(text, size) <= width || lines <= 1) return [cut(text, width, size)];
  const spaced = text.includes(' ');
  const pieces = spaced ? text.split(' ') : graphemes(text);
  const joiner = spaced ? ' ' : '';
  const result: string[] = [];
  let line = '';
  let index = 0;
  for (; index < pieces.length && result.length < lines - 1; index += 1) {
    const piece = pieces[index] ?? '';
    const longer = line === '' ? piece : `${line}${joiner}${piece}`;
    if (textWidth(longer, size) <= width || line === '') {
      line = longer;
    } else {
      result.push(line);
      line = piece;
    }
  }
  const rest = [line, ...pieces.slice(index)].filter((piece) => piece !== '').join(joiner);
  result.push(cut(rest, width, size));
  return result.map((item) => (textWidth(item, size) <= width ? item : cut(item, width, size)));
}

/** Where a label stands against its `x`: its left edge, its middle or its right edge there. */
export type LabelSide = 'left' | 'middle' | 'right';

/**
 * A label of a chart: fitted into `width` (on up to `lines` lines of `lineHeight`), with its
 * whole text as a tooltip when it had to be cut, and written in its own direction, so that an
 * Arabic label reads right to left and ends with its ellipsis on its left, while ids and numbers
 * keep their order. `side` places it visually, whatever its direction.
 */
export function svgLabel(options: {
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly width: number;
  readonly side: LabelSide;
  readonly className?: string;
  readonly lines?: number;
  readonly lineHeight?: number;
  readonly size?: number;
  readonly middle?: boolean;
}): string {
  const { x, y, text, width, side } = options;
  const size = options.size ?? 12;
  const lineHeight = options.lineHeight ?? size + 2;
  const fitted = fitLines(text, Math.max(size, width), options.lines ?? 1, size);
  const rtl = startsRightToLeft(text);
  const anchor = side === 'middle' ? 'middle' : (side === 'right') !== rtl ? 'end' : 'start';
  const attributes = [
    `x="${px(x)}"`,
    `y="${px(y)}"`,
    `text-anchor="${anchor}"`,
    rtl ? 'direction="rtl" unicode-bidi="embed"' : '',
    options.middle === true ? 'dominant-baseline="middle"' : '',
    `class="${['label', options.className ?? ''].join(' ').trim()}"`,
    `data-room="${px(side === 'middle' ? x - width / 2 : side === 'right' ? x - width : x)} ${px(width)}"`,
  ]
    .filter((attribute) => attribute !== '')
    .join(' ');
  const cutShort = fitted.join(' ') !== text && fitted.join('') !== text;
  const tooltip = cutShort ? `<title>${escapeHtml(text)}</title>` : '';
  const body =
    fitted.length === 1
      ? escapeHtml(fitted[0] ?? '')
      : fitted
          .map(
            (line, index) =>
              `<tspan x="${px(x)}" dy="${index === 0 ? 0 : lineHeight}">${escapeHtml(line)}</tspan>`,
          )
          .join('');
  return `<text ${attributes}>${tooltip}${body}</text>`;
}
