import type { Pillar } from '@itu-aicb/core';
import { zh as core } from '@itu-aicb/core/locales/zh';
import type { PrioritizeWording } from './prioritize-wording.js';
import { missingRewriter, numberIn } from './shared.js';

const n = numberIn('zh');
const pillars = (names: readonly Pillar[]): string =>
  new Intl.ListFormat('zh', { type: 'conjunction' }).format(
    names.map((pillar) => core.terms.pillars[pillar]),
  );
const on = (date: string | undefined): string => `截至 ${date ?? '基准日'} `;

/**
 * The Chinese words of a prioritisation.
 *
 * @example
 * ```ts
 * chinesePrioritizeWording.criteria.risk;
 * //=> '风险'
 * ```
 */
export const chinesePrioritizeWording: PrioritizeWording = {
  criteria: {
    'need-severity': '所满足需求的严重程度',
    'vulnerable-reach': '对最不发达国家、内陆发展中国家和小岛屿发展中国家的覆盖',
    'cost-per-beneficiary': '人均受益成本',
    'initiative-leverage': '对现有举措的利用',
    'co-financing': '已落实的联合供资',
    coordination: '跨部门协调',
    alignment: '与授权和可持续发展目标具体目标的契合度',
    feasibility: '可行性',
    risk: '风险',
    'time-to-results': '取得首批成果所需时间',
  },
  phrases: {
    'need-severity': ({ facts, strong, extreme }) => {
      const gaps = (facts.gaps ?? []).filter((g) => g.gap > 0);
      const places = new Set(gaps.map((g) => g.place)).size;
      const fragile = new Set(gaps.filter((g) => g.vulnerable).map((g) => g.place)).size;
      if (!strong) return `所满足的已评估需求${extreme ? '最小' : '较小'}`;
      return `满足 ${n(places, 0)} 个国家${extreme ? '最大' : '较大'}的${pillars([...new Set(gaps.map((g) => g.pillar))])}差距${fragile > 0 ? `，其中 ${n(fragile, 0)} 个${on(facts.asOf)}为最不发达国家、内陆发展中国家或小岛屿发展中国家` : ''}`;
    },
    'vulnerable-reach': ({ value, strong, facts }) => {
      const uncertain = facts.uncertainCountries?.length ?? 0;
      const doubt = uncertain > 0 ? `（其中 ${n(uncertain, 0)} 个尚不确定）` : '';
      return strong
        ? `${on(facts.asOf)}覆盖 ${n(value, 0)} 个最不发达国家、内陆发展中国家或小岛屿发展中国家${doubt}`
        : value === 0
          ? `${on(facts.asOf)}未覆盖任何最不发达国家、内陆发展中国家或小岛屿发展中国家`
          : `${on(facts.asOf)}仅覆盖 ${n(value, 0)} 个最不发达国家、内陆发展中国家或小岛屿发展中国家${doubt}`;
    },
    'cost-per-beneficiary': ({ value, facts, strong, extreme }) => {
      const cost = `${facts.currency ?? ''} ${n(value, 0)}`.trim();
      return strong
        ? `人均受益成本${extreme ? '最低' : '较低'}（${cost}）`
        : `人均受益成本${extreme ? '最高' : '较高'}（${cost}）`;
    },
    'initiative-leverage': ({ value, strong }) =>
      strong
        ? `以 ${n(value, 0)} 项现有举措为基础`
        : value === 0
          ? '未以任何现有举措为基础'
          : `仅以 ${n(value, 0)} 项现有举措为基础`,
    'co-financing': ({ value, strong, extreme }) =>
      strong
        ? `已落实 ${n(value * 100, 0)}% 的联合供资`
        : `联合供资${extreme ? '最少' : '较少'}（已落实 ${n(value * 100, 0)}%）`,
    coordination: ({ value, strong }) =>
      strong
        ? `有 ${n(value, 0)} 个国际电联局和办事处参与`
        : `参与的国际电联局和办事处较少（${n(value, 0)} 个）`,
    alignment: ({ value, strong }) =>
      strong
        ? `回应 ${n(value, 0)} 项授权和可持续发展目标具体目标`
        : `与授权和可持续发展目标具体目标的契合度较低（${n(value, 0)} 项）`,
    feasibility: ({ value, strong, extreme }) =>
      `可行性${strong ? (extreme ? '最高' : '高') : extreme ? '最低' : '较低'}（${n(value)}/5）`,
    risk: ({ value, strong, extreme }) =>
      `风险${strong ? (extreme ? '最低' : '低') : extreme ? '最高' : '高'}（${n(value)}/5）`,
    'time-to-results': ({ value, strong, extreme }) =>
      `首批成果${strong ? (extreme ? '最快' : '较快') : extreme ? '最慢' : '较慢'}（${n(value)} 个月）`,
  },
  ownCriterion: ({ label, value, strong }) =>
    `${label}方面${strong ? '较强' : '较弱'}（${n(value, 2)}）`,
  unknown: ({ label, why, filled }) =>
    `${label}（${why}；按${filled === 'worst' ? '最差值' : '中位数'}计）`,
  missing: missingRewriter([
    [/^no budget$/, '无预算'],
    [/^no estimate of beneficiaries$/, '无受益人数估计'],
    [/^no exchange rate from (\S+) to (.+)$/, '无 $1 兑 $2 的汇率'],
    [/^no estimates\.(.+)$/, '无 estimates.$1'],
    [/^no value at (.+)$/, '$1 处无值'],
    [/^no assessment covers its countries and pillars$/, '没有评估覆盖其国家和支柱'],
    [
      /^no target countries or regions, and not marked global$/,
      '没有目标国家或区域，也未标记为全球性',
    ],
    [/^missing$/, '缺失'],
  ]),
  reason: ({ rank, total, strengths, weaknesses, unknown }) => {
    const head = `在 ${total} 项中排名第 ${rank}。优势：${strengths.length === 0 ? '无突出之处' : strengths.join('；')}；劣势：${weaknesses.length === 0 ? '无突出之处' : weaknesses.join('；')}`;
    return unknown.length === 0 ? `${head}。` : `${head}；未知：${unknown.join('；')}。`;
  },
  notes: {
    asOf: ({ date, source, uncertain }) =>
      `最不发达国家、内陆发展中国家和小岛屿发展中国家的身份按 ${date}（${source === 'option' ? '所要求的日期' : '计划期开始日期'}）确定。${
        uncertain.length === 0
          ? ''
          : `以下国家在该日期的身份尚不确定，因在作出决定前不假定其已毕业，仍计为成员：${uncertain.join('；')}。`
      }`,
    incomplete: (count, minimumShare) =>
      `有 ${n(count, 0)} 项措施已测量的准则少于 ${n(minimumShare * 100, 1)}%，因数据不足以排序而单独列出。`,
    constant: (labels) =>
      `所有措施在 ${labels.join('、')} 上的值相同；VIKOR 在计算 S 和 R 时不考虑${labels.length === 1 ? '该准则' : '这些准则'}。`,
    inconsistent: (ratio, limit) =>
      `AHP 判断不一致：CR = ${n(ratio, 3)}，高于 ${n(limit, 3)}；请复查。`,
    noValue: (label) => `没有任何措施在 ${label} 上有值；该准则无法改变排序。`,
    filled: (count, fill) =>
      `${n(count, 0)} 个缺失值已用${fill === 'worst' ? '其他措施的最差值' : '其他措施的中位数'}填补；每个都已标注。`,
    noRate: (currency, to, measures) =>
      `评分方案没有给出 ${currency} 兑 ${to} 的汇率，因此 ${n(measures, 0)} 项以 ${currency} 编制预算的措施缺少人均受益成本；请在 \`currency.rates\` 中添加该汇率。`,
    spotisBounds: (labels) =>
      `${labels.join('、')} 的 SPOTIS 边界取自各措施的取值范围，因此增加措施可能改变边界。`,
  },
  scoreMeaning: {
    'weighted-sum': `得分是归一化值的加权和：越高越好，两个得分之差即加权价值之差。得分只在本次计算的措施之间可比。`,
    'weighted-product': `得分是各值以其权重为指数的乘积：越高越好，两个得分之比用于比较措施。得分只在本次计算的措施之间可比。`,
    topsis: `得分是与理想措施的贴近度，介于 0（每项标准都最差）与 1（每项标准都最好）之间：越高越好。得分只在本次计算的措施之间可比。`,
    vikor: `得分 Q 综合加权总遗憾与单项最大遗憾，介于 0 与 1 之间：越低越好，0 为最佳折中。得分只在本次计算的措施之间可比。`,
    'promethee-ii': `得分是净级别高于流量，介于 -1 与 1 之间：一项措施优于其他措施的程度减去其他措施优于它的程度；越高越好。得分只在本次计算的措施之间可比。`,
    copras: `得分是相对于最佳措施的效用百分比（最佳为 100）：越高越好。得分只在本次计算的措施之间可比。`,
    spotis: `得分是到由各标准上下限确定的理想点的加权距离，介于 0 与 1 之间：越低越好，0 为理想。得分只在本次计算的措施之间可比。`,
  },
};
