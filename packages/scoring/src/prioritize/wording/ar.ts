import type { Pillar } from '@itu-aicb/core';
import { ar as core } from '@itu-aicb/core/locales/ar';
import type { PrioritizeWording } from './prioritize-wording.js';
import { missingRewriter, numberIn } from './shared.js';

const n = numberIn('ar-u-nu-latn');
const pillars = (names: readonly Pillar[]): string =>
  new Intl.ListFormat('ar', { type: 'conjunction' }).format(
    names.map((pillar) => core.terms.pillars[pillar]),
  );
const groups = 'أقل البلدان نموًا أو البلدان النامية غير الساحلية أو الدول الجزرية الصغيرة النامية';
const on = (date: string | undefined): string => `في ${date ?? 'التاريخ المرجعي'}`;

/**
 * The Arabic words of a prioritisation.
 *
 * @example
 * ```ts
 * arabicPrioritizeWording.criteria.risk;
 * //=> 'المخاطر'
 * ```
 */
export const arabicPrioritizeWording: PrioritizeWording = {
  criteria: {
    'need-severity': 'شدة الاحتياجات الملباة',
    'vulnerable-reach':
      'الوصول إلى أقل البلدان نموًا والبلدان النامية غير الساحلية والدول الجزرية الصغيرة النامية',
    'cost-per-beneficiary': 'التكلفة لكل مستفيد',
    'initiative-leverage': 'الاستفادة من المبادرات القائمة',
    'co-financing': 'التمويل المشترك المضمون',
    coordination: 'التنسيق بين القطاعات',
    alignment: 'الاتساق مع الولايات وغايات أهداف التنمية المستدامة',
    feasibility: 'الجدوى',
    risk: 'المخاطر',
    'time-to-results': 'المدة حتى أولى النتائج',
  },
  phrases: {
    'need-severity': ({ facts, strong, extreme }) => {
      const gaps = (facts.gaps ?? []).filter((g) => g.gap > 0);
      const places = new Set(gaps.map((g) => g.place)).size;
      const fragile = new Set(gaps.filter((g) => g.vulnerable).map((g) => g.place)).size;
      if (!strong) return `يلبي احتياجات مقيَّمة ${extreme ? 'هي الأصغر' : 'صغيرة'}`;
      return `يسد فجوة ${extreme ? 'هي الأكبر' : 'كبيرة'} (${pillars([...new Set(gaps.map((g) => g.pillar))])}) في ${n(places, 0)} من البلدان${fragile > 0 ? `، منها ${n(fragile, 0)} من ${groups} ${on(facts.asOf)}` : ''}`;
    },
    'vulnerable-reach': ({ value, strong, facts }) => {
      const uncertain = facts.uncertainCountries?.length ?? 0;
      const when = ` ${on(facts.asOf)}${uncertain > 0 ? `، منها ${n(uncertain, 0)} غير مؤكدة` : ''}`;
      return strong
        ? `يصل إلى ${n(value, 0)} من ${groups}${when}`
        : value === 0
          ? `لا يصل إلى أي من ${groups} ${on(facts.asOf)}`
          : `لا يصل إلا إلى ${n(value, 0)} من ${groups}${when}`;
    },
    'cost-per-beneficiary': ({ value, facts, strong, extreme }) => {
      const cost = `${n(value, 0)} ${facts.currency ?? ''}`.trim();
      return strong
        ? `تكلفة لكل مستفيد ${extreme ? 'هي الأدنى' : 'منخفضة'} (${cost})`
        : `تكلفة لكل مستفيد ${extreme ? 'هي الأعلى' : 'مرتفعة'} (${cost})`;
    },
    'initiative-leverage': ({ value, strong }) =>
      strong
        ? `يستند إلى ${n(value, 0)} من المبادرات القائمة`
        : value === 0
          ? 'لا يستند إلى أي مبادرة قائمة'
          : `لا يستند إلا إلى ${n(value, 0)} من المبادرات القائمة`,
    'co-financing': ({ value, strong, extreme }) =>
      strong
        ? `تمويل مشترك مضمون بنسبة ${n(value * 100, 0)}%`
        : `تمويل مشترك ${extreme ? 'هو الأدنى' : 'منخفض'} (مضمون بنسبة ${n(value * 100, 0)}%)`,
    coordination: ({ value, strong }) =>
      strong
        ? `يشارك فيه ${n(value, 0)} من مكاتب الاتحاد`
        : `يشارك فيه عدد قليل من مكاتب الاتحاد (${n(value, 0)})`,
    alignment: ({ value, strong }) =>
      strong
        ? `يستجيب لـ ${n(value, 0)} من الولايات وغايات أهداف التنمية المستدامة`
        : `اتساق ضعيف مع الولايات وغايات أهداف التنمية المستدامة (${n(value, 0)})`,
    feasibility: ({ value, strong, extreme }) =>
      `جدوى ${strong ? (extreme ? 'هي الأعلى' : 'عالية') : extreme ? 'هي الأدنى' : 'منخفضة'} (${n(value)}/5)`,
    risk: ({ value, strong, extreme }) =>
      `مخاطر ${strong ? (extreme ? 'هي الأدنى' : 'منخفضة') : extreme ? 'هي الأعلى' : 'مرتفعة'} (${n(value)}/5)`,
    'time-to-results': ({ value, strong, extreme }) =>
      `أولى النتائج ${strong ? (extreme ? 'هي الأسرع' : 'سريعة') : extreme ? 'هي الأبطأ' : 'بطيئة'} (${n(value)} شهرًا)`,
  },
  ownCriterion: ({ label, value, strong }) =>
    `${strong ? 'قوي' : 'ضعيف'} في ${label} (${n(value, 2)})`,
  unknown: ({ label, why, filled }) =>
    `${label} (${why}؛ احتُسب ${filled === 'worst' ? 'بأسوأ قيمة' : 'بالوسيط'})`,
  missing: missingRewriter([
    [/^no budget$/, 'لا ميزانية'],
    [/^no estimate of beneficiaries$/, 'لا تقدير لعدد المستفيدين'],
    [/^no exchange rate from (\S+) to (.+)$/, 'لا سعر صرف من $1 إلى $2'],
    [/^no estimates\.(.+)$/, 'لا يوجد estimates.$1'],
    [/^no value at (.+)$/, 'لا قيمة في $1'],
    [/^no assessment covers its countries and pillars$/, 'لا يغطي أي تقييم بلدانه وركائزه'],
    [
      /^no target countries or regions, and not marked global$/,
      'لا بلدان أو مناطق مستهدفة، وغير موسوم بأنه عالمي',
    ],
    [/^missing$/, 'مفقودة'],
  ]),
  reason: ({ rank, total, strengths, weaknesses, unknown }) => {
    const head = `المرتبة ${rank} من ${total}. نقاط القوة: ${strengths.length === 0 ? 'لا شيء بارز' : strengths.join('؛ ')}؛ نقاط الضعف: ${weaknesses.length === 0 ? 'لا شيء بارز' : weaknesses.join('؛ ')}`;
    return unknown.length === 0 ? `${head}.` : `${head}؛ غير معروف: ${unknown.join('؛ ')}.`;
  },
  notes: {
    asOf: ({ date, source, uncertain }) =>
      `تُحدَّد العضوية في ${groups.replaceAll(' أو ', ' و')} في ${date}، ${source === 'option' ? 'وهو التاريخ المطلوب' : 'وهو بداية فترة الخطة'}.${
        uncertain.length === 0
          ? ''
          : ` غير مؤكدة في ذلك التاريخ واحتُسبت أعضاءً، إذ لا يُفترض أي رفع من القائمة قبل البت فيه: ${uncertain.join('؛ ')}.`
      }`,
    incomplete: (count, minimumShare) =>
      `لدى ${n(count, 0)} من التدابير أقل من ${n(minimumShare * 100, 1)}% من المعايير مقيسة، لذلك أُدرجت على حدة لعدم كفاية البيانات للترتيب.`,
    constant: (labels) =>
      `لجميع التدابير القيمة نفسها في ${labels.join('، ')}؛ ويستبعد VIKOR ${labels.length === 1 ? 'هذا المعيار' : 'هذه المعايير'} من S وR.`,
    inconsistent: (ratio, limit) =>
      `أحكام AHP غير متسقة: CR = ${n(ratio, 3)} أعلى من ${n(limit, 3)}؛ راجعها.`,
    noValue: (label) => `لا يوجد لأي تدبير قيمة في ${label}؛ فلا يمكنه تغيير الترتيب.`,
    filled: (count, fill) =>
      `مُلئت ${n(count, 0)} من القيم المفقودة ${fill === 'worst' ? 'بأسوأ قيمة لدى التدابير الأخرى' : 'بوسيط التدابير الأخرى'}؛ وكل منها معلَّم.`,
    noRate: (currency, to, measures) =>
      `لا يذكر ملف التقييم سعر صرف من ${currency} إلى ${to}، لذا تنقص تكلفة المستفيد الواحد لعدد ${n(measures, 0)} من التدابير الممولة بعملة ${currency}؛ أضِفه تحت \`currency.rates\`.`,
    spotisBounds: (labels) =>
      `حدود SPOTIS لـ ${labels.join('، ')} هي المدى الذي تغطيه التدابير، لذا قد تتغير بإضافة تدبير.`,
  },
  scoreMeaning: {
    'weighted-sum': `الدرجة هي المجموع المرجح للقيم المعيارية: الأعلى أفضل، والفرق بين درجتين فرق في القيمة المرجحة. لا تقارن الدرجات بين التدابير إلا ضمن هذا الحساب.`,
    'weighted-product': `الدرجة هي حاصل ضرب القيم مرفوعة إلى أوزانها: الأعلى أفضل، ونسبة درجتين تقارن بين التدبيرين. لا تقارن الدرجات بين التدابير إلا ضمن هذا الحساب.`,
    topsis: `الدرجة هي القرب من التدبير المثالي، بين 0 (الأسوأ في كل معيار) و1 (الأفضل في كل معيار): الأعلى أفضل. لا تقارن الدرجات بين التدابير إلا ضمن هذا الحساب.`,
    vikor: `تجمع الدرجة Q بين الندم الكلي المرجح وأكبر ندم في معيار واحد، بين 0 و1: الأدنى أفضل، و0 هو أفضل حل وسط. لا تقارن الدرجات بين التدابير إلا ضمن هذا الحساب.`,
    'promethee-ii': `الدرجة هي صافي تدفق التفضيل، بين -1 و1: مدى تفضيل التدبير على غيره ناقص مدى تفضيل غيره عليه؛ الأعلى أفضل. لا تقارن الدرجات بين التدابير إلا ضمن هذا الحساب.`,
    copras: `الدرجة هي المنفعة بالنسبة المئوية من منفعة أفضل تدبير (100 للأفضل): الأعلى أفضل. لا تقارن الدرجات بين التدابير إلا ضمن هذا الحساب.`,
    spotis: `الدرجة هي المسافة المرجحة إلى النقطة المثالية التي تحددها حدود المعايير، بين 0 و1: الأدنى أفضل، و0 هو المثالي. لا تقارن الدرجات بين التدابير إلا ضمن هذا الحساب.`,
  },
};
