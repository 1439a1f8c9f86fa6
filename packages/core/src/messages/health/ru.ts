import type { HealthFormat, HealthSignalParams, HealthWording } from './health-wording.js';

const spend = ({ spent, elapsed }: HealthSignalParams['overspent'], f: HealthFormat): string =>
  `израсходовано ${f.percent(spent)} бюджета, прошло ${f.percent(elapsed)} срока`;

/**
 * The words of plan health in Russian.
 *
 * @example
 * ```ts
 * russianHealth.states.late;
 * //=> 'с опозданием'
 * ```
 */
export const russianHealth: HealthWording = {
  states: {
    'not-started': 'не начата',
    'on-track': 'по плану',
    'at-risk': 'под угрозой',
    late: 'с опозданием',
    completed: 'завершена',
    cancelled: 'отменена',
  },
  signals: {
    'past-end': 'срок истёк',
    'milestone-overdue': 'этап просрочен',
    'forecast-beyond-end': 'прогноз после окончания',
    suspended: 'приостановлена',
    'not-started': 'не начата',
    'milestone-slipped': 'этап перенесён',
    overspent: 'перерасход',
    'spend-ahead': 'расходы опережают',
    'spend-behind': 'расходы отстают',
    'indicator-behind': 'показатель отстаёт',
    'high-risk': 'высокий риск',
  },
  details: {
    'past-end': ({ end }, f) => `окончена ${f.date(end)}`,
    'milestone-overdue': ({ due, forecast }, f) =>
      forecast === undefined ? `срок ${f.date(due)}` : `перенесён на ${f.date(forecast)}`,
    'forecast-beyond-end': ({ forecast, end }, f) =>
      `перенесён на ${f.date(forecast)}, после окончания ${f.date(end)}`,
    suspended: () => 'приостановлена',
    'not-started': ({ start }, f) => `начало запланировано на ${f.date(start)}`,
    'milestone-slipped': ({ due, forecast }, f) =>
      `срок ${f.date(due)}, перенесён на ${f.date(forecast)}`,
    overspent: spend,
    'spend-ahead': spend,
    'spend-behind': spend,
    'indicator-behind': ({ actual, date, expected }, f) =>
      `${f.number(actual)} на ${f.date(date)}, ожидалось ${f.number(Math.round(expected))}`,
    'high-risk': ({ risk }) => risk,
  },
};
