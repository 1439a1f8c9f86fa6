import { listIn, reportFormats } from './formats.js';
import type { CompleteReportWording } from './report-wording.js';

// Arabic with Latin digits (`ar-u-nu-latn`), as the codes and ids around the numbers. Counts are
// written as "label: number", which reads right in every Arabic plural form.
const f = reportFormats('ar-u-nu-latn');

/**
 * The Arabic words of the report.
 *
 * @example
 * ```ts
 * arabicReportWording.sections.needs;
 * //=> 'الاحتياجات والتغطية'
 * ```
 */
export const arabicReportWording: CompleteReportWording = {
  sections: {
    'at-a-glance': 'الخطة في لمحة',
    priorities: 'الأولويات',
    stability: 'مدى موثوقية الترتيب',
    needs: 'الاحتياجات والتغطية',
    timeline: 'الجدول الزمني',
    monitoring: 'حالة الخطة ورصدها',
    findings: 'نتائج التحقق',
  },
  page: {
    untitled: 'تقرير الخطة',
    windowTitle: (title) => `تقرير: ${title}`,
    asOf: (date) => `في ${date}`,
    plan: 'الخطة',
    navigation: 'الأقسام',
    otherLanguages: 'العنوان بلغات أخرى',
    inEnglish: '(بالإنجليزية)',
    chartTable: 'أرقام هذا الرسم البياني في جدول',
    noPlanToRank: 'لا توجد خطة عمل صالحة لترتيبها.',
    cannotRank: (reason, code) => `يتعذر ترتيب التدابير: ${reason} [${code}]`,
  },
  common: {
    measures: (n) => `التدابير: ${f.number(n)}`,
    none: 'لا شيء',
    yes: 'نعم',
    groups: { ldc: 'LDC', lldc: 'LLDC', sids: 'SIDS' },
    filled: { worst: 'الأسوأ', median: 'الوسيط' },
    list: listIn('ar'),
    methods: {
      'weighted-sum': 'المجموع المرجح',
      'weighted-product': 'الجداء المرجح',
      topsis: 'TOPSIS',
      vikor: 'VIKOR',
      'promethee-ii': 'PROMETHEE II',
      copras: 'COPRAS',
      spotis: 'SPOTIS',
    },
  },
  atAGlance: {
    noPlan: 'لا توجد خطة عمل صالحة لتلخيصها.',
    counts: (objectives, measures, withoutBudget) =>
      `الأهداف: ${f.number(objectives)}، التدابير: ${f.number(measures)}، منها بلا ميزانية: ${f.number(withoutBudget)}`,
    period: (start, end, status) => `الفترة من ${start} إلى ${end}؛ الحالة: ${status}`,
    budget: (amount, secured, share) => `الميزانية ${amount}، المضمون منها ${secured} (${share})`,
    noBudget: 'لا يوجد تدبير له ميزانية بعد.',
    office: {
      regional: (city) => `المكتب الإقليمي في ${city}`,
      area: (city) => `مكتب المنطقة في ${city}`,
    },
    global: 'عالمي (بلا منطقة مستهدفة)',
    owner: 'الجهة المسؤولة:',
    objectives: { caption: 'الأهداف', header: ['الهدف', 'العنوان', 'التدابير', 'الركائز'] },
    byLead: 'التدابير حسب المكتب أو المكتب الإقليمي الرائد',
    byRegion: 'التدابير حسب المنطقة المستهدفة',
    byPillar: 'التدابير حسب الركيزة',
    groupDescription: 'تعدّ الأعمدة تدابير كل مجموعة؛ والتدبير المنتمي إلى مجموعتين يُعدّ في كلتيهما.',
    groupHeader: ['المجموعة', 'التدابير', 'بلا ميزانية', 'الميزانية (المضمون)'],
    moneyWithSecured: (amount, secured) => `${amount} (المضمون ${secured})`,
    budgetChart: {
      title: 'الميزانية والأموال المضمونة حسب العملة',
      description:
        'كل عمود هو الميزانية كلها بعملة واحدة (مبلغها بعد العمود): الجزء الداكن هو الحصة المضمونة، والجزء الفاتح الحصة التي لم تُدبَّر بعد. لا تُجمع أبداً مبالغ بعملات مختلفة.',
      secured: (currency, amount, share) => `${currency} المضمون: ${amount} (${share})`,
      toFind: (currency, amount) => `${currency} المتبقي تدبيره: ${amount}`,
      legend: ['مضمون', 'متبقٍ تدبيره'],
      caption: 'الميزانية حسب العملة',
      header: ['العملة', 'الميزانية', 'المضمون', 'الحصة المضمونة'],
    },
  },
  priorities: {
    rankedBy: (method, profile, better) =>
      `رُتّبت التدابير بطريقة ${method} وفق ملف التقييم ${profile}: الدرجة ${better === 'higher' ? 'الأعلى' : 'الأدنى'} هي الأفضل.`,
    weights: (list) => `أوزان المعايير، من الأثقل: ${list}.`,
    scoreMeaning: () => 'لا تقارن الدرجات بين التدابير إلا داخل هذا الترتيب.',
    ranksFirst: (measure, score) => `يأتي ${measure} في المرتبة الأولى بدرجة ${score}.`,
    chart: {
      title: 'درجة كل تدبير موزعة حسب المعيار',
      description:
        'كل عمود تدبير بترتيبه، مقسّم إلى ما يسهم به كل معيار في درجته (تُرسم المساهمة السالبة يسار الصفر)؛ والرقم بعد العمود هو الدرجة.',
      contribution: (measure, criterion, contribution, filled) =>
        `${measure}، ${criterion}: المساهمة ${contribution}${filled === undefined ? '' : ` (قيمة مستكملة: ${filled})`}`,
      caption: 'مساهمة كل معيار في كل درجة',
    },
    rank: 'المرتبة',
    measure: 'التدبير',
    score: 'الدرجة',
    data: 'البيانات',
    why: 'السبب',
    filledIn: 'القيم المستكملة',
    missing: 'الناقص',
    rankedCaption: 'التدابير المرتبة، وسبب مرتبتها، والقيم المستكملة للبيانات الناقصة',
    incompleteCaption: (n) => `بيانات غير كافية للترتيب (${f.number(n)})`,
    excludedCaption: (n) => `مستبعدة (${f.number(n)})`,
  },
  stability: {
    noRanking: 'لا شيء يُختبر دون ترتيب.',
    firstIn: (measure, share, samples, seed) =>
      `يأتي ${measure} أولاً في ${share} من ${samples} ترجيحاً عشوائياً (البذرة ${seed}).`,
    caveat: ({ measure, share, samples, expectedRank, leader }) =>
      `تنبيه: يأتي ${measure} في المرتبة الأولى بهذه الأوزان، لكنه لا يأتي أولاً إلا في ${share} من ${samples} ترجيحاً عشوائياً` +
      `${expectedRank === undefined ? '' : ` (المرتبة المتوقعة ${expectedRank})`}.` +
      (leader === undefined
        ? ''
        : ` ويأتي ${leader.measure} أولاً في أغلب الأحيان (${leader.share}).`) +
      ' إن رأس الترتيب رهن بالأوزان: اتفقوا عليها، أو قارنوا التدابير المتصدرة بحسب مزاياها، قبل الاعتماد عليه.',
    acceptability: {
      title: 'عدد مرات احتلال كل تدبير لكل مرتبة',
      description: (samples) =>
        `كل صف تدبير بترتيبه، وكل عمود مرتبة. يبيّن لون الخلية ورقمها النسبة المئوية من ${samples} ترجيحاً عشوائياً احتل فيها التدبير تلك المرتبة (الأدكن أكثر تكراراً).`,
      cell: (measure, rank, share) => `${measure} في المرتبة ${rank}: ${share} من السحبات`,
      otherRanks: (measure, share) => `${measure} في المراتب الأخرى: ${share} من السحبات`,
      legend: ['نادراً', 'كثيراً', 'في أغلب الأحيان'],
      caption: 'مقبولية المراتب',
      firstIn: 'أولاً في',
      expectedRank: 'المرتبة المتوقعة',
      rankColumn: (rank) => `المرتبة ${rank}`,
    },
    leftOut: (limit) =>
      `تُحذف فترات استقرار الأوزان والاتفاق بين الطرائق في الخطط التي تضم أكثر من ${limit} تدبيراً مرتباً؛ ويحسبها الأمر aicb prioritize --sensitivity.`,
    weights: {
      title: 'إلى أي حد يمكن أن يتغير كل وزن قبل أن يتغير رأس الترتيب',
      description: (top) =>
        `النقطة هي الوزن؛ والشريط هو النطاق الذي يمكن أن يتغير فيه (مع إعادة قياس الأوزان الأخرى) مع بقاء ${top} على ترتيبها في الصدارة.`,
      interval: (criterion, weight, low, high, exact) =>
        `${criterion}: الوزن ${weight}، يصمد من ${low} إلى ${high}${exact ? '' : ' (تقريبي)'}`,
      caption: 'فترات استقرار الأوزان',
      header: ['المعيار', 'الوزن', 'الأدنى', 'الأعلى', 'دقيق'],
      approximate: 'تقريبي',
    },
    agreement: (method) => `اتفاق الطرائق الأخرى مع ${method} (1 يعني الترتيب نفسه)`,
    method: 'الطريقة',
    skipped: (method, reason) => `حُذفت ${method}: ${reason}`,
  },
  needs: {
    noPlan: 'تتطلب الاحتياجات والتغطية خطة عمل صالحة.',
    noAssessment: 'لم يُقدَّم أي تقييم للاحتياجات.',
    regional: 'التقييمات الإقليمية',
    otherPlaces: 'أماكن أخرى',
    need: ({ place, pillar, gap, severity, priority, measures }) =>
      `${place}، ${pillar}: الفجوة ${gap}، الشدة ${severity}${priority === undefined ? '' : `، الأولوية ${priority}`}؛ ${measures.length === 0 ? 'لا يعالجها أي تدبير' : `تعالجها التدابير ${measures.join('، ')}`}`,
    priorities: { low: 'منخفضة', medium: 'متوسطة', high: 'عالية' },
    chart: {
      title: 'الفجوات المقيّمة حسب البلد والركيزة، وهل يعالجها تدبير',
      description: (date) =>
        `الصفوف هي البلدان المقيّمة حسب المنطقة، موسومة بأنها من أقل البلدان نمواً (LDC) أو البلدان النامية غير الساحلية (LLDC) أو الدول الجزرية الصغيرة النامية (SIDS) في ${date}؛ والأعمدة هي الركائز. يبيّن اللون والرقم الفجوة (المستوى المستهدف ناقص المستوى الحالي على سلم من 0 إلى 5؛ وأدكن لون هو أكبر فجوة مقيّمة)؛ وعلامة الصح تعني أن تدبيراً يعالج الحاجة، والإطار المتقطع أن لا تدبير يعالجها؛ والخلية الفارغة لم تُقيَّم.`,
      legend: (largest) => ['فجوة صغيرة', `أكبر فجوة (${largest})`],
      caption: 'الاحتياجات المقيّمة',
    },
    header: {
      place: 'المكان',
      groups: 'المجموعات',
      pillar: 'الركيزة',
      gap: 'الفجوة',
      severity: 'الشدة',
      addressedBy: 'تعالجها',
      priority: 'الأولوية',
    },
    uncoveredCaption: (n) => `احتياجات مقيّمة لا يعالجها أي تدبير (${f.number(n)})، الأشد أولاً`,
    noOverlaps: 'لا يخدم مكتبان الركيزة نفسها في المنطقة نفسها.',
    overlapsCaption: (n) =>
      `التداخلات بين المكاتب (${f.number(n)}): تدابير أو مبادرات لمكاتب مختلفة تخدم الركيزة نفسها في المنطقة نفسها`,
    overlapsHeader: ['الركيزة', 'المنطقة', 'المكاتب', 'التدابير والمبادرات'],
    itemTypes: { measure: 'تدبير', initiative: 'مبادرة' },
  },
  timeline: {
    noPlan: 'يتطلب الجدول الزمني خطة عمل صالحة.',
    noMeasures: 'لا تتضمن الخطة تدابير بعد.',
    chart: {
      title: (date) => `التدابير والمعالم عبر الزمن، في ${date}`,
      description:
        'يمتد كل شريط من بداية التدبير إلى نهايته. المعين الممتلئ معلم تحقق، والمعين الفارغ معلم قادم، والعلامة × معلم متأخر؛ والخط المتقطع هو التاريخ المرجعي. والدائرة معلم أعيد تحديد موعده، مرسومة في موعده الجديد.',
      span: (measure, start, end) => `${measure}: من ${start} إلى ${end}`,
      milestone: (milestone, due, state) => `${milestone}، موعده ${due}: ${state}`,
      quarter: (quarter) => `ر${quarter}`,
      asOf: (date) => `في ${date}`,
    },
    states: { done: 'تحقق', open: 'قادم', overdue: 'متأخر', reforecast: 'أعيد تحديد موعده' },
    doneOn: (date) => `تحقق في ${date}`,
    reforecastTo: (date) => `أعيد تحديد موعده إلى ${date}`,
    caption: 'المعالم',
    header: ['التدبير', 'المدة', 'المعلم', 'الموعد', 'الحالة'],
    runs: (start, end) => `من ${start} إلى ${end}`,
    noneOverdue: (date) => `لا يوجد معلم متأخر في ${date}.`,
    overdueCaption: (n, date) => `المعالم المتأخرة في ${date} (${f.number(n)})، الأكثر تأخراً أولاً`,
    overdueHeader: ['المعلم', 'التدبير', 'الموعد', 'أيام التأخير'],
  },
  monitoring: {
    fromReports: (date) => `من تقارير التقدم في ${date}.`,
    states: {
      'not-started': 'لم يبدأ',
      'on-track': 'في المسار',
      'at-risk': 'معرّض للخطر',
      late: 'متأخر',
      completed: 'مكتمل',
      cancelled: 'ملغى',
    },
    chart: {
      title: 'حالة الخطة',
      description: 'عدد التدابير في كل حالة، من أحدث تقارير التقدم.',
      bar: 'التدابير',
      caption: 'التدابير في كل حالة',
      header: ['الحالة', 'التدابير'],
    },
    itemsHeader: ['الموضوع', 'الحالة', 'القيمة', 'ملاحظة'],
    healthCaption: 'حالة كل تدبير',
    lenses: {
      outOf: (part, whole) => `${f.number(part)} من ${f.number(whole)}`,
      spent: 'من الميزانية أُنفق',
      intersectoral: {
        title: 'التنسيق بين القطاعات',
        summary:
          'التدابير التي يديرها أكثر من واحد من GS وBR وTSB وBDT، والتداخلات بين المكاتب التي يغطيها تدبير مشترك، واجتماعات فريق الاتصال المعقودة.',
        joint: 'التدابير المشتركة',
        overlaps: 'التداخلات المغطاة',
        meetings: 'الاجتماعات المعقودة',
        ofMeasures: 'من التدابير',
        ofOverlaps: 'من التداخلات',
        ofExpected: 'من المتوقع',
        cadence: (cadence) => `الوتيرة ${cadence}`,
      },
      regional: {
        title: 'تمكين المناطق',
        summary:
          'التدابير التي تقودها المكاتب الإقليمية ومكاتب المناطق أو تشارك في قيادتها، والبلدان المستهدفة التي بُلغت، ومنها أقل البلدان نمواً والبلدان النامية غير الساحلية والدول الجزرية الصغيرة النامية.',
        officeLed: 'بقيادة مكتب أو بمشاركته',
        ledAndCoLed: (led, coLed) =>
          `بقيادة مكتب: ${f.number(led)}، بمشاركة مكتب: ${f.number(coLed)}`,
        countries: 'البلدان المستهدفة التي بُلغت',
        ofTargeted: 'من المستهدفة',
        groupReached: (group) => `${group} التي بُلغت`,
      },
      membership: {
        title: 'مشاركة الأعضاء',
        summary: 'تعهدات الأعضاء في ترتيبات الخطة التي نُفذت، والأعضاء المنفذون.',
        pledges: 'التعهدات المنفذة',
        ofPledges: 'من التعهدات',
        members: 'الأعضاء المنفذون',
        ofMembers: 'من الأعضاء المتعهدين',
      },
    },
  },
  findings: {
    none: 'لا نتائج: كل الملفات صالحة.',
    totals: (errors, warnings, notes, files) =>
      `الأخطاء: ${f.number(errors)}، التحذيرات: ${f.number(warnings)}، الملاحظات: ${f.number(notes)}، في ملفات عددها ${f.number(files)}.`,
    noFile: '(بلا ملف)',
    count: (n) => `النتائج: ${f.number(n)}`,
    header: ['السطر:العمود', 'الخطورة', 'الرمز', 'الرسالة'],
    severities: { error: 'خطأ', warning: 'تحذير', info: 'معلومة' },
  },
  scoreInWords: {
    topsis: (score, percent) =>
      `تعني الدرجة ${score} أن التدبير يقع على ${percent} من المسافة بين تدبير له أسوأ قيمة بين هذه التدابير في كل معيار (0) وتدبير له أفضل قيمة في كل معيار (1)؛ والأعلى أفضل.`,
    'weighted-sum': (score) =>
      `الدرجة ${score} هي المجموع المرجح للقيم المعيارية للتدبير: التدبير الأفضل في كل معيار ينال نحو 1، والفرق بين درجتين هو فرقهما في القيمة المرجحة؛ والأعلى أفضل.`,
    'weighted-product': (score) =>
      `الدرجة ${score} هي حاصل ضرب قيم التدبير مرفوعة إلى أوزانها: لا معنى إلا للنسب بين الدرجات (الدرجة الأعلى مرتين أفضل مرتين على هذا السلم)؛ والأعلى أفضل.`,
    vikor: (score) =>
      `تضع الدرجة (Q) ${score} التدبير بين أفضل حل توافقي بين هذه التدابير (0) وأسوئه (1)، جامعةً نقصه المرجح الكلي وأكبر نقص له في معيار واحد؛ والأدنى أفضل.`,
    'promethee-ii': (score) =>
      `يبيّن التدفق الصافي ${score} مقدار تفضيل التدبير على غيره ناقصاً مقدار تفضيل غيره عليه، من -1 (كل تدبير آخر مفضل في كل معيار) إلى 1؛ والأعلى أفضل.`,
    copras: (score) =>
      `الدرجة ${score} هي منفعة التدبير بالنسبة المئوية من منفعة أفضل تدبير (100)؛ والأعلى أفضل.`,
    spotis: (score) =>
      `الدرجة ${score} هي المسافة المرجحة بين التدبير والنقطة المثلى التي تحددها حدود المعايير، من 0 (المثالي في كل معيار) إلى 1؛ والأدنى أفضل.`,
  },
};
