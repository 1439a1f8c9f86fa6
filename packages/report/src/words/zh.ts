import { listIn, reportFormats } from './formats.js';
import type { CompleteReportWording } from './report-wording.js';

const f = reportFormats('zh');

/**
 * The Chinese (simplified) words of the report.
 *
 * @example
 * ```ts
 * chineseReportWording.sections.needs;
 * //=> '需求与覆盖'
 * ```
 */
export const chineseReportWording: CompleteReportWording = {
  sections: {
    'at-a-glance': '计划概览',
    priorities: '优先事项',
    stability: '排序的可靠程度',
    needs: '需求与覆盖',
    timeline: '时间表',
    monitoring: '计划状况与监测',
    findings: '验证结果',
  },
  page: {
    untitled: '计划报告',
    windowTitle: (title) => `报告：${title}`,
    asOf: (date) => `截至${date}`,
    plan: '计划',
    navigation: '各节',
    otherLanguages: '标题的其他语文版本',
    inEnglish: '（英文）',
    chartTable: '以表格列出本图的数字',
    noPlanToRank: '没有可排序的有效工作计划。',
    cannotRank: (reason, code) => `无法对措施排序：${reason} [${code}]`,
  },
  common: {
    measures: (n) => `${f.number(n)}项措施`,
    none: '无',
    yes: '是',
    groups: { ldc: 'LDC', lldc: 'LLDC', sids: 'SIDS' },
    filled: { worst: '最差值', median: '中位数' },
    list: listIn('zh'),
    methods: {
      'weighted-sum': '加权和',
      'weighted-product': '加权积',
      topsis: 'TOPSIS',
      vikor: 'VIKOR',
      'promethee-ii': 'PROMETHEE II',
      copras: 'COPRAS',
      spotis: 'SPOTIS',
    },
  },
  atAGlance: {
    noPlan: '没有可概述的有效工作计划。',
    counts: (objectives, measures, withoutBudget) =>
      `${f.number(objectives)}项目标，${f.number(measures)}项措施，其中${f.number(withoutBudget)}项无预算`,
    period: (start, end, status) => `期间：${start}至${end}；状态：${status}`,
    budget: (amount, secured, share) => `预算${amount}，其中已落实${secured}（${share}）`,
    noBudget: '尚无措施有预算。',
    office: { regional: (city) => `${city}区域代表处`, area: (city) => `${city}地区办事处` },
    global: '全球（无目标区域）',
    owner: '负责方：',
    objectives: { caption: '目标', header: ['目标', '标题', '措施', '支柱'] },
    byLead: '按牵头局或办事处划分的措施',
    byRegion: '按目标区域划分的措施',
    byPillar: '按支柱划分的措施',
    groupDescription: '条形表示各组的措施数量；属于两个组的措施在两组中都计入。',
    groupHeader: ['组', '措施', '无预算', '预算（已落实）'],
    moneyWithSecured: (amount, secured) => `${amount}（已落实${secured}）`,
    budgetChart: {
      title: '按货币划分的预算与已落实资金',
      description:
        '每个条形是一种货币的全部预算（金额标在条形之后）：深色部分为已落实的份额，浅色部分为尚待筹措的份额。不同货币的金额从不相加。',
      secured: (currency, amount, share) => `${currency}已落实：${amount}（${share}）`,
      toFind: (currency, amount) => `${currency}尚待筹措：${amount}`,
      legend: ['已落实', '尚待筹措'],
      caption: '按货币划分的预算',
      header: ['货币', '预算', '已落实', '已落实份额'],
    },
  },
  priorities: {
    rankedBy: (method, profile, better) =>
      `措施按${method}方法、依评分方案${profile}排序：分数${better === 'higher' ? '越高' : '越低'}越好。`,
    weights: (list) => `各标准的权重，从大到小：${list}。`,
    scoreMeaning: () => '分数仅用于在本次排序之内比较措施。',
    ranksFirst: (measure, score) => `${measure}以${score}分排名第一。`,
    chart: {
      title: '各措施的分数，按标准分解',
      description:
        '每个条形是一项措施，按排名顺序排列，并按各标准对其分数的贡献分段（负贡献画在零的左侧）；条形之后的数字是分数。',
      contribution: (measure, criterion, contribution, filled) =>
        `${measure}，${criterion}：贡献${contribution}${filled === undefined ? '' : `（补全值：${filled}）`}`,
      caption: '各标准对各分数的贡献',
    },
    rank: '名次',
    measure: '措施',
    score: '分数',
    data: '数据',
    why: '原因',
    filledIn: '补全值',
    missing: '缺失',
    rankedCaption: '已排序的措施、其名次的原因以及为缺失数据补全的值',
    incompleteCaption: (n) => `数据不足，无法排序（${f.number(n)}）`,
    excludedCaption: (n) => `已排除（${f.number(n)}）`,
  },
  stability: {
    noRanking: '没有排序，就无可检验。',
    firstIn: (measure, share, samples, seed) =>
      `在${samples}组随机权重中，${measure}在${share}的情况下排名第一（随机种子${seed}）。`,
    caveat: ({ measure, share, samples, expectedRank, leader }) =>
      `注意：按这些权重，${measure}排名第一，但在${samples}组随机权重中只有${share}的情况下排名第一` +
      `${expectedRank === undefined ? '' : `（预期名次${expectedRank}）`}。` +
      (leader === undefined ? '' : `${leader.measure}最常排名第一（${leader.share}）。`) +
      '排序的前列取决于权重：在依赖它之前，请先就权重达成一致，或按实际情况比较领先的措施。',
    acceptability: {
      title: '各措施处于各名次的频率',
      description: (samples) =>
        `每一行是一项措施，按排名顺序排列；每一列是一个名次。单元格的深浅和数字表示在${samples}组随机权重中该措施处于该名次的百分比（颜色越深越频繁）。`,
      cell: (measure, rank, share) => `${measure}处于第${rank}名：占抽样的${share}`,
      otherRanks: (measure, share) => `${measure}处于其他名次：占抽样的${share}`,
      legend: ['很少', '经常', '最常'],
      caption: '名次可接受度',
      firstIn: '排名第一的比例',
      expectedRank: '预期名次',
      rankColumn: (rank) => `第${rank}名`,
    },
    leftOut: (limit) =>
      `对于已排序措施超过${limit}项的计划，省略权重稳定区间和方法间的一致性；可用 aicb prioritize --sensitivity 计算。`,
    weights: {
      title: '在前列顺序改变之前，各权重可变动的范围',
      description: (top) =>
        `圆点是权重；条形是其可变动的范围（其他权重按比例调整），在此范围内${top}保持其在前列的顺序。`,
      interval: (criterion, weight, low, high, exact) =>
        `${criterion}：权重${weight}，在${low}至${high}之间保持${exact ? '' : '（近似）'}`,
      caption: '权重稳定区间',
      header: ['标准', '权重', '最低', '最高', '精确'],
      approximate: '近似',
    },
    agreement: (method) => `其他方法与${method}的一致性（1表示顺序相同）`,
    method: '方法',
    skipped: (method, reason) => `已省略${method}：${reason}`,
  },
  needs: {
    noPlan: '需求与覆盖需要有效的工作计划。',
    noAssessment: '未提供需求评估。',
    regional: '区域评估',
    otherPlaces: '其他地方',
    need: ({ place, pillar, gap, severity, priority, measures }) =>
      `${place}，${pillar}：差距${gap}，严重程度${severity}${priority === undefined ? '' : `，${priority}优先级`}；${measures.length === 0 ? '没有措施应对' : `由${measures.join('、')}应对`}`,
    priorities: { low: '低', medium: '中', high: '高' },
    chart: {
      title: '按国家和支柱划分的评估差距及是否有措施应对',
      description: (date) =>
        `各行是按区域排列的受评估国家，标注其在${date}是否为最不发达国家（LDC）、内陆发展中国家（LLDC）或小岛屿发展中国家（SIDS）；各列是支柱。颜色深浅和数字表示差距（目标水平减当前水平，按0至5分制；最深的颜色为评估中最大的差距）；对勾表示有措施应对该需求，虚线框表示没有；空白单元格未经评估。`,
      legend: (largest) => ['差距小', `最大差距（${largest}）`],
      caption: '已评估的需求',
    },
    header: {
      place: '地方',
      groups: '类别',
      pillar: '支柱',
      gap: '差距',
      severity: '严重程度',
      addressedBy: '应对措施',
      priority: '优先级',
    },
    uncoveredCaption: (n) => `没有措施应对的已评估需求（${f.number(n)}），最严重的在前`,
    noOverlaps: '没有两个局在同一区域服务同一支柱。',
    overlapsCaption: (n) =>
      `各局之间的重叠（${f.number(n)}）：不同局的措施或举措在同一区域服务同一支柱`,
    overlapsHeader: ['支柱', '区域', '局', '措施和举措'],
    itemTypes: { measure: '措施', initiative: '举措' },
  },
  timeline: {
    noPlan: '时间表需要有效的工作计划。',
    noMeasures: '计划尚无措施。',
    chart: {
      title: (date) => `措施和里程碑的时间分布（截至${date}）`,
      description:
        '每个条形从一项措施的开始延伸到结束。实心菱形是已达成的里程碑，空心菱形是尚未到期的里程碑，叉号是逾期的里程碑；虚线是截至日期。圆圈是已改期的里程碑，画在新的日期上。',
      span: (measure, start, end) => `${measure}：${start}至${end}`,
      milestone: (milestone, due, state) => `${milestone}，截止${due}：${state}`,
      quarter: (quarter) => `Q${quarter}`,
      asOf: (date) => `截至${date}`,
    },
    states: { done: '已达成', open: '未到期', overdue: '已逾期', reforecast: '已改期' },
    doneOn: (date) => `已于${date}达成`,
    reforecastTo: (date) => `改期至${date}`,
    caption: '里程碑',
    header: ['措施', '期间', '里程碑', '截止日期', '状态'],
    runs: (start, end) => `${start}至${end}`,
    noneOverdue: (date) => `截至${date}，没有逾期的里程碑。`,
    overdueCaption: (n, date) => `截至${date}逾期的里程碑（${f.number(n)}），逾期最久的在前`,
    overdueHeader: ['里程碑', '措施', '截止日期', '逾期天数'],
  },
  monitoring: {
    fromReports: (date) => `依据截至${date}的进展报告。`,
    states: {
      'not-started': '未开始',
      'on-track': '按计划进行',
      'at-risk': '有风险',
      late: '延误',
      completed: '已完成',
      cancelled: '已取消',
    },
    chart: {
      title: '计划状况',
      description: '依据最新的进展报告，各状态下的措施数量。',
      bar: '措施',
      caption: '各状态下的措施',
      header: ['状态', '措施'],
    },
    itemsHeader: ['对象', '状态', '数值', '说明'],
    healthCaption: '各措施的状况',
    lenses: {
      outOf: (part, whole) => `${f.number(whole)}中的${f.number(part)}`,
      spent: '的预算已支出',
      intersectoral: {
        title: '跨部门协调',
        summary:
          '由GS、BR、TSB和BDT中不止一方实施的措施，由联合措施覆盖的各局之间的重叠，以及沟通小组已举行的会议。',
        joint: '联合措施',
        overlaps: '已覆盖的重叠',
        meetings: '已举行的会议',
        ofMeasures: '的措施',
        ofOverlaps: '的重叠',
        ofExpected: '的预期会议',
        cadence: (cadence) => `频率${cadence}`,
      },
      regional: {
        title: '区域赋能',
        summary:
          '由区域和地区办事处牵头或共同牵头的措施，以及已覆盖的目标国家，其中包括最不发达国家、内陆发展中国家和小岛屿发展中国家。',
        officeLed: '由办事处牵头或共同牵头',
        ledAndCoLed: (led, coLed) => `牵头${f.number(led)}项，共同牵头${f.number(coLed)}项`,
        countries: '已覆盖的目标国家',
        ofTargeted: '的目标国家',
        groupReached: (group) => `已覆盖的${group}`,
      },
      membership: {
        title: '成员参与',
        summary: '成员对计划安排所作承诺的兑现情况，以及正在兑现的成员。',
        pledges: '已兑现的承诺',
        ofPledges: '的承诺',
        members: '正在兑现的成员',
        ofMembers: '的作出承诺的成员',
      },
    },
  },
  findings: {
    none: '没有验证结果：所有文件均有效。',
    totals: (errors, warnings, notes, files) =>
      `${f.number(files)}个文件中有${f.number(errors)}个错误、${f.number(warnings)}个警告和${f.number(notes)}条说明。`,
    noFile: '（无文件）',
    count: (n) => `${f.number(n)}条结果`,
    header: ['行:列', '严重程度', '代码', '消息'],
    severities: { error: '错误', warning: '警告', info: '信息' },
  },
  scoreInWords: {
    topsis: (score, percent) =>
      `分数${score}表示，从在每项标准上都取这些措施中最差值的措施（0）到在每项标准上都取最佳值的措施（1），该措施位于${percent}处；越高越好。`,
    'weighted-sum': (score) =>
      `分数${score}是该措施归一化值的加权和：在每项标准上都最佳的措施得分接近1，两个分数之差即其加权价值之差；越高越好。`,
    'weighted-product': (score) =>
      `分数${score}是该措施各值以其权重为幂的乘积：只有分数之比才有意义（在此尺度上，分数高一倍即好一倍）；越高越好。`,
    vikor: (score) =>
      `分数（Q）${score}将该措施置于这些措施的最佳折中（0）与最差折中（1）之间，综合其加权总不足和单项最大不足；越低越好。`,
    'promethee-ii': (score) =>
      `净流量${score}表示该措施优于其他措施的程度减去其他措施优于它的程度，范围从-1（其他每项措施在每项标准上都更优）到1；越高越好。`,
    copras: (score) => `分数${score}是该措施的效用占最佳措施效用（100）的百分比；越高越好。`,
    spotis: (score) =>
      `分数${score}是该措施到由各标准界限确定的理想点的加权距离，范围从0（在每项标准上都理想）到1；越低越好。`,
  },
};
