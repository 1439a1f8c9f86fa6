import type { HealthFormat, HealthSignalParams, HealthWording } from './health-wording.js';

const spend = ({ spent, elapsed }: HealthSignalParams['overspent'], f: HealthFormat): string =>
  `已支出预算的 ${f.percent(spent)}，已过时间的 ${f.percent(elapsed)}`;

/**
 * The words of plan health in Chinese.
 *
 * @example
 * ```ts
 * chineseHealth.states.late;
 * //=> '延误'
 * ```
 */
export const chineseHealth: HealthWording = {
  states: {
    'not-started': '未开始',
    'on-track': '按计划',
    'at-risk': '有风险',
    late: '延误',
    completed: '已完成',
    cancelled: '已取消',
  },
  signals: {
    'past-end': '已过结束日期',
    'milestone-overdue': '里程碑逾期',
    'forecast-beyond-end': '预测晚于结束日期',
    suspended: '已暂停',
    'not-started': '未开始',
    'milestone-slipped': '里程碑推迟',
    overspent: '超支',
    'spend-ahead': '支出超前',
    'spend-behind': '支出滞后',
    'indicator-behind': '指标滞后',
    'high-risk': '高风险',
  },
  details: {
    'past-end': ({ end }, f) => `已于 ${f.date(end)} 结束`,
    'milestone-overdue': ({ due, forecast }, f) =>
      forecast === undefined ? `应于 ${f.date(due)} 完成` : `重新预测为 ${f.date(forecast)}`,
    'forecast-beyond-end': ({ forecast, end }, f) =>
      `重新预测为 ${f.date(forecast)}，晚于 ${f.date(end)} 的结束日期`,
    suspended: () => '已暂停',
    'not-started': ({ start }, f) => `计划于 ${f.date(start)} 开始`,
    'milestone-slipped': ({ due, forecast }, f) =>
      `应于 ${f.date(due)} 完成，重新预测为 ${f.date(forecast)}`,
    overspent: spend,
    'spend-ahead': spend,
    'spend-behind': spend,
    'indicator-behind': ({ actual, date, expected }, f) =>
      `${f.date(date)} 为 ${f.number(actual)}，预期 ${f.number(Math.round(expected))}`,
    'high-risk': ({ risk }) => risk,
  },
};
