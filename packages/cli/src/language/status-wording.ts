import type {
  CONTRIBUTION_KINDS,
  OfficialLanguage,
  PartnerRole,
  ReportingCadence,
} from '@itu-aicb/core';

type ContributionKind = (typeof CONTRIBUTION_KINDS)[number];

/** Numbers already written for the language, and the count they stand for (for plurals). */
type Count = { readonly n: number; readonly text: string };

/** The words of `aicb status` in one language; states, statuses and ITU terms come from the locale. */
export interface StatusWording {
  /** The first line of a plan: its id, the date and the reports read (empty when none). */
  readonly plan: (plan: string, asOf: string, reports: readonly string[]) => string;
  /** The Markdown heading of a plan and its line of reports read. */
  readonly planHeading: (plan: string, asOf: string) => string;
  readonly reportsRead: (reports: readonly string[]) => string;
  readonly noPlan: string;
  readonly none: string;
  /** What stands between a label and its value (`: ` in English, ` : ` in French). */
  readonly colon: string;
  /** What separates the items of a list. */
  readonly comma: string;
  /** The region of measures with no target region or country. */
  readonly global: string;
  readonly columns: {
    readonly measure: string;
    readonly state: string;
    readonly status: string;
    readonly spent: string;
    readonly milestones: string;
    readonly why: string;
  };
  readonly sections: {
    readonly states: string;
    readonly byObjective: string;
    readonly byPillar: string;
    readonly byBureau: string;
    readonly byRegion: string;
    readonly overdue: string;
    readonly budget: string;
    readonly intersectoral: string;
    readonly regional: string;
    readonly membership: string;
  };
  readonly overdue: (milestone: string, measure: string, due: string, days: Count) => string;
  readonly budget: (spent: string, budget: string, rate: string) => string;
  readonly joint: (joint: string, measures: string, share: string) => string;
  readonly overlaps: (covered: string, overlaps: string, share: string) => string;
  readonly meetings: (held: Count, expected: Count, cadence: string) => string;
  /** Where the meeting cadence comes from, said after the cadence. */
  readonly cadenceSources: Readonly<Record<'communication-group' | 'reporting', string>>;
  /** The table of the trend: one row per report read. */
  readonly trend: {
    readonly title: string;
    readonly columns: {
      readonly report: string;
      readonly asOf: string;
      readonly states: string;
      readonly milestones: string;
      readonly overdue: string;
      readonly spent: string;
      readonly people: string;
      readonly meetings: string;
      readonly countries: string;
      readonly pledges: string;
    };
  };
  readonly offices: (led: string, coLed: string, share: string) => string;
  readonly countries: (reached: string, targeted: string, share: string, groups: string) => string;
  readonly region: (region: string, measures: Count, budget: string, people: string) => string;
  readonly pledges: (
    delivered: string,
    pledged: string,
    share: string,
    contributing: string,
    pledging: string,
  ) => string;
  readonly pledgeGroup: (
    group: string,
    delivered: string,
    pledged: string,
    deliveredAmount: string,
    pledgedAmount: string,
  ) => string;
  readonly partners: (byRole: string) => string;
  readonly cadences: Readonly<Record<ReportingCadence, string>>;
  readonly kinds: Readonly<Record<ContributionKind, string>>;
  readonly roles: Readonly<Record<PartnerRole, string>>;
}

// Built on first use, so that loading the wording costs nothing until it is used.
let russian: Intl.PluralRules | undefined;
const ruPlural = (n: number, one: string, few: string, many: string): string => {
  const rule = (russian ??= new Intl.PluralRules('ru')).select(n);
  return rule === 'one' ? one : rule === 'few' ? few : many;
};

/** The words of `aicb status` in each official language. */
export const STATUS_WORDING: Readonly<Record<OfficialLanguage, StatusWording>> = {
  en: {
    plan: (plan, asOf, reports) =>
      `Plan ${plan}, as of ${asOf} (reports: ${reports.join(', ') || 'none'})`,
    planHeading: (plan, asOf) => `Plan ${plan}, as of ${asOf}`,
    reportsRead: (reports) => `Reports read: ${reports.join(', ') || 'none'}.`,
    noPlan: 'No work plan found.',
    none: 'none',
    colon: ': ',
    comma: ', ',
    global: 'global',
    columns: {
      measure: 'measure',
      state: 'state',
      status: 'status',
      spent: 'spent (of budget)',
      milestones: 'milestones',
      why: 'why',
    },
    sections: {
      states: 'States',
      byObjective: 'By objective',
      byPillar: 'By pillar',
      byBureau: 'By bureau',
      byRegion: 'By region',
      overdue: 'Overdue milestones',
      budget: 'Budget execution',
      intersectoral: 'Intersectoral coordination',
      regional: 'Regional empowerment',
      membership: 'Membership engagement',
    },
    overdue: (milestone, measure, due, days) =>
      `${milestone} of ${measure}: due ${due}, ${days.text} day${days.n === 1 ? '' : 's'} overdue`,
    budget: (spent, budget, rate) => `${spent} spent of ${budget} (${rate})`,
    joint: (joint, measures, share) => `joint measures: ${joint} of ${measures} (${share})`,
    overlaps: (covered, overlaps, share) =>
      `overlaps between bureaus covered by a joint measure: ${covered} of ${overlaps} (${share})`,
    meetings: (held, expected, cadence) =>
      `communication-group meetings: ${held.text} held, ${expected.text} expected (${cadence})`,
    cadenceSources: {
      'communication-group': "the group's meeting cadence",
      reporting: 'the reporting cadence, as the group has none',
    },
    trend: {
      title: 'Trend',
      columns: {
        report: 'report',
        asOf: 'as of',
        states: 'states',
        milestones: 'milestones',
        overdue: 'overdue',
        spent: 'spent',
        people: 'people reached',
        meetings: 'meetings',
        countries: 'countries reached',
        pledges: 'pledges delivered',
      },
    },
    offices: (led, coLed, share) => `measures led by offices: ${led}, co-led: ${coLed} (${share})`,
    countries: (reached, targeted, share, groups) =>
      `targeted countries reached: ${reached} of ${targeted} (${share}); ${groups}`,
    region: (region, measures, budget, people) =>
      `${region}: ${measures.text} measure${measures.n === 1 ? '' : 's'}, budget ${budget}, ${people} people reached`,
    pledges: (delivered, pledged, share, contributing, pledging) =>
      `pledges delivered: ${delivered} of ${pledged} (${share}); contributing members: ${contributing} of ${pledging}`,
    pledgeGroup: (group, delivered, pledged, deliveredAmount, pledgedAmount) =>
      `${group}: ${delivered} of ${pledged} delivered, ${deliveredAmount} of ${pledgedAmount}`,
    partners: (byRole) => `partners: ${byRole}`,
    cadences: {
      monthly: 'monthly',
      quarterly: 'quarterly',
      'semi-annual': 'semi-annual',
      annual: 'annual',
      biennial: 'biennial',
    },
    kinds: { financial: 'financial', 'in-kind': 'in-kind', expertise: 'expertise' },
    roles: {
      funding: 'funding',
      accountable: 'accountable',
      extending: 'extending',
      implementing: 'implementing',
      knowledge: 'knowledge',
      hosting: 'hosting',
    },
  },
  fr: {
    plan: (plan, asOf, reports) =>
      `Plan ${plan}, au ${asOf} (rapports : ${reports.join(', ') || 'aucun'})`,
    planHeading: (plan, asOf) => `Plan ${plan}, au ${asOf}`,
    reportsRead: (reports) => `Rapports lus : ${reports.join(', ') || 'aucun'}.`,
    noPlan: 'Aucun plan de travail trouvé.',
    none: 'aucun',
    colon: ' : ',
    comma: ', ',
    global: 'mondial',
    columns: {
      measure: 'mesure',
      state: 'état',
      status: 'statut',
      spent: 'dépensé (du budget)',
      milestones: 'jalons',
      why: 'pourquoi',
    },
    sections: {
      states: 'États',
      byObjective: 'Par objectif',
      byPillar: 'Par pilier',
      byBureau: 'Par bureau',
      byRegion: 'Par région',
      overdue: 'Jalons en retard',
      budget: 'Exécution du budget',
      intersectoral: 'Coordination intersectorielle',
      regional: 'Renforcement des régions',
      membership: 'Participation des membres',
    },
    overdue: (milestone, measure, due, days) =>
      `${milestone} de ${measure} : prévu le ${due}, ${days.text} jour${days.n <= 1 ? '' : 's'} de retard`,
    budget: (spent, budget, rate) => `${spent} dépensés sur ${budget} (${rate})`,
    joint: (joint, measures, share) => `mesures conjointes : ${joint} sur ${measures} (${share})`,
    overlaps: (covered, overlaps, share) =>
      `chevauchements entre bureaux couverts par une mesure conjointe : ${covered} sur ${overlaps} (${share})`,
    meetings: (held, expected, cadence) =>
      `réunions du groupe de communication : ${held.text} tenue${held.n > 1 ? 's' : ''}, ${expected.text} attendue${expected.n > 1 ? 's' : ''} (${cadence})`,
    cadenceSources: {
      'communication-group': 'rythme de réunion du groupe',
      reporting: 'rythme des rapports, faute de rythme de réunion',
    },
    trend: {
      title: 'Tendance',
      columns: {
        report: 'rapport',
        asOf: 'au',
        states: 'états',
        milestones: 'jalons',
        overdue: 'en retard',
        spent: 'dépensé',
        people: 'personnes atteintes',
        meetings: 'réunions',
        countries: 'pays atteints',
        pledges: 'promesses honorées',
      },
    },
    offices: (led, coLed, share) =>
      `mesures dirigées par des bureaux régionaux : ${led}, codirigées : ${coLed} (${share})`,
    countries: (reached, targeted, share, groups) =>
      `pays ciblés atteints : ${reached} sur ${targeted} (${share}) ; ${groups}`,
    region: (region, measures, budget, people) =>
      `${region} : ${measures.text} mesure${measures.n <= 1 ? '' : 's'}, budget ${budget}, ${people} personnes atteintes`,
    pledges: (delivered, pledged, share, contributing, pledging) =>
      `contributions annoncées et versées : ${delivered} sur ${pledged} (${share}) ; membres contributeurs : ${contributing} sur ${pledging}`,
    pledgeGroup: (group, delivered, pledged, deliveredAmount, pledgedAmount) =>
      `${group} : ${delivered} versées sur ${pledged}, ${deliveredAmount} sur ${pledgedAmount}`,
    partners: (byRole) => `partenaires : ${byRole}`,
    cadences: {
      monthly: 'mensuelle',
      quarterly: 'trimestrielle',
      'semi-annual': 'semestrielle',
      annual: 'annuelle',
      biennial: 'biennale',
    },
    kinds: { financial: 'financière', 'in-kind': 'en nature', expertise: 'expertise' },
    roles: {
      funding: 'bailleur',
      accountable: 'responsable',
      extending: 'gestionnaire des fonds',
      implementing: "chargé de l'exécution",
      knowledge: 'partenaire de savoir',
      hosting: 'hôte',
    },
  },
  es: {
    plan: (plan, asOf, reports) =>
      `Plan ${plan}, al ${asOf} (informes: ${reports.join(', ') || 'ninguno'})`,
    planHeading: (plan, asOf) => `Plan ${plan}, al ${asOf}`,
    reportsRead: (reports) => `Informes leídos: ${reports.join(', ') || 'ninguno'}.`,
    noPlan: 'No se encontró ningún plan de trabajo.',
    none: 'ninguno',
    colon: ': ',
    comma: ', ',
    global: 'mundial',
    columns: {
      measure: 'medida',
      state: 'estado',
      status: 'situación',
      spent: 'gastado (del presupuesto)',
      milestones: 'hitos',
      why: 'motivo',
    },
    sections: {
      states: 'Estados',
      byObjective: 'Por objetivo',
      byPillar: 'Por pilar',
      byBureau: 'Por oficina',
      byRegion: 'Por región',
      overdue: 'Hitos vencidos',
      budget: 'Ejecución del presupuesto',
      intersectoral: 'Coordinación intersectorial',
      regional: 'Fortalecimiento regional',
      membership: 'Participación de los miembros',
    },
    overdue: (milestone, measure, due, days) =>
      `${milestone} de ${measure}: vencía el ${due}, ${days.text} día${days.n === 1 ? '' : 's'} de retraso`,
    budget: (spent, budget, rate) => `${spent} gastados de ${budget} (${rate})`,
    joint: (joint, measures, share) => `medidas conjuntas: ${joint} de ${measures} (${share})`,
    overlaps: (covered, overlaps, share) =>
      `solapamientos entre oficinas cubiertos por una medida conjunta: ${covered} de ${overlaps} (${share})`,
    meetings: (held, expected, cadence) =>
      `reuniones del grupo de comunicación: ${held.text} celebrada${held.n === 1 ? '' : 's'}, ${expected.text} prevista${expected.n === 1 ? '' : 's'} (${cadence})`,
    cadenceSources: {
      'communication-group': 'frecuencia de reunión del grupo',
      reporting: 'frecuencia de los informes, a falta de frecuencia de reunión',
    },
    trend: {
      title: 'Tendencia',
      columns: {
        report: 'informe',
        asOf: 'a fecha de',
        states: 'estados',
        milestones: 'hitos',
        overdue: 'vencidos',
        spent: 'gastado',
        people: 'personas alcanzadas',
        meetings: 'reuniones',
        countries: 'países alcanzados',
        pledges: 'compromisos cumplidos',
      },
    },
    offices: (led, coLed, share) =>
      `medidas dirigidas por oficinas regionales: ${led}, codirigidas: ${coLed} (${share})`,
    countries: (reached, targeted, share, groups) =>
      `países destinatarios alcanzados: ${reached} de ${targeted} (${share}); ${groups}`,
    region: (region, measures, budget, people) =>
      `${region}: ${measures.text} medida${measures.n === 1 ? '' : 's'}, presupuesto ${budget}, ${people} personas alcanzadas`,
    pledges: (delivered, pledged, share, contributing, pledging) =>
      `contribuciones prometidas entregadas: ${delivered} de ${pledged} (${share}); miembros contribuyentes: ${contributing} de ${pledging}`,
    pledgeGroup: (group, delivered, pledged, deliveredAmount, pledgedAmount) =>
      `${group}: ${delivered} de ${pledged} entregadas, ${deliveredAmount} de ${pledgedAmount}`,
    partners: (byRole) => `asociados: ${byRole}`,
    cadences: {
      monthly: 'mensual',
      quarterly: 'trimestral',
      'semi-annual': 'semestral',
      annual: 'anual',
      biennial: 'bienal',
    },
    kinds: { financial: 'financiera', 'in-kind': 'en especie', expertise: 'conocimientos' },
    roles: {
      funding: 'financiador',
      accountable: 'responsable',
      extending: 'gestor de fondos',
      implementing: 'ejecutor',
      knowledge: 'asociado de conocimiento',
      hosting: 'anfitrión',
    },
  },
  ru: {
    plan: (plan, asOf, reports) =>
      `План ${plan} на ${asOf} (отчёты: ${reports.join(', ') || 'нет'})`,
    planHeading: (plan, asOf) => `План ${plan} на ${asOf}`,
    reportsRead: (reports) => `Прочитанные отчёты: ${reports.join(', ') || 'нет'}.`,
    noPlan: 'План работы не найден.',
    none: 'нет',
    colon: ': ',
    comma: ', ',
    global: 'глобально',
    columns: {
      measure: 'мера',
      state: 'состояние',
      status: 'статус',
      spent: 'израсходовано (из бюджета)',
      milestones: 'этапы',
      why: 'причина',
    },
    sections: {
      states: 'Состояния',
      byObjective: 'По целям',
      byPillar: 'По направлениям',
      byBureau: 'По бюро',
      byRegion: 'По регионам',
      overdue: 'Просроченные этапы',
      budget: 'Исполнение бюджета',
      intersectoral: 'Межсекторальная координация',
      regional: 'Расширение возможностей регионов',
      membership: 'Участие членов',
    },
    overdue: (milestone, measure, due, days) =>
      `${milestone} меры ${measure}: срок ${due}, просрочено на ${days.text} ${ruPlural(days.n, 'день', 'дня', 'дней')}`,
    budget: (spent, budget, rate) => `израсходовано ${spent} из ${budget} (${rate})`,
    joint: (joint, measures, share) => `совместные меры: ${joint} из ${measures} (${share})`,
    overlaps: (covered, overlaps, share) =>
      `пересечения между бюро, охваченные совместной мерой: ${covered} из ${overlaps} (${share})`,
    meetings: (held, expected, cadence) =>
      `заседания группы по коммуникации: проведено ${held.text}, ожидалось ${expected.text} (${cadence})`,
    cadenceSources: {
      'communication-group': 'периодичность заседаний группы',
      reporting: 'периодичность отчётности, так как периодичность заседаний не задана',
    },
    trend: {
      title: 'Динамика',
      columns: {
        report: 'отчёт',
        asOf: 'на дату',
        states: 'состояния',
        milestones: 'этапы',
        overdue: 'просрочено',
        spent: 'израсходовано',
        people: 'охвачено людей',
        meetings: 'заседания',
        countries: 'охвачено стран',
        pledges: 'выполнено обязательств',
      },
    },
    offices: (led, coLed, share) =>
      `меры под руководством региональных отделений: ${led}, совместно: ${coLed} (${share})`,
    countries: (reached, targeted, share, groups) =>
      `охвачено целевых стран: ${reached} из ${targeted} (${share}); ${groups}`,
    region: (region, measures, budget, people) =>
      `${region}: ${measures.text} ${ruPlural(measures.n, 'мера', 'меры', 'мер')}, бюджет ${budget}, охвачено человек: ${people}`,
    pledges: (delivered, pledged, share, contributing, pledging) =>
      `выполнено обещанных взносов: ${delivered} из ${pledged} (${share}); членов, внёсших вклад: ${contributing} из ${pledging}`,
    pledgeGroup: (group, delivered, pledged, deliveredAmount, pledgedAmount) =>
      `${group}: выполнено ${delivered} из ${pledged}, ${deliveredAmount} из ${pledgedAmount}`,
    partners: (byRole) => `партнёры: ${byRole}`,
    cadences: {
      monthly: 'ежемесячно',
      quarterly: 'ежеквартально',
      'semi-annual': 'раз в полгода',
      annual: 'ежегодно',
      biennial: 'раз в два года',
    },
    kinds: { financial: 'финансовый', 'in-kind': 'в натуральной форме', expertise: 'экспертный' },
    roles: {
      funding: 'финансирующий',
      accountable: 'ответственный',
      extending: 'управляющий средствами',
      implementing: 'исполняющий',
      knowledge: 'партнёр по знаниям',
      hosting: 'принимающий',
    },
  },
  zh: {
    plan: (plan, asOf, reports) =>
      `计划 ${plan}，截至 ${asOf}（报告：${reports.join('、') || '无'}）`,
    planHeading: (plan, asOf) => `计划 ${plan}，截至 ${asOf}`,
    reportsRead: (reports) => `已读报告：${reports.join('、') || '无'}。`,
    noPlan: '未找到工作计划。',
    none: '无',
    colon: '：',
    comma: '，',
    global: '全球',
    columns: {
      measure: '措施',
      state: '状况',
      status: '状态',
      spent: '已支出（占预算）',
      milestones: '里程碑',
      why: '原因',
    },
    sections: {
      states: '状况',
      byObjective: '按目标',
      byPillar: '按支柱',
      byBureau: '按局',
      byRegion: '按区域',
      overdue: '逾期里程碑',
      budget: '预算执行',
      intersectoral: '跨部门协调',
      regional: '区域赋能',
      membership: '成员参与',
    },
    overdue: (milestone, measure, due, days) =>
      `${measure} 的 ${milestone}：应于 ${due} 完成，已逾期 ${days.text} 天`,
    budget: (spent, budget, rate) => `已支出 ${spent}，预算 ${budget}（${rate}）`,
    joint: (joint, measures, share) => `联合措施：${measures} 项中 ${joint} 项（${share}）`,
    overlaps: (covered, overlaps, share) =>
      `由联合措施覆盖的局间重叠：${overlaps} 处中 ${covered} 处（${share}）`,
    meetings: (held, expected, cadence) =>
      `通信小组会议：已举行 ${held.text} 次，应举行 ${expected.text} 次（${cadence}）`,
    cadenceSources: {
      'communication-group': '小组会议频率',
      reporting: '报告频率，因小组未规定会议频率',
    },
    trend: {
      title: '趋势',
      columns: {
        report: '报告',
        asOf: '截至',
        states: '状态',
        milestones: '里程碑',
        overdue: '逾期',
        spent: '已支出',
        people: '覆盖人数',
        meetings: '会议',
        countries: '覆盖国家',
        pledges: '已交付认捐',
      },
    },
    offices: (led, coLed, share) =>
      `由区域办事处牵头的措施：${led} 项，共同牵头：${coLed} 项（${share}）`,
    countries: (reached, targeted, share, groups) =>
      `已覆盖的目标国家：${targeted} 个中 ${reached} 个（${share}）；${groups}`,
    region: (region, measures, budget, people) =>
      `${region}：${measures.text} 项措施，预算 ${budget}，覆盖 ${people} 人`,
    pledges: (delivered, pledged, share, contributing, pledging) =>
      `已兑现的认捐：${pledged} 项中 ${delivered} 项（${share}）；作出贡献的成员：${pledging} 个中 ${contributing} 个`,
    pledgeGroup: (group, delivered, pledged, deliveredAmount, pledgedAmount) =>
      `${group}：${pledged} 项中已兑现 ${delivered} 项，${pledgedAmount} 中 ${deliveredAmount}`,
    partners: (byRole) => `合作伙伴：${byRole}`,
    cadences: {
      monthly: '每月',
      quarterly: '每季度',
      'semi-annual': '每半年',
      annual: '每年',
      biennial: '每两年',
    },
    kinds: { financial: '资金', 'in-kind': '实物', expertise: '专业知识' },
    roles: {
      funding: '供资方',
      accountable: '负责方',
      extending: '资金管理方',
      implementing: '执行方',
      knowledge: '知识伙伴',
      hosting: '东道方',
    },
  },
  ar: {
    plan: (plan, asOf, reports) =>
      `الخطة ${plan} في ${asOf} (التقارير: ${reports.join('، ') || 'لا شيء'})`,
    planHeading: (plan, asOf) => `الخطة ${plan} في ${asOf}`,
    reportsRead: (reports) => `التقارير المقروءة: ${reports.join('، ') || 'لا شيء'}.`,
    noPlan: 'لم يُعثر على خطة عمل.',
    none: 'لا شيء',
    colon: ': ',
    comma: '، ',
    global: 'عالمي',
    columns: {
      measure: 'التدبير',
      state: 'الحالة',
      status: 'الوضع',
      spent: 'المنفق (من الميزانية)',
      milestones: 'المعالم',
      why: 'السبب',
    },
    sections: {
      states: 'الحالات',
      byObjective: 'حسب الهدف',
      byPillar: 'حسب الركيزة',
      byBureau: 'حسب المكتب',
      byRegion: 'حسب المنطقة',
      overdue: 'المعالم المتأخرة',
      budget: 'تنفيذ الميزانية',
      intersectoral: 'التنسيق بين القطاعات',
      regional: 'تمكين المناطق',
      membership: 'مشاركة الأعضاء',
    },
    overdue: (milestone, measure, due, days) =>
      `${milestone} من ${measure}: موعده ${due}، متأخر بعدد أيام ${days.text}`,
    budget: (spent, budget, rate) => `أُنفق ${spent} من ${budget} (${rate})`,
    joint: (joint, measures, share) => `التدابير المشتركة: ${joint} من ${measures} (${share})`,
    overlaps: (covered, overlaps, share) =>
      `التداخلات بين المكاتب التي يغطيها تدبير مشترك: ${covered} من ${overlaps} (${share})`,
    meetings: (held, expected, cadence) =>
      `اجتماعات فريق الاتصال: عُقد ${held.text}، والمتوقع ${expected.text} (${cadence})`,
    cadenceSources: {
      'communication-group': 'وتيرة اجتماعات الفريق',
      reporting: 'وتيرة الإبلاغ، إذ لا وتيرة لاجتماعات الفريق',
    },
    trend: {
      title: 'الاتجاه',
      columns: {
        report: 'التقرير',
        asOf: 'حتى تاريخ',
        states: 'الحالات',
        milestones: 'المعالم',
        overdue: 'المتأخرة',
        spent: 'المُنفَق',
        people: 'الأشخاص الذين تم بلوغهم',
        meetings: 'الاجتماعات',
        countries: 'البلدان التي تم بلوغها',
        pledges: 'التعهدات المقدَّمة',
      },
    },
    offices: (led, coLed, share) =>
      `التدابير التي تقودها المكاتب الإقليمية: ${led}، وبقيادة مشتركة: ${coLed} (${share})`,
    countries: (reached, targeted, share, groups) =>
      `البلدان المستهدفة التي بُلغت: ${reached} من ${targeted} (${share})؛ ${groups}`,
    region: (region, measures, budget, people) =>
      `${region}: عدد التدابير ${measures.text}، الميزانية ${budget}، عدد من بُلغوا ${people}`,
    pledges: (delivered, pledged, share, contributing, pledging) =>
      `التعهدات المنفذة: ${delivered} من ${pledged} (${share})؛ الأعضاء المساهمون: ${contributing} من ${pledging}`,
    pledgeGroup: (group, delivered, pledged, deliveredAmount, pledgedAmount) =>
      `${group}: نُفذ ${delivered} من ${pledged}، ${deliveredAmount} من ${pledgedAmount}`,
    partners: (byRole) => `الشركاء: ${byRole}`,
    cadences: {
      monthly: 'شهريًا',
      quarterly: 'كل ثلاثة أشهر',
      'semi-annual': 'كل ستة أشهر',
      annual: 'سنويًا',
      biennial: 'كل سنتين',
    },
    kinds: { financial: 'مالية', 'in-kind': 'عينية', expertise: 'خبرات' },
    roles: {
      funding: 'ممول',
      accountable: 'مسؤول',
      extending: 'مدير الأموال',
      implementing: 'منفذ',
      knowledge: 'شريك معرفي',
      hosting: 'مضيف',
    },
  },
};
