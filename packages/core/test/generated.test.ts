// The committed generated files (JSON Schemas, rules and plan-format references) must match what the code generates.
// Regenerate them with `pnpm generate`; CI fails when they drift.
import { describe, expect, it } from 'vitest';
import {
  DOCUMENT_KINDS,
  ISSUE_CODE_REFERENCE,
  JSON_SCHEMA_FILES,
  documentJsonSchema,
  englishMessages,
} from '@itu-aicb/core';
import { planFormatReference } from './plan-format-reference.js';
import { rulesReference } from './rules-reference.js';

describe('generated files', () => {
  it.each(DOCUMENT_KINDS)('schemas/%s JSON Schema is up to date', async (kind) => {
    const text = JSON.stringify(documentJsonSchema(kind), null, 2) + '\n';
    await expect(text).toMatchFileSnapshot(`../schemas/${JSON_SCHEMA_FILES[kind]}`);
  });

  it('docs/rules.md is up to date', async () => {
    await expect(rulesReference()).toMatchFileSnapshot('../../../docs/rules.md');
  });

  it('docs/plan-format.md is up to date', async () => {
    await expect(planFormatReference()).toMatchFileSnapshot('../../../docs/plan-format.md');
  });

  it('the reference covers every issue code exactly once', () => {
    const codes = ISSUE_CODE_REFERENCE.map((entry) => entry.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(codes)).toEqual(new Set(Object.keys(englishMessages)));
  });
});
