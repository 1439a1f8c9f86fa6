import { listIn, pluralIn, reportFormats } from './formats.js';
import type { CompleteReportWording } from './report-wording.js';

const f = reportFormats('en');
const plural = pluralIn('en');
/** `1 measure`, `3 measures`. */
const count = (value: number, singular: string, many = `${singular}s`): string =>
  `${f.number(value)} ${plural(value, { one: singular, other: many })}`;

/**
 * The English words of the report, the reference for the other languages.
 *
 * @example
 * ```ts
 * englishReportWording.sections.needs;
 * //=> 'Needs and coverage'
 * ```
 */
export const englishReportWording: CompleteReportWording = {
  sections: {
    'at-a-glance': 'The plan at a glance',
    priorities: 'Priorities',
    stability: 'How sure the ranking is',
    needs: 'Needs and coverage',
    timeline: 'Timeline',
    monitoring: 'Plan health and monitoring',
    findings: 'Findings of validation',
  },
  page: {
    untitled: 'Plan report',
    windowTitle: (title) => `Report: ${title}`,
    asOf: (date) => `As of ${date}`,
    plan: 'plan',
    navigation: 'Sections',
    otherLanguages: 'The title in other languages',
    inEnglish: '(in English)',
    chartTable: 'The numbers of this chart as a table',
    noPlanToRank: 'There is no valid work plan to rank.',
    cannotRank: (reason, code) => `The measures cannot be ranked: ${reason} [${code}]`,
  },
  common: {
    measures: (n) => count(n, 'measure'),
    none: 'none',
    yes: 'yes',
    groups: { ldc: 'LDC', lldc: 'LLDC', sids: 'SIDS' },
    filled: { worst: 'worst', median: 'median' },
    list: listIn('en'),
    methods: {
      'weighted-sum': 'weighted sum',
      'weighted-product': 'weighted product',
      topsis: 'TOPSIS',
      vikor: 'VIKOR',
      'promethee-ii': 'PROMETHEE II',
      copras: 'COPRAS',
      spotis: 'SPOTIS',
    },
  },
  atAGlance: {
    noPlan: 'There is no valid work plan to summarise.',
    counts: (objectives, measures, withoutBudget) =>
      `${count(objectives, 'objective')}, ${count(measures, 'measure')}, ${f.number(withoutBudget)} without a budget`,
    period: (start, end, status) => `Period ${start} to ${end}; status ${status}`,
    budget: (amount, secured, share) => `Budget ${amount}, of which ${secured} secured (${share})`,
    noBudget: 'No measure has a budget yet.',
    office: {
      regional: (city) => `Regional office in ${city}`,
      area: (city) => `Area office in ${city}`,
    },
    global: 'Global (no target region)',
    owner: 'Owner:',
    objectives: { caption: 'Objectives', header: ['Objective', 'Title', 'Measures', 'Pillars'] },
    byLead: 'Measures by lead bureau or office',
    byRegion: 'Measures by target region',
    byPillar: 'Measures by pillar',
    groupDescription:
      'Bars count the measures of each group; a measure in two groups counts in both.',
    groupHeader: ['Group', 'Measures', 'Without budget', 'Budget (secured)'],
    moneyWithSecured: (amount, secured) => `${amount} (secured ${secured})`,
    budgetChart: {
      title: 'Budget and secured funds by currency',
      description:
        'Each bar is the whole budget in one currency (its amount after the bar): the dark part is the share secured, the pale part the share still to find. Amounts in different currencies are never added together.',
      secured: (currency, amount, share) => `${currency} secured: ${amount} (${share})`,
      toFind: (currency, amount) => `${currency} still to find: ${amount}`,
      legend: ['Secured', 'Still to find'],
      caption: 'Budget by currency',
      header: ['Currency', 'Budget', 'Secured', 'Share secured'],
    },
  },
  priorities: {
    rankedBy: (method, profile, better) =>
      `The measures are ranked by ${method} with the scoring profile ${profile}: a ${better} score is better.`,
    weights: (list) => `The criteria weigh, from heaviest: ${list}.`,
    scoreMeaning: (_method, english) => english,
    ranksFirst: (measure, score) => `${measure} ranks first with a score of ${score}.`,
    chart: {
      title: 'Score of each measure, split by criterion',
      description:
        'Each bar is a measure, in rank order, split into what each criterion contributes to its score (a negative contribution is drawn left of zero); the number after the bar is the score.',
      contribution: (measure, criterion, contribution, filled) =>
        `${measure}, ${criterion}: contribution ${contribution}${filled === undefined ? '' : ` (value filled in: ${filled})`}`,
      caption: 'Contribution of each criterion to each score',
    },
    rank: 'Rank',
    measure: 'Measure',
    score: 'Score',
    data: 'Data',
    why: 'Why',
    filledIn: 'Filled in',
    missing: 'Missing',
    rankedCaption: 'Ranked measures, why they rank so, and the values filled in for missing data',
    incompleteCaption: (n) => `Not enough data to rank (${f.number(n)})`,
    excludedCaption: (n) => `Excluded (${f.number(n)})`,
  },
  stability: {
    noRanking: 'Without a ranking there is nothing to test.',
    firstIn: (measure, share, samples, seed) =>
      `${measure} is first in ${share} of ${samples} random weightings (seed ${seed}).`,
    caveat: ({ measure, share, samples, expectedRank, leader }) =>
      `Caution: ${measure} ranks first with these weights, but it is first in only ${share} of ${samples} random weightings` +
      `${expectedRank === undefined ? '' : ` (expected rank ${expectedRank})`}.` +
      (leader === undefined ? '' : ` ${leader.measure} is first most often (${leader.share}).`) +
      ' The top of the order depends on the weights: agree on them, or compare the leading measures on their merits, before relying on it.',
    acceptability: {
      title: 'How often each measure takes each rank',
      description: (samples) =>
        `Each row is a measure in rank order; each column a rank position. A cell's shade and number give the share, in percent, of ${samples} random weightings in which the measure took that rank (darker is more often).`,
      cell: (measure, rank, share) => `${measure} at rank ${rank}: ${share} of draws`,
      otherRanks: (measure, share) => `${measure} at the other ranks: ${share} of draws`,
      legend: ['rarely', 'often', 'most often'],
      caption: 'Rank acceptability',
      firstIn: 'First in',
      expectedRank: 'Expected rank',
      rankColumn: (rank) => `Rank ${rank}`,
    },
    leftOut: (limit) =>
      `The weight-stability intervals and the agreement between methods are left out for plans of more than ${limit} ranked measures; aicb prioritize --sensitivity computes them.`,
    weights: {
      title: 'How far each weight can move before the top of the order changes',
      description: (top) =>
        `The dot is the weight; the bar is the range within which it can move (the others rescaled) while ${top} keep their order at the top.`,
      interval: (criterion, weight, low, high, exact) =>
        `${criterion}: weight ${weight}, holds from ${low} to ${high}${exact ? '' : ' (approximate)'}`,
      caption: 'Weight stability intervals',
      header: ['Criterion', 'Weight', 'Lowest', 'Highest', 'Exact'],
      approximate: 'approximate',
    },
    agreement: (method) => `Agreement of other methods with ${method} (1 is the same order)`,
    method: 'Method',
    skipped: (method, reason) => `${method} left out: ${reason}`,
  },
  needs: {
    noPlan: 'Needs and coverage need a valid work plan.',
    noAssessment: 'No needs assessment was given.',
    regional: 'Regional assessments',
    otherPlaces: 'Other places',
    need: ({ place, pillar, gap, severity, priority, measures }) =>
      `${place}, ${pillar}: gap ${gap}, severity ${severity}${priority === undefined ? '' : `, ${priority} priority`}; ${measures.length === 0 ? 'no measure addresses it' : `addressed by ${measures.join(', ')}`}`,
    priorities: { low: 'low', medium: 'medium', high: 'high' },
    chart: {
      title: 'Assessed gaps by country and pillar, and whether a measure addresses them',
      description: (date) =>
        `Rows are the assessed countries by region, marked LDC, LLDC or SIDS on ${date}; columns are the pillars. Shade and number give the gap (target minus current level, on the 0 to 5 scale; the darkest shade is the largest gap assessed); a check mark means a measure addresses the need, a dashed outline that none does; an empty cell was not assessed.`,
      legend: (largest) => ['small gap', `largest gap (${largest})`],
      caption: 'Assessed needs',
    },
    header: {
      place: 'Place',
      groups: 'Groups',
      pillar: 'Pillar',
      gap: 'Gap',
      severity: 'Severity',
      addressedBy: 'Addressed by',
      priority: 'Priority',
    },
    uncoveredCaption: (n) =>
      `Assessed needs no measure addresses (${f.number(n)}), most severe first`,
    noOverlaps: 'No two bureaus serve the same pillar and region.',
    overlapsCaption: (n) =>
      `Overlaps between bureaus (${f.number(n)}): measures or initiatives of different bureaus serving the same pillar and region`,
    overlapsHeader: ['Pillar', 'Region', 'Bureaus', 'Measures and initiatives'],
    itemTypes: { measure: 'measure', initiative: 'initiative' },
  },
  timeline: {
    noPlan: 'The timeline needs a valid work plan.',
    noMeasures: 'The plan has no measures yet.',
    chart: {
      title: (date) => `Measures and milestones over time, as of ${date}`,
      description:
        'Each bar runs from the start to the end of a measure. A filled diamond is a milestone reached, an empty diamond one still to come, a cross one overdue; the dashed line is the as-of date. A circle is a milestone re-forecast, drawn at its new date.',
      span: (measure, start, end) => `${measure}: ${start} to ${end}`,
      milestone: (milestone, due, state) => `${milestone}, due ${due}: ${state}`,
      quarter: (quarter) => `Q${quarter}`,
      asOf: (date) => `as of ${date}`,
    },
    states: { done: 'done', open: 'open', overdue: 'overdue', reforecast: 're-forecast' },
    doneOn: (date) => `done on ${date}`,
    reforecastTo: (date) => `re-forecast to ${date}`,
    caption: 'Milestones',
    header: ['Measure', 'Runs', 'Milestone', 'Due', 'State'],
    runs: (start, end) => `${start} to ${end}`,
    noneOverdue: (date) => `No milestone is overdue on ${date}.`,
    overdueCaption: (n, date) =>
      `Overdue milestones on ${date} (${f.number(n)}), most overdue first`,
    overdueHeader: ['Milestone', 'Measure', 'Due', 'Days late'],
  },
  monitoring: {
    fromReports: (date) => `From the progress reports as of ${date}.`,
    states: {
      'not-started': 'Not started',
      'on-track': 'On track',
      'at-risk': 'At risk',
      late: 'Late',
      completed: 'Completed',
      cancelled: 'Cancelled',
    },
    chart: {
      title: 'Plan health',
      description: 'How many measures stand in each state, from the latest progress reports.',
      bar: 'Measures',
      caption: 'Measures in each state',
      header: ['State', 'Measures'],
    },
    itemsHeader: ['About', 'State', 'Value', 'Note'],
    healthCaption: 'Health of each measure',
    lenses: {
      outOf: (part, whole) => `${f.number(part)} of ${f.number(whole)}`,
      spent: 'of budget spent',
      intersectoral: {
        title: 'Intersectoral coordination',
        summary:
          'Measures run by more than one of GS, BR, TSB and BDT, overlaps between bureaus covered by a joint measure, and meetings of the communication group held.',
        joint: 'Joint measures',
        overlaps: 'Overlaps covered',
        meetings: 'Meetings held',
        ofMeasures: 'of measures',
        ofOverlaps: 'of overlaps',
        ofExpected: 'of expected',
        cadence: (cadence) => `cadence ${cadence}`,
      },
      regional: {
        title: 'Regional empowerment',
        summary:
          'Measures led or co-led by regional and area offices, and the target countries reached, LDCs, LLDCs and SIDS among them.',
        officeLed: 'Office-led or co-led',
        ledAndCoLed: (led, coLed) => `${f.number(led)} led, ${f.number(coLed)} co-led`,
        countries: 'Target countries reached',
        ofTargeted: 'of targeted',
        groupReached: (group) => `${group} reached`,
      },
      membership: {
        title: 'Membership engagement',
        summary:
          "Members' pledges of the plan's arrangements delivered, and the members delivering.",
        pledges: 'Pledges delivered',
        ofPledges: 'of pledges',
        members: 'Members delivering',
        ofMembers: 'of pledging members',
      },
    },
  },
  findings: {
    none: 'No findings: every file is valid.',
    totals: (errors, warnings, notes, files) =>
      `${count(errors, 'error')}, ${count(warnings, 'warning')} and ${count(notes, 'note')} in ${count(files, 'file')}.`,
    noFile: '(no file)',
    count: (n) => count(n, 'finding'),
    header: ['Line:column', 'Severity', 'Code', 'Message'],
    severities: { error: 'error', warning: 'warning', info: 'info' },
  },
  scoreInWords: {
    topsis: (score, percent) =>
      `A score of ${score} means the measure stands ${percent} of the way from a measure with the worst value of these measures on every criterion (0) to one with the best value on every criterion (1); higher is better.`,
    'weighted-sum': (score) =>
      `A score of ${score} is the measure's weighted sum of normalised values: a measure best on every criterion would score near 1, and the difference between two scores is their difference in weighted value; higher is better.`,
    'weighted-product': (score) =>
      `A score of ${score} is the product of the measure's values raised to their weights: only ratios between scores mean something (a score twice as high is twice as good on this scale); higher is better.`,
    vikor: (score) =>
      `A score (Q) of ${score} places the measure between the best compromise of these measures (0) and the worst (1), combining its total weighted shortfall and its largest single shortfall; lower is better.`,
    'promethee-ii': (score) =>
      `A net flow of ${score} says how much the measure is preferred to the others minus how much they are preferred to it, from -1 (every other measure preferred on every criterion) to 1; higher is better.`,
    copras: (score) =>
      `A score of ${score} is the measure's utility in percent of the best measure's (100); higher is better.`,
    spotis: (score) =>
      `A score of ${score} is the measure's weighted distance from the ideal point set by the criteria's bounds, from 0 (the ideal on every criterion) to 1; lower is better.`,
  },
};
