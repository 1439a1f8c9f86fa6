import type { DomainTerms } from './domain-terms.js';

/**
 * The Chinese terms, with the sources they were checked against.
 *
 * @example
 * ```ts
 * chineseTerms.bureaus.TSB;
 * //=> '电信标准化局（TSB）'
 * ```
 */
export const chineseTerms: DomainTerms = {
  bureaus: {
    GS: '总秘书处',
    BR: '无线电通信局（BR）',
    TSB: '电信标准化局（TSB）',
    BDT: '电信发展局（BDT）',
  },
  sectors: {
    'ITU-R': '无线电通信部门（ITU-R）',
    'ITU-T': '电信标准化部门（ITU-T）',
    'ITU-D': '电信发展部门（ITU-D）',
  },
  regions: {
    AFR: '非洲',
    AMS: '美洲',
    ARB: '阿拉伯国家',
    ASP: '亚太',
    CIS: '独联体',
    EUR: '欧洲',
  },
  pillars: {
    infrastructure: '基础设施',
    compute: '算力',
    models: '人工智能模型',
    data: '数据',
    talent: '人才与技能',
    strategy: '国家人工智能战略',
    cooperation: '国际合作',
  },
  planStatuses: {
    draft: '草案',
    proposed: '提请通过',
    adopted: '已通过',
    superseded: '已被后续计划取代',
    withdrawn: '已撤回',
  },
  measureStatuses: {
    pipeline: '筹备/确定',
    implementation: '实施',
    finalisation: '收尾',
    closed: '已结束',
    cancelled: '已取消',
    suspended: '已暂停',
  },
  initiativeStatuses: {
    planned: '计划中',
    active: '进行中',
    completed: '已完成',
    discontinued: '已终止',
  },
  memberCategories: {
    'member-state': '成员国',
    'sector-member': '部门成员',
    associate: '部门准成员',
    academia: '学术成员',
  },
  sources: [
    {
      terms: ['bureaus.TSB', 'sectors.ITU-T'],
      source:
        '国际电联，“ITU-T 简介”中文页面（itu.int/zh/ITU-T/about）：“电信标准化局（TSB）”，“国际电联电信标准化部门”',
      asOf: '2026-12-01',
    },
    {
      terms: [
        'bureaus.GS',
        'sectors.ITU-R',
        'sectors.ITU-D',
        'memberCategories.member-state',
        'memberCategories.sector-member',
        'memberCategories.associate',
      ],
      source:
        '中华人民共和国外交部，“国际电信联盟”概况（fmprc.gov.cn，2024年1月更新）：“总秘书处和无线电通信部门、电信标准化部门、电信发展部门”，“成员国”，“部门成员和准成员”',
      asOf: '2026-12-01',
    },
    {
      terms: ['memberCategories.academia'],
      source: '国家无线电监测中心，“关于电联”（srrc.org.cn）：“部门成员及部门准成员和学术成员”',
      asOf: '2026-12-01',
    },
  ],
};
