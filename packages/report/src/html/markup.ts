// Text from plan files reaches the page only through these functions: escaped, and marked with the
// language and direction of its script so that Arabic reads right to left and Chinese picks a
// font that has its characters.

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe for HTML and SVG content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/u;
const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/u;
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
const CYRILLIC = /[\u0400-\u04ff]/u;

/** The language of a text's script where the script says it, as an official UN language code. */
function languageOfScript(text: string): string | undefined {
  if (ARABIC.test(text)) return 'ar';
  if (HAN.test(text)) return 'zh';
  if (CYRILLIC.test(text)) return 'ru';
  return undefined;
}

/**
 * A piece of text from the files as an inline element: escaped, with `lang` (the given language,
 * or the one its script shows) and `dir` (`rtl` for a right-to-left script, else `auto`), so that
 * it reads in its own direction inside English sentences.
 */
export function phrase(text: string, language?: string, tag = 'span'): string {
  const lang = languageOfScript(text) ?? language;
  const dir = RIGHT_TO_LEFT.test(text) ? 'rtl' : 'auto';
  return `<${tag}${lang === undefined ? '' : ` lang="${escapeHtml(lang)}"`} dir="${dir}">${escapeHtml(text)}</${tag}>`;
}

/** A localized text of the plan: English first, else the first translation given. */
export type LocalizedText = Readonly<Partial<Record<string, string>>>;

/** The text of a localized text to show, with its language. */
export function mainText(text: LocalizedText): {
  readonly language: string;
  readonly text: string;
} {
  const [language, value] =
    text.en === undefined
      ? (Object.entries(text).find(([, item]) => item !== undefined) ?? ['en', ''])
      : ['en', text.en];
  return { language, text: value ?? '' };
}

/** A localized text as an inline element in its main language. */
export function localized(text: LocalizedText, tag = 'span'): string {
  const main = mainText(text);
  return phrase(main.text, main.language, tag);
}

const numberFormats = new Map<number, Intl.NumberFormat>();

/** A number for people to read: grouped thousands, at most `digits` decimals. */
export function formatNumber(value: number, digits = 0): string {
  let format = numberFormats.get(digits);
  if (format === undefined) {
    // One formatter per precision: `toLocaleString` builds a new one on every call.
    format = new Intl.NumberFormat('en', { maximumFractionDigits: digits });
    numberFormats.set(digits, format);
  }
  return format.format(value);
}

/** A share as a percentage with one decimal, such as `19.4%`. */
export function formatPercent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

/** `1 measure`, `3 measures`. */
export function count(value: number, singular: string, plural = `${singular}s`): string {
  return `${formatNumber(value)} ${value === 1 ? singular : plural}`;
}

/** An HTML table: a caption, the header cells and the rows (cells are HTML already). */
export function table(
  caption: string,
  header: readonly string[],
  rows: readonly (readonly string[])[],
  numeric: readonly number[] = [],
): string {
  const cell = (tag: string, html: string, column: number): string =>
    `<${tag}${numeric.includes(column) ? ' class="num"' : ''}${tag === 'th' ? ' scope="col"' : ''}>${html}</${tag}>`;
  return [
    `<table><caption>${caption}</caption>`,
    `<thead><tr>${header.map((html, column) => cell('th', html, column)).join('')}</tr></thead>`,
    `<tbody>${rows.map((row) => `<tr>${row.map((html, column) => cell('td', html, column)).join('')}</tr>`).join('')}</tbody>`,
    '</table>',
  ].join('');
}
