import type { RuleSummaries } from './rule-summaries.js';

/** What each code means, in Arabic. */
export const arabicRuleSummaries: RuleSummaries = {
  'text/empty': 'لا يحتوي النص على أي وثيقة.',
  'text/too-large': 'يتجاوز النص الحد الأقصى للحجم.',
  'text/binary': 'يحتوي النص على NUL أو محارف تحكم أخرى.',
  'text/byte-order-mark': 'يبدأ النص بعلامة ترتيب البايتات، وهي مُتجاهَلة.',
  'text/syntax': 'النص ليس YAML أو JSON صالحًا.',
  'text/duplicate-key': 'يتكرر المفتاح نفسه مرتين في تعيين واحد.',
  'text/alias-limit': 'يستخدم YAML أسماء مستعارة مرفوضة افتراضيًا أو فوق الحد.',
  'text/merge-key': 'يستخدم YAML مفتاح دمج (`<<`).',
  'text/custom-tag': 'يستخدم YAML وسمًا خارج المخطط الأساسي.',
  'text/multiple-documents': 'يحتوي النص على عدة وثائق YAML.',
  'text/too-deep': 'يتجاوز تداخل النص حد العمق.',
  'file/unreadable': 'تعذرت قراءة الملف أو المجلد.',
  'file/invalid-utf8': 'الملف ليس نصًا صالحًا بترميز UTF-8.',
  'file/unknown-kind':
    'ملف عُثر عليه في مجلد أو بنمط يشبه وثيقة خطة، لكن `kind` فيه ليس نوعًا معروفًا.',
  'file/missing-kind':
    'ملف عُثر عليه في مجلد أو بنمط يشبه وثيقة خطة، لكن ليس فيه `kind` في المستوى الأعلى.',
  'input/not-text': 'ما أُعطي للقراءة ليس نصًا.',
  'input/not-a-list': 'أُعطيت مساحة العمل شيئًا غير قائمة من الوثائق أو الملفات.',
  'input/not-json': 'تحتوي القيمة على ما ليس بيانات JSON، أو تتعذر قراءتها.',
  'input/forbidden-key': 'للقيمة مفتاح `__proto__`.',
  'document/not-an-object': 'الوثيقة ليست تعيينًا من المفاتيح إلى القيم.',
  'document/missing-kind': 'ليس للوثيقة `kind`.',
  'document/unknown-kind': '`kind` ليس نوع وثيقة معروفًا.',
  'document/unsupported-schema-version': 'لا يقرأ هذا الإصدار قيمة `schemaVersion` هذه.',
  'document/kind-mismatch': 'تعلن الوثيقة نوعًا، لكن حقولها في المستوى الأعلى حقول نوع آخر.',
  'schema/missing-property': 'حقل إلزامي مفقود.',
  'schema/invalid-type': 'نوع القيمة غير صحيح.',
  'schema/unknown-key': 'المفتاح ليس حقلًا في كائنه.',
  'schema/invalid-value': 'القيمة ليست من الرموز المسموح بها.',
  'schema/invalid-format': 'لا تتبع قيمة نصية الصيغة المطلوبة (معرّف، تاريخ، رمز، URL).',
  'schema/too-small': 'عدد أو نص أو قائمة دون الحد الأدنى.',
  'schema/too-big': 'عدد أو نص أو قائمة فوق الحد الأقصى.',
  'schema/not-multiple': 'العدد ليس من مضاعفات الخطوة المطلوبة.',
  'schema/invalid': 'قيمة لا تجتاز فحصًا بنيويًا.',
  'suppression/missing-code': 'تعليق كتم لا يذكر رمزًا، فلا يكتم شيئًا.',
  'suppression/missing-reason': 'كتم لا يذكر سببًا، فلا يكتم شيئًا.',
  'suppression/unused': 'كتم لا يطابق أي نتيجة.',
  'suppression/expired': 'تجاوز كتم مُهيأ تاريخ `expires`؛ فتُبلَّغ نتائجه من جديد.',
  'plan/duplicate-id': 'لكل ولاية وهدف وتدبير ومعلم ومؤشر معرّف لا يستخدمه غيره من نوعه في الخطة.',
  'plan/unresolved-objective': 'تسمي `objectives` في التدبير أهدافًا تعرّفها الخطة.',
  'plan/unresolved-mandate': 'تسمي `mandates` في التدبير ولايات مدرجة في الخطة.',
  'plan/unresolved-milestone': 'يسمي `dependsOn` في المعلم معالم معرّفة في تدابير الخطة.',
  'plan/milestone-cycle': 'لا تشكل التبعيات بين المعالم حلقة.',
  'plan/date-order': 'تبدأ فترة الخطة والجدول الزمني لكل تدبير في يوم انتهائهما أو قبله.',
  'plan/outside-period': 'تقع الجداول الزمنية للتدابير وتواريخ الاستعراض داخل فترة الخطة.',
  'plan/milestone-outside-schedule': 'يقع موعد المعلم بين بداية الجدول الزمني لتدبيره ونهايته.',
  'plan/milestone-before-dependency': 'لا يسبق موعد المعلم مواعيد المعالم التي يعتمد عليها.',
  'plan/indicator-year-order': 'لا تسبق سنة الهدف في المؤشر سنة خط الأساس.',
  'plan/secured-exceeds-budget': 'لا يتجاوز المبلغ المضمون لتدبير ميزانيته.',
  'plan/breakdown-sum': 'مجموع حصص توزيع الميزانية 100.',
  'plan/partner-financing-sum': 'مجموع حصص `financingPercent` لشركاء التدبير لا يتجاوز 100.',
  'plan/amount-without-currency': 'مساهمة العضو التي تذكر مبلغًا تذكر عملته أيضًا.',
  'plan/unknown-country': 'البلدان المستهدفة في التدبير رموز ISO 3166-1 alpha-3 معروفة.',
  'plan/unknown-office':
    'القادة والمساهمون والمكاتب المشاركة وأعضاء فريق الاتصال مكاتب للاتحاد أو مكاتب إقليمية أو منطقية معروفة.',
  'plan/unknown-sdg-target':
    'غايات أهداف التنمية المستدامة التي تذكرها الأهداف والتدابير موجودة بين الغايات الـ169.',
  'plan/country-outside-region':
    'تقع البلدان المستهدفة في التدبير داخل مناطقه المستهدفة، إذا ذكرها.',
  'plan/objective-without-measure': 'يخدم كل هدف تدبير واحد على الأقل.',
  'plan/lead-also-contributor': 'لا يُذكر قائد التدبير مرة أخرى بين مساهميه.',
  'plan/pillar-outside-objectives': 'كل ركيزة يتناولها التدبير يتناولها أحد أهدافه.',
  'plan/duplicate-entry':
    'تذكر قوائم الركائز والمناطق والبلدان والفئات والمراجع كل عنصر مرة واحدة.',
  'plan/missing-estimates':
    'يذكر التدبير التقديرات التي يستخدمها تحديد الأولويات: المستفيدين والجدوى والمخاطر والأشهر حتى النتائج الأولى.',
  'plan/global-with-targets': 'لا يذكر التدبير الموسوم `global: true` مناطق أو بلدانًا مستهدفة.',
  'plan/long-period': 'لا تتجاوز فترة الخطة 8 سنوات؛ والفترة الأطول غالبًا خطأ في كتابة السنة.',
  'plan/mandate-after-plan': 'لا تُؤرَّخ الولاية التي تذكرها الخطة بعد سنة انتهاء الخطة.',
  'plan/first-results-after-end':
    'لا تتجاوز `estimates.monthsToFirstResults` للتدبير مدة جدوله الزمني.',
  'plan/indicator-target-outside-period': 'تقع سنة الهدف في المؤشر ضمن سنوات فترة الخطة.',
  'plan/non-budget-currency': 'تستخدم الميزانيات والمساهمات رمز عملة يدل على نقود.',
  'plan/partner-finances-nothing': 'لا يذكر الشريك ذو الدور `funding` أنه يمول 0% من الميزانية.',
  'plan/financing-without-budget':
    'التدبير الذي يمول شركاؤه حصة منه يذكر الميزانية التي يتقاسمونها.',
  'plan/duplicate-partner': 'يذكر التدبير كل شريك مرة واحدة.',
  'plan/lead-bureau-participating':
    'لا يُذكر المكتب القائد لترتيبات العمل مرة أخرى بين المكاتب المشاركة.',
  'plan/lead-outside-arrangements':
    'يقود التدبير المكتبُ القائد أو مكتب مشارك أو مكتب إقليمي مدرج في `arrangements` الخطة.',
  'plan/chair-not-member': 'رئيس فريق الاتصال من أعضائه.',
  'plan/region-without-country':
    'إذا ذكر التدبير بلدانًا مستهدفة، فكل منطقة مستهدفة فيه تضم واحدًا منها على الأقل.',
  'plan/country-not-itu-member':
    'البلدان المستهدفة في التدبير دول أعضاء في الاتحاد في اليوم الأول من فترة الخطة.',
  'plan/done-milestone-in-pipeline': 'المعلم الموسوم `done` يخص تدبيرًا تجاوز وضع `pipeline`.',
  'plan/duplicate-title': 'ليس لهدفين، ولا لتدبيرين، العنوان الإنجليزي نفسه.',
  'plan/indicator-without-unit': 'يذكر المؤشر الوحدة التي يُعدّ بها خط الأساس والهدف.',
  'catalogue/duplicate-id': 'لكل مبادرة معرّف لا تستخدمه مبادرة أخرى في الفهرس.',
  'catalogue/date-order': 'لا تنتهي المبادرة قبل أن تبدأ.',
  'catalogue/unknown-office':
    'الشركاء في ملكية المبادرة مكاتب للاتحاد أو مكاتب إقليمية أو منطقية معروفة.',
  'catalogue/ended-but-active': 'المبادرة الموسومة نشطة لم تنته قبل تاريخ الفهرس.',
  'catalogue/active-before-start': 'المبادرة الموسومة نشطة بدأت في تاريخ الفهرس أو قبله.',
  'catalogue/over-without-end': 'المبادرة المكتملة أو المتوقفة تذكر تاريخ انتهائها.',
  'catalogue/reach-after-as-of': 'لا تُؤرَّخ أرقام الوصول بعد تاريخ الفهرس.',
  'catalogue/duplicate-entry':
    'تذكر قوائم الأنواع والركائز والمناطق والشركاء في الملكية كل عنصر مرة واحدة.',
  'assessment/unknown-country': 'يذكر تقييم البلد بلدًا معروفًا برمز ISO 3166-1 alpha-3.',
  'assessment/no-pillars': 'يقيّم التقييم ركيزة واحدة على الأقل.',
  'assessment/target-below-current': 'لا يقل المستوى المستهدف للركيزة عن مستواها الحالي.',
  'assessment/need-pillar-not-assessed': 'كل حاجة ذات أولوية تتبع ركيزة يقيّمها التقييم.',
  'assessment/unknown-framework-version':
    'إصدار إطار المنهجية معروف في جدول الأطر، لكي تقابل أبعاده الركائز.',
  'profile/duplicate-criterion': 'يظهر كل معيار مرة واحدة في الملف.',
  'profile/unknown-criterion': 'المعيار أحد المعايير المدمجة، أو معيار خاص بالملف له `field` يُقرأ.',
  'profile/invalid-field':
    'المعيار الخاص بالملف يقرأ حقلًا عدديًا من التدبير ويذكر اتجاهه ولا يعيد استخدام معرّف مدمج.',
  'profile/weighting':
    'يعطي الترجيح كل معيار وزنًا، وتشكل أحكام AHP مصفوفة مربعة متعاكسة، ويذكر ترتيب الرتب كل معيار مرة واحدة.',
  'profile/preference-thresholds': 'لدالة التفضيل العتبات التي يحتاجها نوعها.',
  'profile/unused-setting':
    'ينطبق الإعداد على الطريقة أو الترجيح المختار (مثلًا `v` على VIKOR وحدها).',
  'profile/inconsistent-judgements': 'لا تتجاوز نسبة اتساق أحكام AHP القيمة `maxConsistencyRatio`.',
  'report/date-order': 'تبدأ فترة التقرير في يوم انتهائها أو قبله.',
  'report/after-as-of':
    'لا تقع التواريخ التي يسجلها التقرير بعد تاريخه المرجعي؛ ويجوز ذلك للتواريخ المعاد توقعها.',
  'report/duplicate-entry':
    'يذكر التقرير كل تدبير وهدف ومساهمة متعهد بها مرة واحدة، وكل معلم مرة واحدة لكل تدبير.',
  'workspace/duplicate-document-id': 'لوثائق النوع الواحد معرّفات مختلفة في جميع الملفات.',
  'workspace/duplicate-initiative-id': 'يظهر معرّف المبادرة في فهرس واحد فقط من مساحة العمل.',
  'workspace/unresolved-initiative':
    'يسمي `buildsOn` في التدبير مبادرات مدرجة في فهرس من مساحة العمل.',
  'workspace/duplicate-assessment': 'ليس لتقييمين النطاق نفسه (بلد أو منطقة) والتاريخ نفسه.',
  'workspace/missing-exchange-rate':
    'إذا قارن ملف الترجيح التكلفة لكل مستفيد، فكل عملة في الميزانيات هي عملة المقارنة أو لها سعر في `currency.rates`.',
  'report/unknown-plan': 'يذكر تقرير التقدم في `plan` خطة عمل من مساحة العمل.',
  'report/outside-plan-period': 'تقع فترة تقرير التقدم داخل فترة الخطة التي يتناولها.',
  'report/unknown-reference':
    'التدابير والأهداف والمعالم والمؤشرات والمساهمات التي يذكرها التقرير موجودة في خطته.',
  'report/milestone-before-start': 'لا يُبلَّغ عن تحقيق معلم قبل بدء تدبيره في الخطة.',
  'report/spend-currency': 'يُبلَّغ عن إنفاق التدبير بعملة ميزانيته، وللتدبير الذي له إنفاق ميزانية.',
  'report/spend-above-budget': 'لا يتجاوز الإنفاق التراكمي للتدبير ميزانيته (بالعملة نفسها).',
  'report/spend-decrease': 'لا ينخفض الإنفاق التراكمي للتدبير من تقرير للخطة إلى التالي.',
  'report/overlapping-periods': 'تغطي التقارير عن الخطة الواحدة فترات لا تتداخل.',
  'report/implausible-status': 'لا يعود التدبير إلى الوراء من تقرير للخطة إلى التالي.',
  'report/indicator-unit': 'قيمة المؤشر التي تذكر `unit` تستخدم الوحدة التي تعطيها الخطة للمؤشر.',
  'report/milestone-entry':
    'يذكر مدخل المَعلم أحد التاريخين فقط: `achieved` (تاريخ التحقق) أو `forecast` (التاريخ المتوقع الجديد).',
  'report/group-above-total':
    'لا يتجاوز عدد من بلغهم التدبير في فئة مستهدفة العدد الإجمالي لمن بلغهم.',
  'report/amount-without-currency': 'المساهمة المقدَّمة بمبلغ تذكر عملتها أيضًا.',
  'report/non-budget-currency':
    'يُذكر الإنفاق والمساهمات المقدَّمة برمز عملة يدل على نقود (لا XXX ولا XTS ولا المعادن ولا وحدات سوق السندات).',
  'report/contribution-currency': 'تُقدَّم المساهمة بعملة التعهد بها في الخطة.',
  'rule/crashed': 'توقفت قاعدة بسبب خطأ داخلي فنتائجها مفقودة؛ وهذا خطأ في SDK لا في الوثيقة.',
};
