// The human output of status, prioritize and validate in each official language, rendered in
// process from the formats; one run of the binary checks the JSON of status.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { healthTimeSeries, planHealth } from '@itu-aicb/core';
import type { Locale } from '@itu-aicb/core';
import { loadPlanFiles } from '@itu-aicb/core/node';
import { lensesTimeSeries, prioritizeMeasures, resolution1332Lenses } from '@itu-aicb/scoring';
import type { ScoringLocale } from '@itu-aicb/scoring';
import { ar } from '@itu-aicb/report/locales/ar';
import { en } from '@itu-aicb/report/locales/en';
import { es } from '@itu-aicb/report/locales/es';
import { fr } from '@itu-aicb/report/locales/fr';
import { ru } from '@itu-aicb/report/locales/ru';
import { zh } from '@itu-aicb/report/locales/zh';
import { renderStatusText } from '../src/formats/status/text.js';
import { renderStatusMarkdown } from '../src/formats/status/markdown.js';
import { renderPriorityTable } from '../src/formats/priorities/table.js';
import { renderPriorityMarkdown } from '../src/formats/priorities/markdown.js';
import { countFormat } from '../src/language/human-format.js';
import { summaryLine } from '../src/validate/report.js';
import type { Finding, Report } from '../src/validate/report.js';
import { FIXTURES, PACKAGE_ROOT, aicb, json } from './helpers.js';

/** The locales the CLI loads, one per official language. */
const CLI_LOCALES: readonly ScoringLocale[] = [ar, en, es, fr, ru, zh];
const EXAMPLE = join(PACKAGE_ROOT, '../../examples/itu-ai-capacity-building');
const FSI = '\u2068';
const PDI = '\u2069';
const english = CLI_LOCALES.find((locale) => locale.language === 'en') as ScoringLocale;
const others = CLI_LOCALES.filter((locale) => locale !== english);

/** What no text for people may hold: a value left out, or a template not filled in. */
const BROKEN = /undefined|NaN|\[object|\$\{|[{}]/;

/**
 * Checks that each English phrase is in the English text (so that the check can fail) and in
 * no other language's.
 */
function expectWordedApart(
  texts: ReadonlyMap<ScoringLocale, string>,
  phrases: readonly (string | RegExp)[],
): void {
  const find = (text: string | undefined, phrase: string | RegExp): string | undefined =>
    typeof phrase === 'string'
      ? text?.includes(phrase) === true
        ? phrase
        : undefined
      : text?.match(phrase)?.[0];
  for (const phrase of phrases) {
    expect(find(texts.get(english), phrase)).toBeDefined();
    for (const locale of others) {
      expect({ language: locale.language, found: find(texts.get(locale), phrase) }).toEqual({
        language: locale.language,
        found: undefined,
      });
    }
  }
  for (const text of texts.values()) expect(text).not.toMatch(BROKEN);
}

const longDate = (locale: Locale, day: string): string =>
  new Intl.DateTimeFormat(locale.intl, { dateStyle: 'long', timeZone: 'UTC' })
    .format(Date.parse(`${day}T00:00:00Z`))
    .replace(/[\u200E\u200F\u061C]/g, '');

describe('aicb status in the six languages', async () => {
  const asOf = '2026-12-01';
  const { plans, reports, assessments, catalogues } = await loadPlanFiles(['.'], { cwd: EXAMPLE });
  const render = (locale: Locale, markdown = false) => {
    const report = {
      version: '0.0.0',
      asOf,
      locale,
      plans: plans.map((plan) => ({
        health: planHealth(plan, reports, asOf, { locale }),
        lenses: resolution1332Lenses({ plan, reports, asOf, assessments, catalogues }),
        series: {
          health: healthTimeSeries(plan, reports),
          lenses: lensesTimeSeries({ plan, reports, assessments, catalogues }),
        },
      })),
    };
    return markdown ? renderStatusMarkdown(report) : renderStatusText(report);
  };
  const texts = new Map(CLI_LOCALES.map((locale) => [locale, render(locale)]));

  it('words every line in the language, with no English left', () => {
    expectWordedApart(texts, [
      'as of',
      /\bon track\b/,
      /\bat risk\b/,
      'spent',
      'overdue',
      'States:',
      'By pillar',
      'Budget execution',
      'joint measures',
      'pledges delivered',
      'people reached',
      'partners:',
      'Implementation',
      'Talent and skills',
    ]);
    expectWordedApart(new Map(CLI_LOCALES.map((locale) => [locale, render(locale, true)])), [
      '| measure | state |',
      '### Membership engagement',
      'Reports read',
    ]);
  });

  it('writes dates, amounts and shares with Intl, never as ISO dates', () => {
    for (const [locale, isolated] of texts) {
      const text = isolated.replace(/[\u2068\u2069]/g, '');
      expect(text).toContain(longDate(locale, '2026-10-31'));
      expect(text).toContain(longDate(locale, asOf));
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    }
    expect(texts.get(english)).toContain(
      'TAL-02-a of M-TAL-02: due October 31, 2026, 31 days overdue',
    );
    const french = CLI_LOCALES.find((locale) => locale.language === 'fr') as ScoringLocale;
    expect(texts.get(french)).toMatch(/380\s000 USD \(45\s%\)/);
  });

  it('isolates ids and numbers in Arabic, and only there', () => {
    const arabic = CLI_LOCALES.find((locale) => locale.language === 'ar') as ScoringLocale;
    const text = texts.get(arabic) ?? '';
    expect(text).toContain(`${FSI}M-TAL-02${PDI}`);
    expect(text).toContain(`${FSI}itu-aicb-2026-2027${PDI}`);
    expect((text.match(/\u2068/g) ?? []).length).toBe((text.match(/\u2069/g) ?? []).length);
    expect(text).not.toMatch(/[\u200E\u200F]/);
    for (const locale of others.filter((other) => other !== arabic)) {
      expect(texts.get(locale)).not.toContain(FSI);
    }
  });

  it('keeps ISO dates, codes and figures in JSON, with the signals worded in the language', () => {
    const run = aicb(['status', '--as-of', asOf, '--format', 'json', '--lang', 'ru'], {
      cwd: EXAMPLE,
    });
    expect(run.status).toBe(0);
    const output = json<{
      language: string;
      plans: {
        health: {
          measures: { measure: string; state: string; signals: Record<string, unknown>[] }[];
        };
      }[];
    }>(run);
    expect(output.language).toBe('ru');
    const late = output.plans[0]?.health.measures.find((m) => m.measure === 'M-TAL-02');
    expect(late?.state).toBe('late');
    expect(late?.signals).toEqual([
      {
        signal: 'milestone-overdue',
        subject: 'TAL-02-a',
        params: { due: '2026-10-31' },
        detail: 'срок 2026-10-31',
      },
    ]);
  });
});

describe('aicb prioritize in the six languages', async () => {
  const loaded = await loadPlanFiles(['.'], { cwd: join(FIXTURES, 'valid') });
  const [plan] = loaded.plans;
  const [profile] = loaded.profiles;
  if (plan === undefined || profile === undefined) throw new Error('the fixture has a plan');
  const report = (locale: (typeof CLI_LOCALES)[number]) => {
    const result = prioritizeMeasures({
      plan,
      profile,
      assessments: loaded.assessments,
      catalogues: loaded.catalogues,
      locale,
    });
    return {
      result,
      shown: result.ranking.slice(0, 3),
      sensitivity: undefined,
      explain: true,
      locale,
    };
  };

  it('explains the ranking in the language, with no English left', () => {
    expectWordedApart(
      new Map(CLI_LOCALES.map((locale) => [locale, renderPriorityTable(report(locale))])),
      [
        'Priorities by',
        'A score of',
        /\branked \d/,
        'Strengths',
        'weaknesses',
        'higher is better',
        'Scores compare measures only within this run',
        'more ranked measures',
        'note:',
      ],
    );
    expectWordedApart(
      new Map(CLI_LOCALES.map((locale) => [locale, renderPriorityMarkdown(report(locale))])),
      ['| rank | measure | score |', 'Scores compare measures', 'Strengths'],
    );
  });

  it('writes scores with the language’s decimal separator', () => {
    const french = CLI_LOCALES.find((locale) => locale.language === 'fr');
    if (french === undefined) throw new Error('French is a CLI language');
    const { result } = report(french);
    const score = result.ranking[0]?.score ?? 0;
    expect(renderPriorityTable(report(french))).toContain(score.toFixed(4).replace('.', ','));
  });
});

describe('the summary line of aicb validate in the six languages', () => {
  const finding = (extra: Partial<Finding>): Finding => ({
    file: 'work-plan.yaml',
    code: 'plan/long-period',
    severity: 'warning',
    message: 'm',
    pointer: '',
    ...extra,
  });
  const counts = { errors: 0, warnings: 2, infos: 1 };
  const base: Report = {
    version: '0.0.0',
    cwd: '/tmp',
    files: [
      { path: 'work-plan.yaml', kind: 'WorkPlan' },
      { path: 'a.yaml', kind: null },
      { path: 'b', kind: null },
      { path: 'c.yaml', kind: null },
    ],
    findings: [],
    accepted: [
      finding({ suppression: { kind: 'inSource', justification: 'known' } }),
      finding({ baseline: 'unchanged' }),
      finding({ baseline: 'unchanged' }),
    ],
    baselineGone: 1,
    counts,
    fileCounts: new Map(),
    policy: { strict: true, maxWarnings: undefined, quiet: true },
    unreadable: 3,
    unreadableDirectories: 1,
    skipped: [
      { path: 'x.yaml', reason: 'no-kind' },
      { path: 'y.yaml', reason: 'no-kind' },
      { path: 'z.json', reason: 'other-kind' },
    ],
    verbose: false,
    failing: true,
    exitCode: 2,
    texts: new Map(),
  };

  it('says every ending in the language, with no English left', () => {
    const lines = new Map(CLI_LOCALES.map((locale) => [locale, summaryLine({ ...base, locale })]));
    expectWordedApart(lines, [
      'checked',
      'not shown',
      'fail the check',
      'suppressed with a reason',
      'in the baseline',
      'of its findings fixed',
      'could not be read',
      'other files skipped',
      'without a top-level kind',
      'of another kind',
      'lists them',
    ]);
    expect(lines.get(english)).toBe(
      '1 file checked: 0 errors, 2 warnings, 1 note. Warnings and notes are not shown (--quiet). Warnings fail the check (--strict). 1 finding suppressed with a reason. 2 findings in the baseline, 1 of its findings fixed. 2 files and 1 directory could not be read. 3 other files skipped: 2 without a top-level kind, 1 of another kind (--verbose lists them).',
    );
    // Chinese closes each sentence with 。 and puts no space between sentences.
    const chinese = lines.get(CLI_LOCALES.find((locale) => locale.language === 'zh')!)!;
    expect(chinese).toMatch(/。$/);
    expect(chinese).not.toMatch(/[.] |[.]$|。 /);
    expect(chinese).toContain('2 个没有顶层 kind');
    const limit = summaryLine({
      ...base,
      policy: { ...base.policy, strict: false, maxWarnings: 1500 },
      locale: others[2] as ScoringLocale,
    });
    expect(limit).toContain(new Intl.NumberFormat((others[2] as ScoringLocale).intl).format(1500));
  });
});

describe('SARIF in the six languages', async () => {
  const { renderSarif } = await import('../src/formats/sarif.js');
  const report: Report = {
    version: '0.0.0',
    cwd: '/tmp',
    files: [{ path: 'work-plan.yaml', kind: 'WorkPlan' }],
    findings: [],
    accepted: [],
    baselineGone: undefined,
    counts: { errors: 0, warnings: 0, infos: 0 },
    fileCounts: new Map(),
    policy: { strict: false, maxWarnings: undefined, quiet: false },
    unreadable: 0,
    unreadableDirectories: 0,
    skipped: [],
    verbose: false,
    failing: false,
    exitCode: 0,
    texts: new Map(),
  };
  const rulesOf = (locale: ScoringLocale) => {
    const log = JSON.parse(renderSarif({ ...report, locale })) as {
      runs: {
        language: string;
        tool: { driver: { rules: { id: string; shortDescription: { text: string } }[] } };
      }[];
    };
    return { language: log.runs[0]?.language, rules: log.runs[0]?.tool.driver.rules ?? [] };
  };

  it('describes every rule in the language, with the same ids', () => {
    const reference = rulesOf(english);
    expect(reference.language).toBe('en');
    expect(reference.rules.length).toBeGreaterThan(100);
    for (const locale of others) {
      const { language, rules } = rulesOf(locale);
      expect(language).toBe(locale.language);
      expect(rules.map((rule) => rule.id)).toEqual(reference.rules.map((rule) => rule.id));
      rules.forEach((rule, index) => {
        expect(rule.shortDescription.text).not.toBe(reference.rules[index]?.shortDescription.text);
        expect(rule.shortDescription.text).not.toMatch(/undefined|\$\{/);
      });
    }
  });
});

describe('counts in the summary', () => {
  it('writes counts with the separators of the language, small English ones as digits', () => {
    const english = countFormat('en');
    expect([0, 7, 999, 1000, 12345].map(english)).toEqual(['0', '7', '999', '1,000', '12,345']);
    expect(countFormat('fr')(12345)).toBe(new Intl.NumberFormat('fr').format(12345));
    expect(countFormat('ar-u-nu-latn')(12345)).toBe(
      new Intl.NumberFormat('ar-u-nu-latn').format(12345),
    );
    expect(countFormat('de')(999)).toBe('999');
  });
});
