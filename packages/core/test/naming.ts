// Matchers for findings' messages: a message names the values a planner needs to find the entry
// it is about, whatever the wording around them.

/** Matches a text that names each of the values. */
export const naming = (...values: string[]) => ({
  asymmetricMatch: (text: unknown): boolean =>
    typeof text === 'string' && values.every((value) => text.includes(value)),
  toString: (): string => `a text naming ${values.join(', ')}`,
});
