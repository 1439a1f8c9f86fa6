const FSI = '\u2068';
const PDI = '\u2069';

// A run of Latin letters, digits and the punctuation of paths, codes, pointers and numbers,
// with single spaces between such runs ("ISO 3166-1 alpha-3" stays one run). It starts with a
// letter, a digit or the start of a path or code, after an option's `--` or a minus sign if
// any, and ends with a letter, a digit, a backtick or a percent sign, so that sentence
// punctuation and brackets (which the terminal mirrors) stay outside.
const TOKEN = String.raw`(?:--?)?[\p{Script=Latin}\p{Nd}\x60/~.$<][\p{Script=Latin}\p{Nd}\x60_.,:/\\@#%+\-*'"<>=~$]*[\p{Script=Latin}\p{Nd}\x60%]|-?[\p{Script=Latin}\p{Nd}]`;
const LTR_RUN = new RegExp(`(?:${TOKEN})(?: (?:${TOKEN}))*`, 'gu');

/**
 * Wraps each left-to-right run (file paths, codes, ids, numbers, field names) of a right-to-left
 * text in Unicode first-strong isolates (U+2068 ... U+2069), so that a terminal's bidi algorithm
 * keeps each run in its own order inside the sentence. Text with isolates already is returned as
 * it is.
 *
 * @param text - A line of Arabic output.
 * @returns The line with its left-to-right runs isolated.
 */
export function isolateRuns(text: string): string {
  if (text.includes(FSI)) return text;
  return text.replace(LTR_RUN, (run) => `${FSI}${run}${PDI}`);
}

/**
 * One value isolated as a whole (a path with its line and column, a code).
 *
 * @param text - The value.
 * @returns It between U+2068 and U+2069.
 */
export function isolate(text: string): string {
  return `${FSI}${text}${PDI}`;
}
