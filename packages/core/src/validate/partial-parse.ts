import type * as z from 'zod';
import type { PathSegment } from '../findings/issue.js';

/**
 * A document that did not pass its schema, as far as it did: every part that passed holds the
 * value the schema made of it (defaults filled in, text normalised), and `invalid` lists the paths
 * under which the value is not to be trusted.
 */
export interface PartialDocument {
  readonly value: unknown;
  readonly invalid: readonly (readonly PathSegment[])[];
  /**
   * Objects that lost a key the schema does not know (a misspelt field, a record key out of its
   * list): the field meant may be the one that looks absent, so reading an absent key of such an
   * object, or listing its keys, is not to be trusted either.
   */
  readonly lostKeys: readonly (readonly PathSegment[])[];
}

/** Whether a union issue is a discriminated union's, reported at its discriminator. */
function isAtDiscriminator(issue: object, path: readonly PathSegment[]): boolean {
  const discriminator = (issue as { discriminator?: unknown }).discriminator;
  // An empty path has no last key, and `undefined` is not a string.
  return typeof discriminator === 'string' && path.at(-1) === discriminator;
}

/**
 * Parses a document that failed its schema once more, keeping what the schema made of the parts
 * that passed. `safeParse` returns no value on failure; the schema's own run does: objects and
 * arrays are rebuilt from their parsed members whether or not a sibling failed, so the valid parts
 * are exactly what a successful parse would give.
 */
export function parsePartially(schema: z.ZodType, input: unknown): PartialDocument {
  const nothing: PartialDocument = { value: undefined, invalid: [[]], lostKeys: [] };
  let result: z.core.ParsePayload | Promise<z.core.ParsePayload>;
  try {
    result = schema._zod.run({ value: input, issues: [] }, { async: false });
  } catch {
    // The first parse read the input without fault, so this cannot happen; if it does, no rule runs.
    return nothing;
  }
  if (result instanceof Promise) return nothing;
  const invalid: (readonly PathSegment[])[] = [];
  const lostKeys: (readonly PathSegment[])[] = [];
  for (const issue of result.issues) {
    // Issues of the run are not finished yet: one at the root has no path.
    const path = (issue.path ?? []) as PathSegment[];
    // An unknown key leaves the rest of its object as parsed: the key itself is suspect, and so is
    // any absence in the object, since the key may be a misspelling of the field that is absent.
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) invalid.push([...path, key]);
      lostKeys.push(path);
    } else if (issue.code === 'invalid_union' && isAtDiscriminator(issue, path)) {
      // No branch was chosen, so none of the object's other fields was parsed: the whole object
      // is as it was written, not what a branch would have made of it.
      invalid.push(path.slice(0, -1));
    } else {
      invalid.push(path);
      if (issue.code === 'invalid_key') lostKeys.push(path.slice(0, -1));
    }
  }
  return { value: result.value, invalid, lostKeys };
}
