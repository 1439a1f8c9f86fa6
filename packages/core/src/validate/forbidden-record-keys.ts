import type * as z from 'zod';
import { createIssue } from '../findings/create-issue.js';
import type { PathSegment, ValidationIssue } from '../findings/issue.js';
import type { SchemaPath } from './schema-walk.js';
import { recordPaths } from './schema-walk.js';

const FORBIDDEN_KEY = '__proto__';

/**
 * Finds `__proto__` keys in the records of a document. The schema drops such a key from a record
 * without a word (it would replace the prototype of the parsed object), while in any other object
 * it is an unknown key; this makes it the same `input/forbidden-key` finding everywhere. Only the
 * records are visited, so a large valid document costs one look per record.
 */
export function forbiddenRecordKeys(schema: z.ZodType, input: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const visit = (value: unknown, pattern: SchemaPath, at: number, path: PathSegment[]): void => {
    if (typeof value !== 'object' || value === null) return;
    if (at === pattern.length) {
      if (!Array.isArray(value) && Object.hasOwn(value, FORBIDDEN_KEY)) {
        issues.push(
          createIssue('input/forbidden-key', 'error', [...path, FORBIDDEN_KEY], {
            key: FORBIDDEN_KEY,
          }),
        );
      }
      return;
    }
    const segment = pattern[at] as string;
    if (segment !== '*') {
      if (Object.hasOwn(value, segment)) {
        visit((value as Record<string, unknown>)[segment], pattern, at + 1, [...path, segment]);
      }
    } else if (Array.isArray(value)) {
      value.forEach((item: unknown, index) => {
        visit(item, pattern, at + 1, [...path, index]);
      });
    } else {
      for (const [key, item] of Object.entries(value)) {
        visit(item, pattern, at + 1, [...path, key]);
      }
    }
  };
  for (const pattern of recordPaths(schema)) visit(input, pattern, 0, []);
  return issues;
}
