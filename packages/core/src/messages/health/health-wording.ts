import type { HealthSignalCode, HealthState } from '../../codes/health-states.js';

/**
 * The values each health signal's sentence is built from: ISO dates, shares (1 for 100 %) and
 * plain numbers, the same in every language.
 *
 * @example
 * ```ts
 * const params: HealthSignalParams['milestone-slipped'] = { due: '2026-06-30', forecast: '2026-09-30' };
 * ```
 */
export interface HealthSignalParams {
  /** The measure ended on `end` and is not completed. */
  'past-end': { readonly end: string };
  /** A milestone due on `due` (or re-forecast to `forecast`) is not achieved. */
  'milestone-overdue': { readonly due: string; readonly forecast?: string | undefined };
  /** A milestone re-forecast to `forecast`, after the measure's end on `end`. */
  'forecast-beyond-end': { readonly forecast: string; readonly end: string };
  suspended: Readonly<Record<string, never>>;
  /** Planned to start on `start`; nothing achieved or spent yet. */
  'not-started': { readonly start: string };
  /** A milestone due on `due`, re-forecast to `forecast`. */
  'milestone-slipped': { readonly due: string; readonly forecast: string };
  /** `spent`: the share of the budget spent; `elapsed`: the share of the schedule elapsed. */
  overspent: { readonly spent: number; readonly elapsed: number };
  'spend-ahead': { readonly spent: number; readonly elapsed: number };
  'spend-behind': { readonly spent: number; readonly elapsed: number };
  /** The value measured on `date`, and the value expected on the line to the target. */
  'indicator-behind': { readonly actual: number; readonly date: string; readonly expected: number };
  /** The risk as the report describes it, in the language chosen where the report has it. */
  'high-risk': { readonly risk: string };
}

/**
 * How a health sentence writes dates, shares and numbers.
 *
 * @example
 * ```ts
 * const iso: HealthFormat = { date: (day) => day, percent: (share) => `${Math.round(share * 100)}%`, number: String };
 * ```
 */
export interface HealthFormat {
  /** A date given as `YYYY-MM-DD`. */
  readonly date: (day: string) => string;
  /** A share, 1 for 100 %. */
  readonly percent: (share: number) => string;
  readonly number: (value: number) => string;
}

/**
 * The words of plan health in one language: the name of each state and signal, and the sentence
 * that says what a signal is about. A new language is one new object of this type; a state or a
 * signal without its words fails the typecheck.
 *
 * @example
 * ```ts
 * englishLocale.health.states['at-risk'];
 * //=> 'at risk'
 * ```
 */
export interface HealthWording {
  /** The name of each state, in lower case where the language has case. */
  readonly states: Readonly<Record<HealthState, string>>;
  /** The short name of each signal. */
  readonly signals: Readonly<Record<HealthSignalCode, string>>;
  /** The sentence each signal's figures read as. */
  readonly details: {
    readonly [S in HealthSignalCode]: (
      params: HealthSignalParams[S],
      format: HealthFormat,
    ) => string;
  };
}

/**
 * The formatters of health sentences for one language: `Intl` numbers and percentages, and dates
 * either as ISO 8601 (for text that machine output carries) or written with `Intl.DateTimeFormat`
 * for people (`31 octobre 2026`).
 *
 * @param intl - The BCP 47 tag of the locale (`locale.intl`).
 * @param dates - `iso` (the default) or `intl`.
 * @returns The formatters.
 *
 * @example
 * ```ts
 * healthFormat('fr', 'intl').date('2026-10-31');
 * //=> '31 octobre 2026'
 * healthFormat('en').percent(0.5);
 * //=> '50%'
 * ```
 */
export function healthFormat(intl: string, dates: 'iso' | 'intl' = 'iso'): HealthFormat {
  // Each formatter is built on first use: most sentences need one of them, or none.
  let numbers: Intl.NumberFormat | undefined;
  let percents: Intl.NumberFormat | undefined;
  let days: Intl.DateTimeFormat | undefined;
  return {
    date:
      dates === 'iso'
        ? (day) => day
        : (day) => {
            const time = Date.parse(`${day}T00:00:00Z`);
            if (Number.isNaN(time)) return day;
            days ??= new Intl.DateTimeFormat(intl, { dateStyle: 'long', timeZone: 'UTC' });
            return days.format(time);
          },
    percent: (share) =>
      (percents ??= new Intl.NumberFormat(intl, {
        style: 'percent',
        maximumFractionDigits: 0,
      })).format(share),
    number: (value) =>
      (numbers ??= new Intl.NumberFormat(intl, { maximumFractionDigits: 2 })).format(value),
  };
}
