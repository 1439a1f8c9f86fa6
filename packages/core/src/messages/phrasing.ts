// Enough for every code list but countries and currencies, which a longer hint would not help.
const MAX_LISTED = 24;

/**
 * The small pieces of wording a catalogue shares between its messages: quotes, lists and numbers
 * written the way one language writes them.
 *
 * @example
 * ```ts
 * const fr = phrasing('fr', { open: '« ', close: ' »', more: (n) => `et ${n} autres` });
 * fr.list(['a', 'b', 'c'], 'or');
 * //=> '« a », « b » ou « c »'
 * ```
 */
export interface Phrasing {
  /** A value in the language's quotation marks. */
  readonly quote: (value: string | number) => string;
  /** Quoted values joined with the language's "or" or "and"; long lists end with how many more. */
  readonly list: (values: readonly string[], conjunction?: 'or' | 'and') => string;
  /** Values joined with the language's "and", unquoted. */
  readonly join: (values: readonly string[]) => string;
  /** A number written for the language (grouping and decimal separators). */
  readonly number: (value: number) => string;
}

/** How a language quotes and how it says "and N more". */
export interface PhrasingStyle {
  /** Opening quotation mark (with any space the language puts after it). */
  readonly open: string;
  /** Closing quotation mark (with any space the language puts before it). */
  readonly close: string;
  /** The end of a long list: how many more values were left out. */
  readonly more: (count: number) => string;
}

/**
 * Builds the shared wording helpers of one language from `Intl.ListFormat` and `Intl.NumberFormat`.
 *
 * @param intl - The BCP 47 tag `Intl` formats with (such as `fr` or `ar-u-nu-latn`).
 * @param style - The language's quotation marks and its "and N more".
 * @returns The helpers.
 *
 * @example
 * ```ts
 * phrasing('es', { open: '"', close: '"', more: (n) => `y ${n} más` }).list(['x', 'y']);
 * //=> '"x" o "y"'
 * ```
 */
export function phrasing(intl: string, style: PhrasingStyle): Phrasing {
  // Built on first use: every catalogue calls this when it loads, and the formatters of six
  // languages cost a program that uses one of them a noticeable part of its start-up.
  let formatters:
    { or: Intl.ListFormat; and: Intl.ListFormat; numbers: Intl.NumberFormat } | undefined;
  const format = (): NonNullable<typeof formatters> =>
    (formatters ??= {
      or: new Intl.ListFormat(intl, { type: 'disjunction' }),
      and: new Intl.ListFormat(intl, { type: 'conjunction' }),
      numbers: new Intl.NumberFormat(intl, { maximumFractionDigits: 6 }),
    });
  const quote = (value: string | number): string => `${style.open}${value}${style.close}`;
  return {
    quote,
    list: (values, conjunction = 'or') => {
      const quoted = values.slice(0, MAX_LISTED).map(quote);
      const rest = values.length - quoted.length;
      const { or, and } = format();
      if (rest > 0) return and.format([...quoted, style.more(rest)]);
      return (conjunction === 'or' ? or : and).format(quoted);
    },
    join: (values) => format().and.format(values),
    number: (value) => format().numbers.format(value),
  };
}

/**
 * One way an English fragment that rules pass as a parameter (such as `the number 3` or
 * `schedule of measure "M1"`) reads in another language.
 *
 * @example
 * ```ts
 * const rule: FragmentRule = [/^the number (.+)$/, 'le nombre $1'];
 * ```
 */
export type FragmentRule = readonly [RegExp, string];

/**
 * How a language joins the compound fragments rules pass: `a or b`, `one of a, b, c`.
 *
 * @example
 * ```ts
 * const joining: FragmentJoining = { or: ' ou ', oneOf: (values) => `l’une des valeurs ${values}` };
 * ```
 */
export interface FragmentJoining {
  /** The word between two alternatives, with its spaces. */
  readonly or: string;
  /** "One of" before a list of values, which stays as written. */
  readonly oneOf: (values: string) => string;
}

/**
 * Rewrites an English fragment by the first rule that matches it; `one of ...` and `a or b` are
 * taken apart and each part rewritten. A fragment no rule knows (a name, an id, a value from the
 * document) stays as it is.
 *
 * @param text - The fragment, as a rule or the schema mapping passed it.
 * @param rules - The language's rewrites, tried in order.
 * @param joining - How the language says "or" and "one of".
 * @returns The fragment in the language, or unchanged.
 *
 * @example
 * ```ts
 * rewriteFragment('text or a list', [[/^a list$/, 'une liste'], [/^text$/, 'du texte']], {
 *   or: ' ou ',
 *   oneOf: (values) => `l’une des valeurs ${values}`,
 * });
 * //=> 'du texte ou une liste'
 * ```
 */
export function rewriteFragment(
  text: string,
  rules: readonly FragmentRule[],
  joining: FragmentJoining,
): string {
  for (const [pattern, replacement] of rules) {
    if (pattern.test(text)) return text.replace(pattern, replacement);
  }
  const oneOf = /^one of (.+)$/s.exec(text);
  if (oneOf !== null) return joining.oneOf(oneOf[1] ?? '');
  const parts = text.split(' or ');
  if (parts.length > 1 && !text.includes('"')) {
    return parts.map((part) => rewriteFragment(part, rules, joining)).join(joining.or);
  }
  return text;
}
