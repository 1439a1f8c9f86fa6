/**
 * A number written for a language with at most `digits` decimals (Arabic with Latin digits, as
 * the codes and ids around it).
 */
export function numberIn(intl: string): (value: number, digits?: number) => string {
  const formats = new Map<number, Intl.NumberFormat>();
  return (value, digits = 1) => {
    let format = formats.get(digits);
    if (format === undefined) {
      format = new Intl.NumberFormat(intl, { maximumFractionDigits: digits });
      formats.set(digits, format);
    }
    return format.format(value);
  };
}

/**
 * A sentence-case name (a pillar, a criterion's label) as it reads inside a sentence: its first
 * letter in lower case, unless the name starts with an abbreviation, and every later letter as it
 * is. `Talent and skills` gives `talent and skills`, `Modèles d'IA` gives `modèles d'IA`, and `AI
 * models` stays as it is.
 */
export function inSentence(name: string, intl: string): string {
  const [first = '', second = ''] = name;
  if (second !== second.toLocaleLowerCase(intl)) return name;
  return `${first.toLocaleLowerCase(intl)}${name.slice(first.length)}`;
}

/**
 * Words a criterion's English reason for a missing value (`no budget`, `no estimates.risk`) in
 * another language, by the first rule that matches; a reason no rule knows stays in English.
 */
export function missingRewriter(
  rules: readonly (readonly [RegExp, string])[],
): (english: string) => string {
  return (english) => {
    for (const [pattern, replacement] of rules) {
      if (pattern.test(english)) return english.replace(pattern, replacement);
    }
    return english;
  };
}
