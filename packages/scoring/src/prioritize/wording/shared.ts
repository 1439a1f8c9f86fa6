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
