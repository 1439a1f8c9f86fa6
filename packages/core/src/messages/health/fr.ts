import type { HealthFormat, HealthSignalParams, HealthWording } from './health-wording.js';

const spend = ({ spent, elapsed }: HealthSignalParams['overspent'], f: HealthFormat): string =>
  `${f.percent(spent)} du budget dépensé, ${f.percent(elapsed)} du temps écoulé`;

/**
 * The words of plan health in French.
 *
 * @example
 * ```ts
 * frenchHealth.states.late;
 * //=> 'en retard'
 * ```
 */
export const frenchHealth: HealthWording = {
  states: {
    'not-started': 'pas commencée',
    'on-track': 'dans les temps',
    'at-risk': 'à risque',
    late: 'en retard',
    completed: 'achevée',
    cancelled: 'annulée',
  },
  signals: {
    'past-end': 'échéance dépassée',
    'milestone-overdue': 'jalon en retard',
    'forecast-beyond-end': 'prévision au-delà de la fin',
    suspended: 'suspendue',
    'not-started': 'pas commencée',
    'milestone-slipped': 'jalon reporté',
    overspent: 'budget dépassé',
    'spend-ahead': 'dépenses en avance',
    'spend-behind': 'dépenses en retard',
    'indicator-behind': 'indicateur en retard',
    'high-risk': 'risque élevé',
  },
  details: {
    'past-end': ({ end }, f) => `terminée le ${f.date(end)}`,
    'milestone-overdue': ({ due, forecast }, f) =>
      forecast === undefined ? `prévu le ${f.date(due)}` : `reprévu au ${f.date(forecast)}`,
    'forecast-beyond-end': ({ forecast, end }, f) =>
      `reprévu au ${f.date(forecast)}, après la fin le ${f.date(end)}`,
    suspended: () => 'suspendue',
    'not-started': ({ start }, f) => `début prévu le ${f.date(start)}`,
    'milestone-slipped': ({ due, forecast }, f) =>
      `prévu le ${f.date(due)}, reprévu au ${f.date(forecast)}`,
    overspent: spend,
    'spend-ahead': spend,
    'spend-behind': spend,
    'indicator-behind': ({ actual, date, expected }, f) =>
      `${f.number(actual)} le ${f.date(date)}, ${f.number(Math.round(expected))} attendus`,
    'high-risk': ({ risk }) => risk,
  },
};
