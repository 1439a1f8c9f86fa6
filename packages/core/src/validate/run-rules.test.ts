import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { defineRule } from '../rules/rule.js';
import type { AnyRule } from '../rules/rule.js';
import { runRules } from './run-rules.js';
import { validateWith } from './validate-with.js';

const Note = z.object({ schemaVersion: z.literal(1), title: z.string() });
type Note = z.output<typeof Note>;

const untitled = defineRule({
  code: 'plan/objective-without-measure',
  severity: 'warning',
  scope: 'WorkPlan',
  summary: 'A rule that reports one finding.',
  example: '',
  fix: '',
  check(note: Note, report) {
    if (note.title === '') report(['title'], { objective: 'O1' });
  },
});

/** A rule with a fault: it reads a field the schema does not have. */
const faulty = defineRule({
  code: 'plan/breakdown-sum',
  severity: 'warning',
  scope: 'WorkPlan',
  summary: 'A rule that throws.',
  example: '',
  fix: '',
  check(note: Note, report) {
    report(['title'], { sum: 1 });
    const missing = (note as unknown as { budget: { lines: number[] } }).budget;
    report(['budget'], { sum: missing.lines.length });
  },
});

const rules: readonly AnyRule<Note>[] = [faulty, untitled];

describe('a rule that throws', () => {
  it('is one rule/crashed finding naming the rule, not an input error', () => {
    const result = validateWith(Note, rules, { schemaVersion: 1, title: '' });
    expect(result.ok).toBe(false);
    const findings = result.ok ? [] : [...result.issues, ...result.warnings];
    expect(findings.map((issue) => [issue.code, issue.severity, issue.pointer])).toEqual([
      ['rule/crashed', 'error', ''],
      ['plan/breakdown-sum', 'warning', '/title'],
      ['plan/objective-without-measure', 'warning', '/title'],
    ]);
    const crashed = findings[0];
    expect(crashed?.message).toContain('"plan/breakdown-sum"');
    expect(crashed?.message).toContain('TypeError');
    expect(crashed?.hint).toContain("'plan/breakdown-sum': 'off'");
  });

  it('is not reported when the rule is off', () => {
    const result = validateWith(
      Note,
      rules,
      { schemaVersion: 1, title: 'x' },
      {
        rules: { 'plan/breakdown-sum': 'off' },
      },
    );
    expect(result).toEqual({ ok: true, value: { schemaVersion: 1, title: 'x' }, warnings: [] });
  });

  it('is described even when what it throws cannot be read', () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const throwing = defineRule({
      ...untitled,
      check() {
        // eslint-disable-next-line @typescript-eslint/only-throw-error -- code may throw any value
        throw revoked.proxy;
      },
    });
    const [finding] = runRules([throwing], { schemaVersion: 1, title: 'x' } as Note);
    expect(finding?.code).toBe('rule/crashed');
    expect(finding?.message).toContain('an error that cannot be read');
  });

  it('leaves input that cannot be read an input error', () => {
    const input = Object.defineProperty({ schemaVersion: 1 }, 'title', {
      enumerable: true,
      get() {
        throw new Error('cannot be read');
      },
    });
    const result = validateWith(Note, rules, input);
    expect(result.ok ? [] : result.issues.map((issue) => issue.code)).toEqual(['input/not-json']);
  });

  it('leaves options that cannot be read an input error', () => {
    const options = Object.defineProperty({}, 'rules', {
      get() {
        throw new Error('cannot be read');
      },
    });
    const result = validateWith(Note, rules, { schemaVersion: 1, title: 'x' }, options);
    expect(result.ok ? [] : result.issues.map((issue) => issue.code)).toEqual(['input/not-json']);
  });
});
