import type { HealthState, ScoringMethod, Severity } from '@itu-aicb/core';

/**
 * Every word of the report in one language: section titles, chart titles, descriptions and
 * tooltips, table captions and headers, the sentences that read a score and warn about an
 * unstable ranking, and the words of the monitoring lenses. Each language is a `ReportWording`,
 * so a text added to the English one and missing from another language fails the typecheck.
 *
 * Functions take the numbers already written for the language (strings), except counts that
 * choose a plural form (numbers). Dates come already written for the language: as text in
 * tooltips and chart titles, and as HTML `<time>` elements in the page's own sentences
 * (`page.asOf`, `atAGlance.period`, `timeline.runs`, `timeline.noneOverdue`,
 * `timeline.overdueCaption`, `monitoring.fromReports`), whose result is not escaped again;
 * `timeline.doneOn` and `timeline.reforecastTo` are used both ways, so they only place the date in
 * plain words. Every other function returns plain text, which the report escapes.
 *
 * @example
 * ```ts
 * englishReportLocale.report.sections.priorities;
 * //=> 'Priorities'
 * ```
 */
export interface ReportWording {
  /** The headings of the sections, by anchor. */
  readonly sections: {
    readonly 'at-a-glance': string;
    readonly priorities: string;
    readonly stability: string;
    readonly needs: string;
    readonly timeline: string;
    readonly monitoring: string;
    readonly findings: string;
  };
  /** The page's frame: title, header and navigation. */
  readonly page: {
    /** The heading of a report without a plan. */
    readonly untitled: string;
    /** The window title. */
    readonly windowTitle: (title: string) => string;
    /** The line under the heading: the date, then the plan's id. */
    readonly asOf: (date: string) => string;
    readonly plan: string;
    /** The accessible name of the list of sections. */
    readonly navigation: string;
    /** The name of the list of the plan's title in its other languages. */
    readonly otherLanguages: string;
    /** Said after a text of the files shown in English for want of one in the language. */
    readonly inEnglish: string;
    /** The summary that opens a chart's table. */
    readonly chartTable: string;
    /** Why there is no ranking. */
    readonly noPlanToRank: string;
    readonly cannotRank: (reason: string, code: string) => string;
  };
  /** The words shared by several sections. */
  readonly common: {
    readonly measures: (count: number) => string;
    readonly none: string;
    readonly yes: string;
    /** The country groups, as abbreviations. */
    readonly groups: { readonly ldc: string; readonly lldc: string; readonly sids: string };
    /** How a missing value was filled in. */
    readonly filled: { readonly worst: string; readonly median: string };
    /** A list joined with "and" or its equivalent. */
    readonly list: (items: readonly string[]) => string;
    /** The names of the scoring methods, such as `TOPSIS` or `weighted sum`. */
    readonly methods: Readonly<Record<ScoringMethod, string>>;
  };
  readonly atAGlance: {
    readonly noPlan: string;
    readonly counts: (objectives: number, measures: number, withoutBudget: number) => string;
    readonly period: (start: string, end: string, status: string) => string;
    readonly budget: (amount: string, secured: string, share: string) => string;
    readonly noBudget: string;
    /** An ITU office that leads measures, by its city (as ITU writes it in English). */
    readonly office: {
      readonly regional: (city: string) => string;
      readonly area: (city: string) => string;
    };
    readonly global: string;
    readonly owner: string;
    readonly objectives: {
      readonly caption: string;
      readonly header: readonly [string, string, string, string];
    };
    readonly byLead: string;
    readonly byRegion: string;
    readonly byPillar: string;
    readonly groupDescription: string;
    readonly groupHeader: readonly [string, string, string, string];
    readonly moneyWithSecured: (amount: string, secured: string) => string;
    readonly budgetChart: {
      readonly title: string;
      readonly description: string;
      readonly secured: (currency: string, amount: string, share: string) => string;
      readonly toFind: (currency: string, amount: string) => string;
      readonly legend: readonly [string, string];
      readonly caption: string;
      readonly header: readonly [string, string, string, string];
    };
  };
  readonly priorities: {
    readonly rankedBy: (method: string, profile: string, better: 'higher' | 'lower') => string;
    readonly weights: (list: string) => string;
    /** The meaning of the method's score; English keeps the one prioritisation gives. */
    readonly scoreMeaning: (method: ScoringMethod, english: string) => string;
    readonly ranksFirst: (measure: string, score: string) => string;
    readonly chart: {
      readonly title: string;
      readonly description: string;
      readonly contribution: (
        measure: string,
        criterion: string,
        contribution: string,
        filled: string | undefined,
      ) => string;
      readonly caption: string;
    };
    readonly rank: string;
    readonly measure: string;
    readonly score: string;
    readonly data: string;
    readonly why: string;
    readonly filledIn: string;
    readonly missing: string;
    readonly rankedCaption: string;
    readonly incompleteCaption: (count: number) => string;
    readonly excludedCaption: (count: number) => string;
  };
  readonly stability: {
    readonly noRanking: string;
    readonly firstIn: (measure: string, share: string, samples: string, seed: string) => string;
    readonly caveat: (input: {
      readonly measure: string;
      readonly share: string;
      readonly samples: string;
      readonly expectedRank: string | undefined;
      readonly leader: { readonly measure: string; readonly share: string } | undefined;
    }) => string;
    readonly acceptability: {
      readonly title: string;
      readonly description: (samples: string) => string;
      readonly cell: (measure: string, rank: string, share: string) => string;
      /**
       * The one tooltip of the ranks a measure never took, with `share` the share 0 written out.
       * Without it, each of those cells is drawn with its own tooltip (`cell`).
       */
      readonly otherRanks?: (measure: string, share: string) => string;
      readonly legend: readonly [string, string, string];
      readonly caption: string;
      readonly firstIn: string;
      readonly expectedRank: string;
      readonly rankColumn: (rank: string) => string;
    };
    readonly leftOut: (limit: string) => string;
    readonly weights: {
      readonly title: string;
      readonly description: (top: string) => string;
      readonly interval: (
        criterion: string,
        weight: string,
        low: string,
        high: string,
        exact: boolean,
      ) => string;
      readonly caption: string;
      readonly header: readonly [string, string, string, string, string];
      readonly approximate: string;
    };
    readonly agreement: (method: string) => string;
    readonly method: string;
    readonly skipped: (method: string, reason: string) => string;
  };
  readonly needs: {
    readonly noPlan: string;
    readonly noAssessment: string;
    readonly regional: string;
    readonly otherPlaces: string;
    readonly need: (input: {
      readonly place: string;
      readonly pillar: string;
      readonly gap: string;
      readonly severity: string;
      readonly priority: string | undefined;
      readonly measures: readonly string[];
    }) => string;
    /** A need's priority in an assessment. */
    readonly priorities: { readonly low: string; readonly medium: string; readonly high: string };
    readonly chart: {
      readonly title: string;
      readonly description: (date: string) => string;
      readonly legend: (largest: string) => readonly [string, string];
      readonly caption: string;
    };
    readonly header: {
      readonly place: string;
      readonly groups: string;
      readonly pillar: string;
      readonly gap: string;
      readonly severity: string;
      readonly addressedBy: string;
      readonly priority: string;
    };
    readonly uncoveredCaption: (count: number) => string;
    readonly noOverlaps: string;
    readonly overlapsCaption: (count: number) => string;
    readonly overlapsHeader: readonly [string, string, string, string];
    readonly itemTypes: { readonly measure: string; readonly initiative: string };
  };
  readonly timeline: {
    readonly noPlan: string;
    readonly noMeasures: string;
    readonly chart: {
      readonly title: (date: string) => string;
      readonly description: string;
      readonly span: (measure: string, start: string, end: string) => string;
      readonly milestone: (milestone: string, due: string, state: string) => string;
      readonly quarter: (quarter: number) => string;
      readonly asOf: (date: string) => string;
    };
    /** A milestone's state: reached, still to come, overdue, re-forecast (in a progress report). */
    readonly states: {
      readonly done: string;
      readonly open: string;
      readonly overdue: string;
      readonly reforecast: string;
    };
    /** A milestone reached on a date a progress report gives (the date written for the language). */
    readonly doneOn: (date: string) => string;
    /** A milestone re-forecast in a progress report to a new date. */
    readonly reforecastTo: (date: string) => string;
    readonly caption: string;
    readonly header: readonly [string, string, string, string, string];
    readonly runs: (start: string, end: string) => string;
    readonly noneOverdue: (date: string) => string;
    readonly overdueCaption: (count: number, date: string) => string;
    readonly overdueHeader: readonly [string, string, string, string];
  };
  readonly monitoring: {
    readonly fromReports: (date: string) => string;
    readonly states: Readonly<Record<HealthState, string>>;
    readonly chart: {
      readonly title: string;
      readonly description: string;
      readonly bar: string;
      readonly caption: string;
      readonly header: readonly [string, string];
    };
    readonly itemsHeader: readonly [string, string, string, string];
    readonly healthCaption: string;
    readonly lenses: {
      readonly outOf: (part: number, whole: number) => string;
      readonly spent: string;
      readonly intersectoral: {
        readonly title: string;
        readonly summary: string;
        readonly joint: string;
        readonly overlaps: string;
        readonly meetings: string;
        readonly ofMeasures: string;
        readonly ofOverlaps: string;
        readonly ofExpected: string;
        readonly cadence: (cadence: string) => string;
      };
      readonly regional: {
        readonly title: string;
        readonly summary: string;
        readonly officeLed: string;
        readonly ledAndCoLed: (led: number, coLed: number) => string;
        readonly countries: string;
        readonly ofTargeted: string;
        readonly groupReached: (group: string) => string;
      };
      readonly membership: {
        readonly title: string;
        readonly summary: string;
        readonly pledges: string;
        readonly ofPledges: string;
        readonly members: string;
        readonly ofMembers: string;
      };
    };
  };
  readonly findings: {
    readonly none: string;
    readonly totals: (errors: number, warnings: number, notes: number, files: number) => string;
    readonly noFile: string;
    readonly count: (count: number) => string;
    readonly header: readonly [string, string, string, string];
    readonly severities: Readonly<Record<Severity, string>>;
  };
  /** What a score means, for the method that gave it, given the score written for the language. */
  readonly scoreInWords: Readonly<
    Record<ScoringMethod, (score: string, percent: string) => string>
  >;
}

/**
 * The words of a built-in language: a {@link ReportWording} with its optional texts too, so that a
 * text added to the English words and missing from another language fails the type check.
 */
export type CompleteReportWording = ReportWording & {
  readonly stability: {
    readonly acceptability: {
      readonly otherRanks: NonNullable<ReportWording['stability']['acceptability']['otherRanks']>;
    };
  };
};
