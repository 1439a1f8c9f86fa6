import type { DomainTerms } from './domain-terms.js';

/**
 * The Arabic terms, with the sources they were checked against.
 *
 * @example
 * ```ts
 * arabicTerms.bureaus.BDT;
 * //=> 'مكتب تنمية الاتصالات (BDT)'
 * ```
 */
export const arabicTerms: DomainTerms = {
  bureaus: {
    GS: 'الأمانة العامة',
    BR: 'مكتب الاتصالات الراديوية (BR)',
    TSB: 'مكتب تقييس الاتصالات (TSB)',
    BDT: 'مكتب تنمية الاتصالات (BDT)',
  },
  sectors: {
    'ITU-R': 'قطاع الاتصالات الراديوية (ITU-R)',
    'ITU-T': 'قطاع تقييس الاتصالات (ITU-T)',
    'ITU-D': 'قطاع تنمية الاتصالات (ITU-D)',
  },
  regions: {
    AFR: 'أفريقيا',
    AMS: 'الأمريكتان',
    ARB: 'الدول العربية',
    ASP: 'آسيا والمحيط الهادئ',
    CIS: 'كومنولث الدول المستقلة',
    EUR: 'أوروبا',
  },
  pillars: {
    infrastructure: 'البنية التحتية',
    compute: 'القدرة الحاسوبية',
    models: 'نماذج الذكاء الاصطناعي',
    data: 'البيانات',
    talent: 'المواهب والمهارات',
    strategy: 'الاستراتيجية الوطنية للذكاء الاصطناعي',
    cooperation: 'التعاون الدولي',
  },
  planStatuses: {
    draft: 'مسودة',
    proposed: 'مقترحة للاعتماد',
    adopted: 'معتمدة',
    superseded: 'حلت محلها خطة لاحقة',
    withdrawn: 'مسحوبة',
  },
  measureStatuses: {
    pipeline: 'قيد التحديد',
    implementation: 'قيد التنفيذ',
    finalisation: 'في المرحلة الختامية',
    closed: 'مغلقة',
    cancelled: 'ملغاة',
    suspended: 'معلقة',
  },
  initiativeStatuses: {
    planned: 'مخطط لها',
    active: 'جارية',
    completed: 'مكتملة',
    discontinued: 'متوقفة',
  },
  memberCategories: {
    'member-state': 'دولة عضو',
    'sector-member': 'عضو قطاع',
    associate: 'منتسب',
    academia: 'هيئة أكاديمية',
  },
  sources: [
    {
      terms: ['bureaus.GS', 'bureaus.BDT'],
      source:
        'الاتحاد الدولي للاتصالات، بوابة التاريخ، صفحة «التركيز على التنمية» (itu.int/ar/history/Pages/FocusOnDevelopment.aspx): «الأمانة العامة»، «مكتب تنمية الاتصالات»',
      asOf: '2026-12-01',
    },
    {
      terms: ['sectors.ITU-T'],
      source:
        'الاتحاد الدولي للاتصالات، صفحة قطاع تقييس الاتصالات بالعربية (itu.int/ar/ITU-T/about): «قطاع تقييس الاتصالات بالاتحاد الدولي للاتصالات (ITU-T)»',
      asOf: '2026-12-01',
    },
  ],
};
