import { describe, expect, it } from 'vitest';
import type { CriterionFacts } from '../criteria/criterion.js';
import { PRIORITY_CRITERIA, SCORING_METHODS } from '@itu-aicb/core';
import { ar } from '@itu-aicb/scoring/locales/ar';
import { en } from '@itu-aicb/scoring/locales/en';
import { es } from '@itu-aicb/scoring/locales/es';
import { fr } from '@itu-aicb/scoring/locales/fr';
import { ru } from '@itu-aicb/scoring/locales/ru';
import { zh } from '@itu-aicb/scoring/locales/zh';
import type { ScoringLocale } from './scoring-locale.js';
import { inSentence } from './shared.js';

/**
 * Each language with how it writes numbers (Arabic with Latin digits), whether it writes labels
 * and pillar names in lower case inside a sentence, its word for the plan and the stems of its
 * words for the worst value and the median.
 */
const LANGUAGES = [
  { locale: en, numbers: 'en', lower: true, plan: 'plan', worst: 'worst', median: 'median' },
  {
    locale: ar,
    numbers: 'ar-u-nu-latn',
    lower: false,
    plan: 'الخطة',
    worst: 'أسوأ',
    median: 'وسيط',
  },
  { locale: es, numbers: 'es', lower: true, plan: 'plan', worst: 'peor', median: 'mediana' },
  { locale: fr, numbers: 'fr', lower: true, plan: 'plan', worst: 'pire', median: 'médiane' },
  { locale: ru, numbers: 'ru', lower: true, plan: 'плана', worst: 'худш', median: 'медиан' },
  { locale: zh, numbers: 'zh', lower: false, plan: '计划', worst: '最差', median: '中位数' },
] as const;
type Language = (typeof LANGUAGES)[number];
type Tag = Language['locale']['language'];

const DATE = '2031-07-15';
/** A text a reader would see as broken: holes, doubled or stray spaces, empty brackets or lists. */
const BROKEN =
  /undefined|NaN|\[object |\$\{|^\s|\s$|\s\s|[(（]\s|\s[)）]|[(（][)）]|\s[,.،]|[:：]\s*[;；؛.。]/;

const number = (language: Language, value: number, digits: number): string =>
  new Intl.NumberFormat(language.numbers, { maximumFractionDigits: digits }).format(value);
/** `text` shows `shown` as a whole number, not as part of another one. */
const shows = (text: string, shown: string): boolean =>
  new RegExp(`(?<![\\d.,])${shown.replace(/[.,]/g, '\\$&')}(?![\\d])`).test(text);
/** The text with the number `value` written in the language replaced by `#`. */
const mask = (language: Language, text: string, value: number): string =>
  text.replace(
    new RegExp(`(?<![\\d.,])${number(language, value, 0).replace(/[.,]/g, '\\$&')}(?!\\d)`, 'g'),
    '#',
  );

/**
 * What differs between two texts once their common start and end are set aside: a flag that
 * changes a word shows a word of its own in both texts, it does not only drop one.
 */
function middles(a: string, b: string): readonly [string, string] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let end = 0;
  while (
    end < a.length - start &&
    end < b.length - start &&
    a[a.length - 1 - end] === b[b.length - 1 - end]
  )
    end += 1;
  return [a.slice(start, a.length - end), b.slice(start, b.length - end)];
}
function expectReplaced(a: string, b: string, what: string): void {
  const [left, right] = middles(a, b);
  expect(left.trim(), `${what}: ${a} / ${b}`).not.toBe('');
  expect(right.trim(), `${what}: ${a} / ${b}`).not.toBe('');
}
function expectWellFormed(text: string, what: string): void {
  expect(text, what).not.toMatch(BROKEN);
  expect(text.trim(), what).not.toBe('');
}

/** Gaps in `places` countries (each with talent and compute gaps), the first `fragile` of them vulnerable. */
function gaps(places: number, fragile: number): NonNullable<CriterionFacts['gaps']> {
  return Array.from({ length: places }, (_, i) => [
    { place: `P${i}`, pillar: 'talent' as const, gap: 2, tierWeight: 1, vulnerable: i < fragile },
    { place: `P${i}`, pillar: 'compute' as const, gap: 1, tierWeight: 1, vulnerable: i < fragile },
  ]).flat();
}
/** Facts where only the gaps above zero count: one place of two is vulnerable. */
const needFacts: CriterionFacts = {
  asOf: DATE,
  gaps: [...gaps(2, 1), { place: 'ZERO', pillar: 'data', gap: 0, tierWeight: 1, vulnerable: true }],
};

/** The number each built-in criterion shows for a value (a share shows as a percentage). */
const SHOWN = {
  'vulnerable-reach': { value: 3, shown: 3, digits: 0 },
  'cost-per-beneficiary': { value: 1234.56, shown: 1234.56, digits: 0 },
  'initiative-leverage': { value: 3, shown: 3, digits: 0 },
  'co-financing': { value: 0.456, shown: 45.6, digits: 0 },
  coordination: { value: 3, shown: 3, digits: 0 },
  alignment: { value: 4, shown: 4, digits: 0 },
  feasibility: { value: 2.345, shown: 2.345, digits: 1 },
  risk: { value: 3.456, shown: 3.456, digits: 1 },
  'time-to-results': { value: 7, shown: 7, digits: 0 },
} as const;
/** Criteria whose extremes read with a word of their own. */
const WITH_EXTREMES = [
  'need-severity',
  'cost-per-beneficiary',
  'co-financing',
  'feasibility',
  'risk',
  'time-to-results',
] as const;

/**
 * How many different texts a count of 1, 2 and 5 gives, the number itself set aside: 1 where
 * the language does not inflect there, 3 where Russian has one, few and many forms.
 */
const FORMS: readonly {
  readonly what: string;
  readonly render: (locale: ScoringLocale, count: number) => string;
  readonly forms: Readonly<Record<Tag, number>>;
  /** The words that agree with a count of one and of two, where only they tell which is which. */
  readonly words?: Partial<Record<Tag, readonly [one: readonly string[], two: readonly string[]]>>;
}[] = [
  {
    what: 'countries with a gap',
    render: (l, c) =>
      l.prioritize.phrases['need-severity']({
        value: 1,
        facts: { gaps: gaps(c, 0) },
        strong: true,
        extreme: false,
      }),
    forms: { en: 2, ar: 1, es: 2, fr: 1, ru: 2, zh: 1 },
    words: { en: [['1 country'], ['2 countries']], es: [['1 país'], ['2 países']] },
  },
  {
    what: 'vulnerable countries with a gap',
    render: (l, c) =>
      l.prioritize.phrases['need-severity']({
        value: 1,
        facts: { gaps: gaps(6, c), asOf: DATE },
        strong: true,
        extreme: false,
      }),
    forms: { en: 1, ar: 1, es: 2, fr: 2, ru: 1, zh: 1 },
    words: { es: [['uno de ellos'], ['2 de ellos']], fr: [['dont un'], ['dont 2']] },
  },
  ...[true, false].flatMap((strong) => [
    {
      what: `vulnerable countries reached, strong ${strong}`,
      render: (l: ScoringLocale, c: number) =>
        l.prioritize.phrases['vulnerable-reach']({
          value: c,
          facts: { asOf: DATE },
          strong,
          extreme: false,
        }),
      forms: { en: 2, ar: 1, es: 2, fr: 2, ru: 3, zh: 1 },
    },
    {
      what: `initiatives built on, strong ${strong}`,
      render: (l: ScoringLocale, c: number) =>
        l.prioritize.phrases['initiative-leverage']({
          value: c,
          facts: {},
          strong,
          extreme: false,
        }),
      forms: { en: 2, ar: 1, es: 2, fr: 2, ru: 3, zh: 1 },
      words: {
        es: [['1 iniciativa existente'], ['2 iniciativas existentes']],
        fr: [['1 initiative existante'], ['2 initiatives existantes']],
        ru: [['1 существующую инициативу'], ['2 существующие инициативы']],
      } as const,
    },
  ]),
  {
    what: 'uncertain countries',
    render: (l, c) =>
      l.prioritize.phrases['vulnerable-reach']({
        value: 9,
        facts: { asOf: DATE, uncertainCountries: Array.from({ length: c }, (_, i) => `U${i}`) },
        strong: true,
        extreme: false,
      }),
    forms: { en: 1, ar: 1, es: 1, fr: 2, ru: 1, zh: 1 },
    words: { fr: [['1 incertain'], ['2 incertains']] },
  },
  {
    what: 'months to first results',
    render: (l, c) =>
      l.prioritize.phrases['time-to-results']({
        value: c,
        facts: {},
        strong: true,
        extreme: false,
      }),
    forms: { en: 2, ar: 1, es: 1, fr: 1, ru: 3, zh: 1 },
    words: { en: [['1 month'], ['2 months']] },
  },
  {
    what: 'incomplete measures',
    render: (l, c) => l.prioritize.notes.incomplete(c, 0.5),
    forms: { en: 2, ar: 1, es: 2, fr: 2, ru: 2, zh: 1 },
    words: {
      en: [
        ['1 measure has', 'is listed'],
        ['2 measures have', 'are listed'],
      ],
      es: [
        ['1 medida tiene', 'se presenta'],
        ['2 medidas tienen', 'se presentan'],
      ],
      fr: [
        ['1 mesure a', 'est listée'],
        ['2 mesures ont', 'sont listées'],
      ],
      ru: [['1 меры'], ['2 мер']],
    },
  },
  {
    what: 'filled values',
    render: (l, c) => l.prioritize.notes.filled(c, 'median'),
    forms: { en: 2, ar: 1, es: 2, fr: 2, ru: 1, zh: 1 },
    words: {
      en: [['1 missing value was'], ['2 missing values were']],
      es: [['1 valor faltante se ha'], ['2 valores faltantes se han']],
      fr: [['1 valeur manquante a été remplacée'], ['2 valeurs manquantes ont été remplacées']],
    },
  },
  {
    what: 'measures without a rate',
    render: (l, c) => l.prioritize.notes.noRate('EUR', 'USD', c),
    forms: { en: 2, ar: 1, es: 2, fr: 2, ru: 1, zh: 1 },
    words: {
      en: [['1 measure budgeted'], ['2 measures budgeted']],
      es: [['1 medida presupuestada'], ['2 medidas presupuestadas']],
      fr: [['1 mesure budgétée'], ['2 mesures budgétées']],
    },
  },
  {
    what: 'rank',
    render: (l, c) =>
      l.prioritize.reason({ rank: c, total: 9, strengths: [], weaknesses: [], unknown: [] }),
    forms: { en: 3, ar: 1, es: 1, fr: 2, ru: 1, zh: 1 },
    words: { fr: [['classée 1re sur'], ['classée 2e sur']] },
  },
  {
    what: 'constant criteria',
    render: (l, c) =>
      l.prioritize.notes
        .constant(Array.from({ length: c }, (_, i) => `Ω${i}`))
        .replace(/Ω\d.*Ω\d|Ω\d/, '#'),
    forms: { en: 2, ar: 2, es: 2, fr: 2, ru: 1, zh: 2 },
    words: {
      en: [['that criterion'], ['those criteria']],
      ar: [['هذا المعيار'], ['هذه المعايير']],
      es: [['ese criterio'], ['esos criterios']],
      fr: [['ce critère'], ['ces critères']],
      zh: [['该准则'], ['这些准则']],
    },
  },
];

describe.each(LANGUAGES.map((language) => [language.locale.language, language] as const))(
  'the words of a prioritisation in %s',
  (tag, language) => {
    const wording = language.locale.prioritize;
    const n = (value: number, digits: number) => number(language, value, digits);
    const others = LANGUAGES.filter((other) => other !== language).map(
      (other) => other.locale.prioritize,
    );

    it('names every criterion and explains every method in words of its own', () => {
      for (const id of PRIORITY_CRITERIA) {
        expectWellFormed(wording.criteria[id], id);
        for (const other of others) expect(wording.criteria[id]).not.toBe(other.criteria[id]);
      }
      expect(new Set(Object.values(wording.criteria)).size).toBe(PRIORITY_CRITERIA.length);
      const meanings = SCORING_METHODS.map((method) => wording.scoreMeaning[method]);
      for (const [i, meaning] of meanings.entries()) {
        expectWellFormed(meaning, SCORING_METHODS[i]!);
        for (const other of others)
          expect(meaning).not.toBe(other.scoreMeaning[SCORING_METHODS[i]!]);
      }
      expect(new Set(meanings).size).toBe(SCORING_METHODS.length);
      // Every meaning ends with the same sentence: scores compare measures within one run.
      const common = meanings.reduce((a, b) => {
        let end = 0;
        while (end < a.length && end < b.length && a.at(-1 - end) === b.at(-1 - end)) end += 1;
        return a.slice(a.length - end);
      });
      expect(common.trim().length, common).toBeGreaterThan(15);
    });

    it.each(Object.entries(SHOWN))(
      'shows the value of %s, written in the language, as a strength and a weakness',
      (id, { value, shown, digits }) => {
        const phrase = wording.phrases[id as keyof typeof SHOWN];
        for (const strong of [true, false]) {
          for (const extreme of [true, false]) {
            const text = phrase({ value, facts: { currency: 'USD', asOf: DATE }, strong, extreme });
            expectWellFormed(text, `${id} ${strong} ${extreme}`);
            expect(shows(text, n(shown, digits)), `${text} shows ${n(shown, digits)}`).toBe(true);
          }
        }
      },
    );

    it('reads a strength and a weakness, and an extreme, in words of their own', () => {
      for (const id of PRIORITY_CRITERIA) {
        const phrase = wording.phrases[id];
        const facts = { ...needFacts, currency: 'USD' };
        const read = (strong: boolean, extreme: boolean) =>
          phrase({ value: 2, facts, strong, extreme });
        expect(read(true, false), id).not.toBe(read(false, false));
        if (!(WITH_EXTREMES as readonly string[]).includes(id)) continue;
        for (const extreme of [true, false])
          expectReplaced(read(true, extreme), read(false, extreme), `${id} extreme ${extreme}`);
        // A share secured reads the same whether or not it is the largest.
        for (const strong of id === 'co-financing' ? [false] : [true, false]) {
          const [own] = middles(read(strong, true), read(strong, false));
          expect(own.trim(), `${id} strong ${strong}: extreme`).not.toBe('');
        }
      }
    });

    it('names pillars with their abbreviations as written', () => {
      const text = wording.phrases['need-severity']({
        value: 1,
        facts: {
          asOf: DATE,
          gaps: (['models', 'strategy'] as const).map((pillar) => ({
            place: 'P0',
            pillar,
            gap: 1,
            tierWeight: 1,
            vulnerable: false,
          })),
        },
        strong: true,
        extreme: false,
      });
      expectWellFormed(text, text);
      // All but the first letter, which a language may write in lower case inside a sentence.
      for (const pillar of ['models', 'strategy'] as const) {
        expect(text).toContain(language.locale.terms.pillars[pillar].slice(1));
      }
    });

    it('reads the gaps a measure addresses, counting only gaps above zero', () => {
      const phrase = wording.phrases['need-severity'];
      const text = phrase({ value: 1, facts: needFacts, strong: true, extreme: false });
      expectWellFormed(text, text);
      const terms = (['talent', 'compute'] as const).map((pillar) => {
        const term = language.locale.terms.pillars[pillar];
        return language.lower ? term.charAt(0).toLowerCase() + term.slice(1) : term;
      });
      expect(text).toContain(new Intl.ListFormat(tag, { type: 'conjunction' }).format(terms));
      expect(text).not.toContain(language.locale.terms.pillars.data.toLowerCase());
      expect(shows(text, n(2, 0))).toBe(true);
      expect(text).toContain(DATE);
      // Both places vulnerable reads differently from one of the two.
      const both = phrase({
        value: 1,
        facts: { ...needFacts, gaps: gaps(2, 2) },
        strong: true,
        extreme: false,
      });
      expect(both).not.toBe(text);
      // No vulnerable place: nothing about the groups, and no date.
      const none = phrase({
        value: 1,
        facts: { asOf: DATE, gaps: gaps(2, 0) },
        strong: true,
        extreme: false,
      });
      expectWellFormed(none, none);
      expect(none).not.toContain(DATE);
      expect(text.startsWith(none), `${none} / ${text}`).toBe(true);
      // Without a date, the reference date in words.
      const undated = phrase({
        value: 1,
        facts: { gaps: gaps(2, 1) },
        strong: true,
        extreme: false,
      });
      expectWellFormed(undated, undated);
      expectReplaced(text, undated, 'date');
      // Without gaps at all, a weakness still reads, in its own words when it is not the least.
      const least = phrase({ value: 0, facts: {}, strong: false, extreme: true });
      const low = phrase({ value: 0, facts: {}, strong: false, extreme: false });
      expectWellFormed(least, 'no gaps');
      expectWellFormed(low, 'low need');
      expect(low).not.toBe(least);
    });

    it('reads reach with and without a date and uncertain countries, and no reach at all', () => {
      const phrase = wording.phrases['vulnerable-reach'];
      for (const strong of [true, false]) {
        const dated = phrase({ value: 3, facts: { asOf: DATE }, strong, extreme: false });
        const undated = phrase({ value: 3, facts: {}, strong, extreme: false });
        expectWellFormed(undated, undated);
        expect(dated).toContain(DATE);
        expectReplaced(dated, undated, 'date');
        const doubt = phrase({
          value: 3,
          facts: { asOf: DATE, uncertainCountries: ['U1', 'U2'] },
          strong,
          extreme: false,
        });
        expectWellFormed(doubt, doubt);
        expect(shows(doubt, n(2, 0)), doubt).toBe(true);
        expect(doubt.startsWith(dated), `${dated} / ${doubt}`).toBe(true);
      }
      const nothing = phrase({ value: 0, facts: { asOf: DATE }, strong: false, extreme: false });
      expectWellFormed(nothing, nothing);
      expect(nothing).toContain(DATE);
      expect(shows(nothing, n(0, 0)), nothing).toBe(false);
      const noDate = phrase({ value: 0, facts: {}, strong: false, extreme: false });
      expectWellFormed(noDate, noDate);
      expectReplaced(nothing, noDate, 'date');
      const none = wording.phrases['initiative-leverage']({
        value: 0,
        facts: {},
        strong: false,
        extreme: false,
      });
      expectWellFormed(none, none);
      expect(shows(none, n(0, 0)), none).toBe(false);
    });

    it('writes a cost with its currency, or alone', () => {
      const phrase = wording.phrases['cost-per-beneficiary'];
      for (const strong of [true, false]) {
        const priced = phrase({ value: 12, facts: { currency: 'USD' }, strong, extreme: false });
        expect(priced).toContain('USD');
        const bare = phrase({ value: 12, facts: {}, strong, extreme: false });
        expectWellFormed(bare, bare);
        expect(shows(bare, n(12, 0))).toBe(true);
        // Alone means the same text without the currency, and nothing in its place.
        expect(bare).toBe(priced.replace(' USD', '').replace('USD ', ''));
      }
    });

    it.each(FORMS.map((form) => [form.what, form] as const))(
      'inflects for the number of %s',
      (_, { render, forms, words }) => {
        const texts = [1, 2, 5].map((count) => {
          const text = render(language.locale, count);
          expectWellFormed(text, text);
          return mask(language, text, count);
        });
        expect(new Set(texts).size, texts.join('\n')).toBe(forms[tag]);
        for (const [i, count] of [1, 2].entries()) {
          const text = render(language.locale, count);
          for (const word of words?.[tag]?.[i] ?? []) {
            // The word itself, not the start of a longer one.
            const alone = new RegExp(
              `${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`,
              'u',
            );
            expect(text, word).toMatch(alone);
          }
        }
      },
    );

    it('writes ranks as ordinals', () => {
      if (tag !== 'en') return;
      const ranks = [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101].map((rank) =>
        wording.reason({ rank, total: 200, strengths: [], weaknesses: [], unknown: [] }),
      );
      expect(ranks.map((reason) => /ranked (\S+) of/.exec(reason)?.[1])).toEqual([
        '1st',
        '2nd',
        '3rd',
        '4th',
        '11th',
        '12th',
        '13th',
        '21st',
        '22nd',
        '23rd',
        '101st',
      ]);
    });

    it('gives the reason for a rank with its strengths, weaknesses and unknown values', () => {
      const parts = { rank: 2, total: 7, strengths: [], weaknesses: [], unknown: [] };
      const bare = wording.reason(parts);
      expectWellFormed(bare, bare);
      expect(shows(bare, '2') && shows(bare, '7'), bare).toBe(true);
      const full = wording.reason({
        ...parts,
        strengths: ['S-one', 'S-two'],
        weaknesses: ['W-one', 'W-two'],
        unknown: ['U-one', 'U-two'],
      });
      expectWellFormed(full, full);
      for (const [a, b] of [
        ['S-one', 'S-two'],
        ['W-one', 'W-two'],
        ['U-one', 'U-two'],
      ] as const) {
        expect(full).toContain(a);
        expect(full).toContain(b);
        expect(full, 'items keep a separator').not.toContain(`${a}${b}`);
      }
      // Only strengths, only weaknesses: the other one reads as "none stands out".
      const strengths = wording.reason({ ...parts, strengths: ['S-one'] });
      const weaknesses = wording.reason({ ...parts, weaknesses: ['S-one'] });
      expectWellFormed(strengths, strengths);
      expectWellFormed(weaknesses, weaknesses);
      expect(strengths).not.toBe(weaknesses);
      expect(wording.reason({ ...parts, unknown: ['U-one'] }).length).toBeGreaterThan(
        bare.length + 'U-one'.length,
      );
    });

    it('words a criterion of the profile and a value filled in', () => {
      const own = (strong: boolean) =>
        wording.ownCriterion({ label: 'Digital Reach', value: 0.12345, strong });
      for (const strong of [true, false]) {
        expectWellFormed(own(strong), own(strong));
        expect(own(strong)).toContain('Digital Reach');
        expect(shows(own(strong), n(0.12345, 2)), own(strong)).toBe(true);
      }
      expectReplaced(own(true), own(false), 'strong and weak');
      const unknown = (filled: 'worst' | 'median') =>
        wording.unknown({ label: 'Digital reach to SIDS', why: 'why-not', filled });
      for (const filled of ['worst', 'median'] as const) {
        expectWellFormed(unknown(filled), unknown(filled));
        // Inside a sentence only the first letter changes: abbreviations keep their capitals.
        expect(unknown(filled)).toContain(
          language.lower ? 'digital reach to SIDS' : 'Digital reach to SIDS',
        );
        expect(unknown(filled)).toContain('why-not');
      }
      expectReplaced(unknown('worst'), unknown('median'), 'worst and median');
      expect(unknown('worst')).toContain(language.worst);
      expect(unknown('worst')).not.toContain(language.median);
      expect(unknown('median')).toContain(language.median);
      expect(unknown('median')).not.toContain(language.worst);
    });

    it('says why a value is missing, keeping what the reason names', () => {
      const reasons = [
        'no budget',
        'no estimate of beneficiaries',
        'no exchange rate from EUR to CHF',
        'no estimates.risk',
        'no value at fields.reach',
        'no assessment covers its countries and pillars',
        'no target countries or regions, and not marked global',
        'missing',
      ];
      const said = reasons.map((reason) => wording.missing(reason));
      for (const [i, text] of said.entries()) {
        expectWellFormed(text, reasons[i]!);
        if (tag !== 'en') expect(text).not.toBe(reasons[i]);
      }
      if (tag === 'en') expect(said).toEqual(reasons);
      expect(new Set(said).size).toBe(reasons.length);
      expect(said[2]).toMatch(/EUR.*CHF/);
      expect(said[3]).toContain('estimates.risk');
      expect(said[4]).toContain('fields.reach');
      expect(wording.missing('no idea why')).toBe('no idea why');
    });

    it('writes every note with the values it is given', () => {
      const { notes } = wording;
      const asOf = (source: 'option' | 'plan-period-start', uncertain: string[]) =>
        notes.asOf({ date: DATE, source, uncertain });
      for (const source of ['option', 'plan-period-start'] as const) {
        expectWellFormed(asOf(source, []), asOf(source, []));
        expect(asOf(source, [])).toContain(DATE);
        const doubt = asOf(source, ['BGD pending', 'NPL pending']);
        expectWellFormed(doubt, doubt);
        expect(doubt).toContain('BGD pending');
        expect(doubt).not.toContain('pendingNPL');
        expect(doubt.startsWith(asOf(source, [])), doubt).toBe(true);
        expect(doubt.length).toBeGreaterThan(
          asOf(source, []).length + 'BGD pendingNPL pending'.length + 10,
        );
      }
      expectReplaced(asOf('option', []), asOf('plan-period-start', []), 'source');
      // The start of the plan's period is named as such; a date asked for is not.
      expect(asOf('plan-period-start', [])).toContain(language.plan);
      expect(asOf('option', [])).not.toContain(language.plan);

      const incomplete = notes.incomplete(3, 0.625);
      expectWellFormed(incomplete, incomplete);
      expect(shows(incomplete, n(62.5, 1)), incomplete).toBe(true);
      expect(shows(incomplete, n(3, 0)), incomplete).toBe(true);

      for (const labels of [['Risk'], ['Risk', 'Cost']]) {
        for (const text of [notes.constant(labels), notes.spotisBounds(labels)]) {
          expectWellFormed(text, text);
          for (const label of labels) expect(text).toContain(label);
          expect(text).not.toContain('RiskCost');
        }
      }

      const inconsistent = notes.inconsistent(0.12345, 0.1);
      expectWellFormed(inconsistent, inconsistent);
      expect(shows(inconsistent, n(0.12345, 3)), inconsistent).toBe(true);
      expect(shows(inconsistent, n(0.1, 3)), inconsistent).toBe(true);

      const noValue = notes.noValue('Digital Reach');
      expectWellFormed(noValue, noValue);
      expect(noValue).toContain('Digital Reach');

      for (const fill of ['worst', 'median'] as const) {
        expectWellFormed(notes.filled(3, fill), notes.filled(3, fill));
        expect(shows(notes.filled(3, fill), n(3, 0))).toBe(true);
      }
      expectReplaced(notes.filled(3, 'worst'), notes.filled(3, 'median'), 'fill');
      expect(notes.filled(3, 'worst')).toContain(language.worst);
      expect(notes.filled(3, 'worst')).not.toContain(language.median);
      expect(notes.filled(3, 'median')).toContain(language.median);
      expect(notes.filled(3, 'median')).not.toContain(language.worst);

      const noRate = notes.noRate('EUR', 'CHF', 4);
      expectWellFormed(noRate, noRate);
      expect(noRate).toMatch(/EUR.*CHF/);
      expect(shows(noRate, n(4, 0)), noRate).toBe(true);
    });
  },
);

describe('the Arabic as-of note', () => {
  it('names the three groups whose membership is read, joined by "and"', () => {
    const note = ar.prioritize.notes.asOf({ date: DATE, source: 'option', uncertain: [] });
    // Elsewhere the groups are joined by "or" (a measure reaches one of them); here all three are read.
    expect(note).toContain(
      'أقل البلدان نموًا والبلدان النامية غير الساحلية والدول الجزرية الصغيرة النامية',
    );
    expect(note).not.toContain(' أو ');
  });
});

describe('the Chinese degree words', () => {
  // Chinese reads well without them, so only their presence tells a large or small value from a
  // plain statement: 较 ("rather") where the value is not the extreme, 最 ("most") where it is.
  const { phrases } = zh.prioritize;
  const facts = { gaps: gaps(2, 0), asOf: DATE };
  it('says a gap is large, and an addressed need or a co-financing share small', () => {
    for (const [extreme, degree] of [
      [false, '较'],
      [true, '最'],
    ] as const) {
      const need = (strong: boolean) =>
        phrases['need-severity']({ value: 2, facts, strong, extreme });
      expect(need(true)).toContain(`${degree}大的`);
      expect(need(false)).toMatch(new RegExp(`需求${degree}小$`));
      const shared = phrases['co-financing']({ value: 0.25, facts, strong: false, extreme });
      expect(shared).toContain(`联合供资${degree}少`);
    }
  });
});

describe('inSentence', () => {
  it('lowers the first letter of a name unless an abbreviation starts it', () => {
    expect(inSentence('Risk', 'en')).toBe('risk');
    expect(inSentence('R', 'en')).toBe('r');
    expect(inSentence('', 'en')).toBe('');
    expect(inSentence('SIDS reached', 'en')).toBe('SIDS reached');
    expect(inSentence('Modèles d’IA', 'fr')).toBe('modèles d’IA');
    // Each language's own rules: Turkish has a dotted capital I of its own.
    expect(inSentence('İnsan', 'tr')).toBe('insan');
  });
});
