// What docs/plan-format.md promises a plan author: its opening plan validates as written, and
// every code a document may hold is listed in full, or the reference says where the list is.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS, documentJsonSchema, validateDocumentText } from '@itu-aicb/core';
import { CODE_LISTS } from './plan-format-reference.js';

const markdown = readFileSync(new URL('../../../docs/plan-format.md', import.meta.url), 'utf8');

/** Every `enum` of a JSON Schema, wherever it is. */
function enumsOf(value: unknown): unknown[][] {
  if (typeof value !== 'object' || value === null) return [];
  const own = Array.isArray((value as { enum?: unknown }).enum)
    ? [(value as { enum: unknown[] }).enum]
    : [];
  return [...own, ...Object.values(value).flatMap(enumsOf)];
}

describe('docs/plan-format.md', () => {
  it('opens with a plan that validates with no finding', () => {
    const plan = /```yaml\n([\s\S]*?)```/.exec(markdown)?.[1];
    expect(plan).toBeDefined();
    const result = validateDocumentText(plan ?? '');
    expect(result.ok ? [] : result.issues.map((issue) => issue.code)).toEqual([]);
    expect(result.warnings.map((issue) => issue.code)).toEqual([]);
    expect(result.ok && result.value.kind).toBe('WorkPlan');
  });

  it('lists every code of every code list, or says where the full list is', () => {
    for (const list of CODE_LISTS) {
      const section = markdown.slice(markdown.indexOf(`\n### ${list.title}\n`));
      expect(section.length, list.title).toBeLessThan(markdown.length);
      if (list.elsewhere !== undefined) {
        expect(section).toContain(`\`${list.constant}\``);
        continue;
      }
      for (const code of list.codes) expect(section, list.title).toContain(`\`${code}\``);
    }
  });

  it('shows every value the JSON Schemas allow from a fixed set', () => {
    const long = CODE_LISTS.filter((list) => list.elsewhere !== undefined);
    for (const kind of DOCUMENT_KINDS) {
      for (const values of enumsOf(documentJsonSchema(kind))) {
        if (long.some((list) => values.every((value) => list.codes.includes(value as string)))) {
          continue;
        }
        for (const value of values) expect(markdown, kind).toContain(`\`${String(value)}\``);
      }
    }
  });

  it('states the identifier rule with the pattern of the JSON Schemas', () => {
    const pattern = JSON.stringify(documentJsonSchema('WorkPlan')).match(
      /"pattern":"(\^\[A-Za-z0-9\][^"]*)"/,
    )?.[1];
    expect(pattern).toBeDefined();
    expect(markdown).toContain('## Identifiers');
    expect(markdown).toContain(`\`${(pattern ?? '').replaceAll('\\\\', '\\')}\``);
  });
});
