// Text from plan files reaches the page only through these functions: escaped, and marked with the
// language and direction of its script so that Arabic reads right to left and Chinese picks a
// font that has its characters.
import type { OfficialLanguage } from '@itu-aicb/core';
import { pickText } from '@itu-aicb/core';

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe for HTML and SVG content and attribute values. */
export function escapeHtml(text: string): string {
  // Most texts of a page (numbers, ids, dates) hold none of the five: no replacement to build.
  if (!SPECIAL.test(text)) return text;
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

const SPECIAL = /[&<>"']/;

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

/** A localized text of the plan: English and any translations. */
export type LocalizedText = { readonly en: string } & {
  readonly [L in OfficialLanguage]?: string | undefined;
};

/**
 * A localized text of the files as an inline element in the report's language where the text has
 * it, else in English followed by the marker that says so (`fallback`, such as "(in English)").
 */
export function localized(
  text: LocalizedText,
  language: OfficialLanguage,
  fallback: string,
  tag = 'span',
): string {
  const picked = pickText(text, language);
  return picked.fallback
    ? `${phrase(picked.text, 'en', tag)} <span class="fallback">${escapeHtml(fallback)}</span>`
    : phrase(picked.text, picked.language, tag);
}

/** An HTML table: a caption, the header cells and the rows (cells are HTML already). */
export function table(
  caption: string,
  header: readonly string[],
  rows: readonly (readonly string[])[],
  numeric: readonly number[] = [],
): string {
  const className = (column: number): string => (numeric.includes(column) ? ' class="num"' : '');
  // A long table repeats its columns' opening tags on every row: each is built once.
  const opening = header.map((_, column) => `<td${className(column)}>`);
  const parts = [
    `<table><caption>${caption}</caption><thead><tr>`,
    ...header.map((html, column) => `<th${className(column)} scope="col">${html}</th>`),
    '</tr></thead><tbody>',
  ];
  for (const row of rows) {
    parts.push('<tr>');
    row.forEach((html, column) => {
      parts.push(opening[column] ?? `<td${className(column)}>`, html, '</td>');
    });
    parts.push('</tr>');
  }
  parts.push('</tbody></table>');
  return parts.join('');
}
