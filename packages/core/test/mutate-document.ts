// Random changes to a valid document, for tests that compare two judges of the same documents.
import fc from 'fast-check';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside a JSON document, the root included. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const out = [prefix];
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...paths(item, [...prefix, i])));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) out.push(...paths(item, [...prefix, key]));
  }
  return out;
}

function parentOf(root: Json, path: readonly (string | number)[]): Json | undefined {
  let current: Json | undefined = root;
  for (const segment of path.slice(0, -1)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, Json>)[segment];
  }
  return current;
}

export const interesting: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }).map((value) => value as Json),
  fc.constantFrom(
    '',
    ' ',
    '2026-02-29',
    '2024-02-29',
    '2026-13-01',
    'KEN',
    'ken',
    'BDT',
    'talent',
    'USD',
    '4.4',
    '18.1',
    'https://itu.int',
  ),
  fc.constantFrom(0, -1, 1, 1.5, 5, 5.5, 100, 101, 1e15, 1e16, 2100, 2101),
);

export const mutation = fc.record({
  at: fc.nat(),
  op: fc.constantFrom('set', 'delete', 'add-key', 'push'),
  value: interesting,
  key: fc.constantFrom('extra', 'titel', 'en', 'fr', 'de', 'notes', 'id', '__proto__'),
});

export function mutate(
  root: Json,
  steps: readonly { at: number; op: string; value: Json; key: string }[],
): Json {
  for (const step of steps) {
    const all = paths(root);
    const path = all[step.at % all.length] ?? [];
    if (path.length === 0) continue;
    const parent = parentOf(root, path);
    const last = path.at(-1)!;
    if (parent === null || typeof parent !== 'object') continue;
    const target = parent as Record<string | number, Json>;
    if (step.op === 'set') target[last] = step.value;
    else if (step.op === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete target[last];
    } else if (step.op === 'add-key') {
      const value = target[last];
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        Object.defineProperty(value, step.key, {
          value: step.value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
    } else {
      const value = target[last];
      if (Array.isArray(value)) value.push(step.value);
    }
  }
  return root;
}
