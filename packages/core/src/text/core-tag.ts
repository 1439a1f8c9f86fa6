/** The prefix of every tag of the YAML 1.2 core schema. */
const CORE_TAG_PREFIX = 'tag:yaml.org,2002:';

const INT_DECIMAL = /^[-+]?[0-9]+$/;
const INT_OCTAL = /^0o[0-7]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const INFINITY = /^[-+]?\.(inf|Inf|INF)$/;
const NOT_A_NUMBER = /^\.(nan|NaN|NAN)$/;
const TRUE = /^(true|True|TRUE)$/;
const FALSE = /^(false|False|FALSE)$/;
const NULL = /^(null|Null|NULL|~|)$/;

/**
 * The value of a scalar written with an explicit core-schema tag (`!!str`, `!!int`, `!!float`,
 * `!!bool`, `!!null`), as the YAML 1.2 core schema defines it (section 10.3.2), whatever the
 * scalar's style: `!!float 1`, `!!float "1"` and `!!float 1.0` are all the number 1, and `!!int 3.5`
 * or `!!bool yes` are no value of their tag. Other tags are not this function's business.
 *
 * @param tag - The resolved tag, such as `tag:yaml.org,2002:float`.
 * @param text - The scalar's content after quotes and escapes are taken away.
 * @returns The value, `{ ok: false }` for content the tag does not accept, or `undefined` for a
 *   tag outside the core scalar tags.
 *
 * @example
 * ```ts
 * coreTagValue('tag:yaml.org,2002:float', '1');
 * //=> { ok: true, value: 1 }
 * ```
 */
export function coreTagValue(
  tag: string,
  text: string,
): { readonly ok: true; readonly value: unknown } | { readonly ok: false } | undefined {
  if (!tag.startsWith(CORE_TAG_PREFIX)) return undefined;
  const value = (found: unknown) => ({ ok: true as const, value: found });
  switch (tag.slice(CORE_TAG_PREFIX.length)) {
    case 'str':
      return value(text);
    case 'null':
      return NULL.test(text) ? value(null) : { ok: false };
    case 'bool':
      return TRUE.test(text) ? value(true) : FALSE.test(text) ? value(false) : { ok: false };
    case 'int':
      // Number reads all three forms, the 0o and 0x prefixes included.
      if (INT_DECIMAL.test(text) || INT_OCTAL.test(text) || INT_HEX.test(text))
        return value(Number(text));
      return { ok: false };
    case 'float':
      if (FLOAT.test(text)) return value(Number(text));
      if (INFINITY.test(text)) return value(text.startsWith('-') ? -Infinity : Infinity);
      if (NOT_A_NUMBER.test(text)) return value(Number.NaN);
      return { ok: false };
    default:
      return undefined;
  }
}
