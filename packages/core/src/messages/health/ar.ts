import type { HealthFormat, HealthSignalParams, HealthWording } from './health-wording.js';

const spend = ({ spent, elapsed }: HealthSignalParams['overspent'], f: HealthFormat): string =>
  `أُنفق ${f.percent(spent)} من الميزانية، ومضى ${f.percent(elapsed)} من المدة`;

/**
 * The words of plan health in Arabic.
 *
 * @example
 * ```ts
 * arabicHealth.states.late;
 * //=> 'متأخر'
 * ```
 */
export const arabicHealth: HealthWording = {
  states: {
    'not-started': 'لم يبدأ',
    'on-track': 'في الموعد',
    'at-risk': 'معرّض للخطر',
    late: 'متأخر',
    completed: 'منجز',
    cancelled: 'ملغى',
  },
  signals: {
    'past-end': 'تجاوز موعد الانتهاء',
    'milestone-overdue': 'معلم متأخر',
    'forecast-beyond-end': 'توقع بعد الانتهاء',
    suspended: 'معلّق',
    'not-started': 'لم يبدأ',
    'milestone-slipped': 'معلم مؤجل',
    overspent: 'تجاوز الميزانية',
    'spend-ahead': 'إنفاق متقدم',
    'spend-behind': 'إنفاق متأخر',
    'indicator-behind': 'مؤشر متأخر',
    'high-risk': 'خطر مرتفع',
  },
  details: {
    'past-end': ({ end }, f) => `انتهى في ${f.date(end)}`,
    'milestone-overdue': ({ due, forecast }, f) =>
      forecast === undefined ? `موعده ${f.date(due)}` : `أُعيد توقعه إلى ${f.date(forecast)}`,
    'forecast-beyond-end': ({ forecast, end }, f) =>
      `أُعيد توقعه إلى ${f.date(forecast)}، بعد الانتهاء في ${f.date(end)}`,
    suspended: () => 'معلّق',
    'not-started': ({ start }, f) => `كان مقررًا أن يبدأ في ${f.date(start)}`,
    'milestone-slipped': ({ due, forecast }, f) =>
      `موعده ${f.date(due)}، وأُعيد توقعه إلى ${f.date(forecast)}`,
    overspent: spend,
    'spend-ahead': spend,
    'spend-behind': spend,
    'indicator-behind': ({ actual, date, expected }, f) =>
      `${f.number(actual)} في ${f.date(date)}، والمتوقع ${f.number(Math.round(expected))}`,
    'high-risk': ({ risk }) => risk,
  },
};
