const EXPECTED_NAMES: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of keys to values',
  null: 'null',
  literal: 'a fixed value',
  date: 'a date',
};

/** Names what a schema expected in words a planner reads. */
export function describeExpected(expected: string): string {
  return EXPECTED_NAMES[expected] ?? expected;
}

/** Names a value briefly for a message: its type, and for short scalars the value itself. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string': {
      const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value;
      return `the text ${JSON.stringify(shown)}`;
    }
    case 'number':
      return Number.isFinite(value) ? `the number ${value}` : `the non-finite number ${value}`;
    case 'boolean':
      return `the value ${value}`;
    case 'bigint':
      return 'a BigInt';
    case 'function':
      return 'a function';
    case 'symbol':
      return 'a symbol';
    default:
      return value instanceof Date ? 'a Date object' : 'a mapping';
  }
}

/** Shows a value that failed a check, quoted when it is text, as it would appear in a file. */
export function showValue(value: unknown): string {
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) {
    return String(value);
  }
  return describeValue(value);
}
