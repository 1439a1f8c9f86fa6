import type { HealthFormat, HealthSignalParams, HealthWording } from './health-wording.js';

const spend = ({ spent, elapsed }: HealthSignalParams['overspent'], f: HealthFormat): string =>
  `${f.percent(spent)} del presupuesto gastado, ${f.percent(elapsed)} del plazo transcurrido`;

/**
 * The words of plan health in Spanish.
 *
 * @example
 * ```ts
 * spanishHealth.states.late;
 * //=> 'retrasada'
 * ```
 */
export const spanishHealth: HealthWording = {
  states: {
    'not-started': 'no iniciada',
    'on-track': 'en plazo',
    'at-risk': 'en riesgo',
    late: 'retrasada',
    completed: 'terminada',
    cancelled: 'cancelada',
  },
  signals: {
    'past-end': 'fin superado',
    'milestone-overdue': 'hito vencido',
    'forecast-beyond-end': 'previsión después del fin',
    suspended: 'suspendida',
    'not-started': 'no iniciada',
    'milestone-slipped': 'hito aplazado',
    overspent: 'presupuesto superado',
    'spend-ahead': 'gasto adelantado',
    'spend-behind': 'gasto atrasado',
    'indicator-behind': 'indicador atrasado',
    'high-risk': 'riesgo alto',
  },
  details: {
    'past-end': ({ end }, f) => `terminó el ${f.date(end)}`,
    'milestone-overdue': ({ due, forecast }, f) =>
      forecast === undefined ? `vence el ${f.date(due)}` : `nueva previsión: ${f.date(forecast)}`,
    'forecast-beyond-end': ({ forecast, end }, f) =>
      `nueva previsión: ${f.date(forecast)}, después del fin el ${f.date(end)}`,
    suspended: () => 'suspendida',
    'not-started': ({ start }, f) => `inicio previsto el ${f.date(start)}`,
    'milestone-slipped': ({ due, forecast }, f) =>
      `vence el ${f.date(due)}, nueva previsión: ${f.date(forecast)}`,
    overspent: spend,
    'spend-ahead': spend,
    'spend-behind': spend,
    'indicator-behind': ({ actual, date, expected }, f) =>
      `${f.number(actual)} el ${f.date(date)}, ${f.number(Math.round(expected))} esperados`,
    'high-risk': ({ risk }) => risk,
  },
};
