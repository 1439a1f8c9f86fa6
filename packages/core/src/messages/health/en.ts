import type { HealthFormat, HealthSignalParams, HealthWording } from './health-wording.js';

const spend = ({ spent, elapsed }: HealthSignalParams['overspent'], f: HealthFormat): string =>
  `${f.percent(spent)} of the budget spent, ${f.percent(elapsed)} of the time elapsed`;

/**
 * The words of plan health in English: the reference other languages translate.
 *
 * @example
 * ```ts
 * englishHealth.details['milestone-overdue']({ due: '2026-11-30' }, healthFormat('en'));
 * //=> 'due 2026-11-30'
 * ```
 */
export const englishHealth: HealthWording = {
  states: {
    'not-started': 'not started',
    'on-track': 'on track',
    'at-risk': 'at risk',
    late: 'late',
    completed: 'completed',
    cancelled: 'cancelled',
  },
  signals: {
    'past-end': 'past its end',
    'milestone-overdue': 'milestone overdue',
    'forecast-beyond-end': 'forecast beyond the end',
    suspended: 'suspended',
    'not-started': 'not started',
    'milestone-slipped': 'milestone slipped',
    overspent: 'overspent',
    'spend-ahead': 'spending ahead',
    'spend-behind': 'spending behind',
    'indicator-behind': 'indicator behind',
    'high-risk': 'high risk',
  },
  details: {
    'past-end': ({ end }, f) => `ended ${f.date(end)}`,
    'milestone-overdue': ({ due, forecast }, f) =>
      forecast === undefined ? `due ${f.date(due)}` : `re-forecast to ${f.date(forecast)}`,
    'forecast-beyond-end': ({ forecast, end }, f) =>
      `re-forecast to ${f.date(forecast)}, after the end on ${f.date(end)}`,
    suspended: () => 'suspended',
    'not-started': ({ start }, f) => `planned to start ${f.date(start)}`,
    'milestone-slipped': ({ due, forecast }, f) =>
      `due ${f.date(due)}, re-forecast to ${f.date(forecast)}`,
    overspent: spend,
    'spend-ahead': spend,
    'spend-behind': spend,
    'indicator-behind': ({ actual, date, expected }, f) =>
      `${f.number(actual)} on ${f.date(date)}, ${f.number(Math.round(expected))} expected`,
    'high-risk': ({ risk }) => risk,
  },
};
