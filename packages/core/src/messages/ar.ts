import { BUREAUS } from '../codes/bureaus.js';
import { ITU_OFFICES } from '../codes/offices.js';
import { countryName } from '../codes/countries.js';
import type { IssueParams, MessageCatalogue } from './catalogue.js';
import type { FragmentRule } from './phrasing.js';
import { phrasing, rewriteFragment } from './phrasing.js';

// Latin digits, as in codes, ids and dates of the same sentence.
const p = phrasing('ar-u-nu-latn', {
  open: '«',
  close: '»',
  more: (count) => `${count} أخرى (انظر قوائم الرموز في مرجع تنسيق الخطط)`,
});
const q = p.quote;

/** The English fragments rules pass as parameters, in Arabic. */
const FRAGMENTS: readonly FragmentRule[] = [
  [/^nothing$/, 'لا شيء'],
  [/^null$/, 'null'],
  [/^a list$/, 'قائمة'],
  [/^a mapping( of keys to values)?$/, 'تعيين من مفاتيح إلى قيم'],
  [/^a number$/, 'عدد'],
  [/^a whole number$/, 'عدد صحيح'],
  [/^text$/, 'نص'],
  [/^true or false$/, 'true أو false'],
  [/^a fixed value$/, 'قيمة ثابتة'],
  [/^a date$/, 'تاريخ'],
  [/^a Date object$/, 'كائن Date'],
  [/^a BigInt$/, 'BigInt'],
  [/^a function$/, 'دالة'],
  [/^a symbol$/, 'رمز (Symbol)'],
  [/^a value that cannot be read$/, 'قيمة تتعذر قراءتها'],
  [/^the text (.+)$/s, 'النص $1'],
  [/^the number (.+)$/, 'العدد $1'],
  [/^the non-finite number (.+)$/, 'العدد غير المنتهي $1'],
  [/^the value (.+)$/, 'القيمة $1'],
  [/^plan period$/, 'فترة الخطة'],
  [/^review$/, 'الاستعراض'],
  [/^schedule of measure "(.+)"$/, 'الجدول الزمني للتدبير «$1»'],
  [/^budget of measure "(.+)"$/, 'ميزانية التدبير «$1»'],
  [/^start of measure "(.+)"$/, 'بداية التدبير «$1»'],
  [/^end of measure "(.+)"$/, 'نهاية التدبير «$1»'],
  [/^contribution of "(.+)"$/, 'مساهمة «$1»'],
  // The text to write that schema findings give as `example`.
  [
    /^(".+"), a full date in quotes \(YYYY-MM-DD; a year alone is not a date here\)$/,
    '$1، أي تاريخًا كاملًا بين علامتي تنصيص (YYYY-MM-DD؛ فالسنة وحدها لا تُعد تاريخًا هنا)',
  ],
  [/^(".*"), in quotes$/, '$1، أي بين علامتي تنصيص'],
  [
    /^(".+") \(letters, digits, "\.", "_" or "-", starting with a letter or digit, at most 64 characters\)$/,
    '$1 (حروف وأرقام و«.» و«_» و«-»، يبدأ بحرف أو رقم، ولا يتجاوز 64 حرفًا)',
  ],
  [
    /^(".+") \(a real calendar day, in a year from 1900 to 2100\)$/,
    '$1 (يوم حقيقي من التقويم، في سنة من 1900 إلى 2100)',
  ],
  [
    /^(".+"), (".+") or (".+") \(a year from 1900 to 2100\)$/,
    '$1 أو $2 أو $3 (سنة من 1900 إلى 2100)',
  ],
  [/^(".+"), (".+") or an office id such as (".+")$/, '$1 أو $2 أو معرّف مكتب مثل $3'],
  [/^(".+") or (".+")$/, '$1 أو $2'],
  // The formats schema findings name.
  [/^identifier$/, 'معرّف'],
  [/^date$/, 'تاريخ'],
  [/^partial date$/, 'تاريخ جزئي'],
  [/^ISO 3166-1 alpha-3 country code$/, 'رمز بلد وفق ISO 3166-1 alpha-3'],
  [/^entity reference$/, 'إحالة إلى مكتب من مكاتب الاتحاد'],
  [/^SDG target$/, 'غاية من غايات أهداف التنمية المستدامة'],
  [/^URL$/, 'URL'],
  [/^language code$/, 'رمز لغة'],
  [/^text with a visible character$/, 'نص يتضمن حرفًا مرئيًا واحدًا على الأقل'],
  // What a progress report dates, as `report/after-as-of` names it.
  [/^The report period$/, 'فترة التقرير'],
  [/^Milestone "(.+)"$/, 'المعلم «$1»'],
  [/^A value of "(.+)"$/, 'قيمة للمؤشر «$1»'],
  [/^A transaction of "(.+)"$/, 'معاملة إنفاق للتدبير «$1»'],
  [/^The contribution of (.+)$/, 'مساهمة $1'],
  [/^A meeting$/, 'اجتماع'],
];
const f = (text: string): string =>
  rewriteFragment(text, FRAGMENTS, { or: ' أو ', oneOf: (values) => `إحدى القيم ${values}` });

function knownEntities(): string {
  return `المكاتب ${BUREAUS.join(', ')} والمكاتب الإقليمية ومكاتب المناطق ${ITU_OFFICES.map((office) => office.id).join(', ')}`;
}

function didYouMean(suggestion: string | undefined): string | undefined {
  return suggestion === undefined ? undefined : `هل تقصد ${q(suggestion)}؟`;
}

/** How a report's reference is named: defined and undefined. */
const REFERENCE_WHAT: Readonly<
  Record<IssueParams['report/unknown-reference']['what'], { the: string; a: string }>
> = {
  measure: { the: 'التدبير', a: 'تدبير' },
  milestone: { the: 'المعلم', a: 'معلم' },
  indicator: { the: 'المؤشر', a: 'مؤشر' },
  objective: { the: 'الهدف', a: 'هدف' },
  contribution: { the: 'المساهمة', a: 'مساهمة' },
};

/**
 * Arabic wording for every issue code.
 *
 * @example
 * ```ts
 * ar.messages['text/empty']({}).message;
 * //=> 'الملف فارغ.'
 * ```
 */
export const ar: MessageCatalogue = {
  'text/empty': () => ({
    message: 'الملف فارغ.',
    hint: 'اكتب وثيقة واحدة تتضمن `kind`، مثل `kind: WorkPlan`.',
  }),
  'text/too-large': ({ size, limit, unit, atLeast }) =>
    unit === 'bytes'
      ? {
          message: `حجم الملف ${atLeast === true ? 'أكثر من ' : ''}${p.number(size)} بايت، وهو يتجاوز الحد البالغ ${p.number(limit)} بايت؛ لذلك لم تتم قراءته.`,
          hint: 'قسّم الملف إلى عدة وثائق.',
        }
      : {
          message: `طول النص ${p.number(size)} حرفًا، وهو يتجاوز الحد البالغ ${p.number(limit)}.`,
          hint: 'قسّم الوثيقة إلى عدة ملفات، أو ارفع `maxLength` إذا كان هذا الحجم متوقعًا.',
        },
  'text/binary': () => ({
    message: 'يحتوي النص على بيانات ثنائية (NUL أو أحرف تحكم أخرى)، وليس YAML أو JSON.',
    hint: 'تحقق من أن الملف وثيقة خطة محفوظة كنص بترميز UTF-8.',
  }),
  'text/byte-order-mark': () => ({
    message: 'يبدأ النص بعلامة ترتيب البايتات (BOM)، وقد تم تجاهلها.',
    hint: 'احفظ الملف بترميز UTF-8 دون BOM.',
  }),
  'text/syntax': ({ format, detail }) => ({
    message: `النص ليس ${format} صالحًا: ${detail}`,
  }),
  'text/duplicate-key': ({ key }) => ({
    message: `يتكرر المفتاح ${q(key)} أكثر من مرة في التعيين نفسه؛ ولا يمكن أن تُعتمد إلا قيمة واحدة.`,
    hint: 'احذف أحد التكرارات أو غيّر اسمه.',
  }),
  'text/alias-limit': ({ count, limit }) => ({
    message:
      limit === 0
        ? 'يستخدم YAML أسماء مستعارة (*name)، وهي غير مقبولة في ملفات الخطة.'
        : `يحلّ YAML عدد ${p.number(count)} من الأسماء المستعارة، وهو يتجاوز الحد البالغ ${p.number(limit)}.`,
    hint: 'اكتب القيم المكررة كاملة.',
  }),
  'text/merge-key': () => ({
    message: 'يستخدم YAML مفتاح دمج (<<)، وهو غير مقبول في ملفات الخطة.',
    hint: 'اكتب المفاتيح المدمجة كاملة.',
  }),
  'text/custom-tag': ({ tag }) => ({
    message: `يستخدم YAML الوسم ${q(tag)}، ولا تقبله ملفات الخطة.`,
    hint: 'احذف الوسم؛ فملفات الخطة تتضمن سلاسل وأعدادًا وقيمًا منطقية وقوائم وتعيينات بسيطة فقط.',
  }),
  'text/multiple-documents': ({ count }) => ({
    message: `يحتوي النص على ${p.number(count)} من وثائق YAML؛ وملف الخطة يحتوي على وثيقة واحدة بالضبط.`,
    hint: 'ضع كل وثيقة في ملف مستقل.',
  }),
  'text/too-deep': ({ limit }) => ({
    message: `تتداخل القوائم والتعيينات في النص لأكثر من ${p.number(limit)} مستوى.`,
    hint: 'وثائق الخطة لا تتجاوز بضعة مستويات؛ تحقق من المسافات البادئة.',
  }),
  'file/unreadable': ({ what, reason }) => ({
    message: `تعذرت قراءة ${what === 'file' ? 'الملف' : 'المجلد'} (${reason}).`,
    hint: `تحقق من أنه موجود، وأنه ${what === 'file' ? 'ملف عادي' : 'مجلد'}، وأن لديك إذنًا بقراءته.`,
  }),
  'file/invalid-utf8': ({ byte, line, column }) => ({
    message: `الملف ليس بترميز UTF-8 صالح: يتعذر فك ترميز البايت 0x${byte} في السطر ${line}، العمود ${column}.`,
    hint: 'احفظ الملف بترميز UTF-8.',
  }),
  'file/unknown-kind': ({ kind, known, suggestion }) => ({
    message: `يبدو الملف وثيقة خطة، لكن نوعه ${q(kind)} ليس نوعًا معروفًا، لذلك لم يُفحص.`,
    hint: didYouMean(suggestion) ?? `اجعل قيمة \`kind\` إحدى القيم ${p.list(known)}.`,
  }),
  'file/missing-kind': ({ evidence, known, suggestion }) => ({
    message: `يبدو الملف وثيقة خطة (${evidence})، لكنه لا يتضمن \`kind\` في المستوى الأعلى، لذلك لم يُفحص.`,
    hint:
      suggestion === undefined
        ? `أضف \`kind\` بإحدى القيم ${p.list(known)}.`
        : `أضف \`kind: ${suggestion}\` في المستوى الأعلى.`,
  }),
  'input/not-text': ({ received }) => ({
    message: `المتوقع نص ملف (سلسلة)؛ وما ورد: ${f(received)}.`,
    hint: 'اقرأ الملف كنص أولًا، مثلًا باستخدام readFile(path, "utf8").',
  }),
  'input/not-a-list': ({ received }) => ({
    message: `المتوقع قائمة بمدخلات مساحة العمل؛ وما ورد: ${f(received)}.`,
    hint: 'مرّر مصفوفة بمدخل واحد لكل ملف.',
  }),
  'input/not-json': ({ received }) => ({
    message: `تتضمن القيمة ${f(received)}، وهو ما لا يمكن أن تتضمنه وثيقة خطة.`,
    hint: 'استخدم فقط السلاسل والأعداد المنتهية والقيم المنطقية وnull والمصفوفات والكائنات البسيطة.',
  }),
  'input/forbidden-key': ({ key }) => ({
    message: `المفتاح ${q(key)} غير مسموح به في وثيقة خطة.`,
    hint: 'احذف المفتاح؛ فله معنى خاص في كائنات JavaScript.',
  }),
  'document/not-an-object': ({ received }) => ({
    message: `يجب أن تكون وثيقة الخطة تعيينًا من مفاتيح إلى قيم، لا ${f(received)}.`,
    hint: 'ابدأ الوثيقة بـ `kind:` و`schemaVersion:`.',
  }),
  'document/missing-kind': ({ known }) => ({
    message: 'لا تتضمن الوثيقة `kind`، لذلك يتعذر التحقق من صحتها.',
    hint: `أضف \`kind\` بإحدى القيم ${p.list(known)}.`,
  }),
  'document/unknown-kind': ({ kind, known, suggestion }) => ({
    message: `${q(kind)} ليس نوع وثيقة معروفًا؛ والأنواع المعروفة هي ${p.list(known, 'and')}.`,
    hint: didYouMean(suggestion),
  }),
  'document/unsupported-schema-version': ({ version, supported }) => ({
    message: `إصدار المخطط ${version} غير مدعوم؛ وهذا الإصدار من SDK يقرأ ${supported.join(', ')}.`,
    hint: 'اجعل `schemaVersion` إصدارًا مدعومًا، أو حدّث SDK.',
  }),
  'document/kind-mismatch': ({ kind, likely, fields }) => ({
    message: `تعلن الوثيقة \`kind: ${kind}\`، لكن محتواها من النوع ${likely}: ${p.list(fields, 'and')} ${fields.length === 1 ? 'حقل' : 'حقول'} من ${likely}، لا من ${kind}.`,
    hint: `اكتب \`kind: ${likely}\` إذا كانت الوثيقة من هذا النوع؛ وإلا فاكتبها بحقول ${kind}.`,
  }),
  'schema/missing-property': ({ key, expected }) => ({
    message: `الحقل الإلزامي ${q(key)} مفقود.`,
    hint: `أضف ${q(key)} (${f(expected)}).`,
  }),
  'schema/invalid-type': ({ expected, received, example }) => ({
    message: `المتوقع: ${f(expected)}؛ الموجود: ${f(received)}.`,
    hint: example === undefined ? undefined : `اكتبه هكذا: ${f(example)}.`,
  }),
  'schema/unknown-key': ({ key, suggestion, allowed }) => ({
    message: `${q(key)} ليس حقلًا في هذا الموضع.`,
    hint: didYouMean(suggestion) ?? `الحقول في هذا الموضع هي ${p.list(allowed, 'and')}.`,
  }),
  'schema/invalid-value': ({ received, allowed, suggestion }) => ({
    message: `${received} ليست من القيم المسموح بها.`,
    hint: didYouMean(suggestion) ?? `استخدم ${p.list(allowed)}.`,
  }),
  'schema/invalid-format': ({ format, received, example }) => ({
    message: `${received} ليس بتنسيق صالح (${f(format)}).`,
    hint: example === undefined ? undefined : `اكتبه على نحو ${f(example)}.`,
  }),
  'schema/too-small': ({ subject, minimum, inclusive }) => ({
    message: `القيمة صغيرة جدًا (${subject}): يجب أن تكون ${inclusive ? 'على الأقل' : 'أكبر من'} ${typeof minimum === 'number' ? p.number(minimum) : minimum}.`,
  }),
  'schema/too-big': ({ subject, maximum, inclusive }) => ({
    message: `القيمة كبيرة جدًا (${subject}): يجب أن تكون ${inclusive ? 'على الأكثر' : 'أصغر من'} ${typeof maximum === 'number' ? p.number(maximum) : maximum}.`,
  }),
  'schema/not-multiple': ({ divisor }) => ({
    message: `يجب أن يكون العدد من مضاعفات ${p.number(divisor)}.`,
  }),
  'schema/invalid': ({ detail }) => ({
    message: detail,
  }),
  'rule/crashed': ({ rule, error }) => ({
    message: `توقفت القاعدة ${q(rule)} بسبب خطأ (${error})، لذلك لم تُفحص الوثيقة بالكامل.`,
    hint: `هذا عيب في @itu-aicb/core وليس في الوثيقة: يُرجى الإبلاغ عنه مع هذه الرسالة. ولفحص الباقي في الأثناء، عطّل القاعدة بـ \`rules: { '${rule}': 'off' }\`.`,
  }),
  'suppression/missing-code': () => ({
    message: 'تعليق الكتم لا يذكر أي رمز، لذلك لا يكتم شيئًا.',
    hint: 'اذكر الرموز المقبولة قبل « -- »، مثل `# aicb-disable-next-line plan/missing-estimates -- ستُقدَّر التكلفة في استعراض 2027`؛ تُظهر كل ملاحظة رمزها.',
  }),
  'suppression/missing-reason': ({ codes }) => ({
    message: `كتم ${p.list(codes, 'and')} لا يذكر أي سبب، لذلك لا يكتم شيئًا.`,
    hint: 'اذكر سبب قبول الملاحظة بعد « -- »، مثل `# aicb-disable-next-line plan/missing-estimates -- ستُقدَّر التكلفة في استعراض 2027`.',
  }),
  'suppression/unused': ({ codes }) => ({
    message: `كتم ${p.list(codes, 'and')} لا يطابق أي ملاحظة.`,
    hint: 'احذفه: فالملاحظة التي كُتب من أجلها لم تعد موجودة، أو أنه يذكر رمزًا أو سطرًا أو مؤشرًا خاطئًا.',
  }),
  'suppression/expired': ({ codes, expires }) => ({
    message: `انتهت صلاحية كتم ${p.list(codes, 'and')} في ${expires}، لذلك يُبلَّغ مجددًا عن الملاحظات التي كان يطابقها.`,
    hint: 'صحّح الملاحظات، أو مدّد `expires` مع ذكر سبب جديد.',
  }),
  'plan/duplicate-id': ({ id, collection, first }) => ({
    message: `المعرّف ${q(id)} مستخدم أكثر من مرة (${collection})؛ وأول استخدام له في ${first}.`,
    hint: 'أعطِ كل عنصر معرّفًا خاصًا به: يجب أن تشير كل إحالة إلى عنصر واحد فقط.',
  }),
  'plan/unresolved-objective': ({ measure, objective, known }) => ({
    message: `يشير التدبير ${q(measure)} إلى الهدف ${q(objective)}، الذي لا تعرّفه هذه الخطة.`,
    hint: known.length > 0 ? `استخدم أحد معرّفات الأهداف: ${known.join(', ')}.` : 'أضف الهدف.',
  }),
  'plan/unresolved-milestone': ({ milestone, reference }) => ({
    message: `يعتمد المعلم ${q(milestone)} على ${q(reference)}، وهو ليس معلمًا في هذه الخطة.`,
    hint: 'استخدم معرّف معلم معرَّف في الجدول الزمني لأحد التدابير.',
  }),
  'plan/unresolved-mandate': ({ measure, mandate, known }) => ({
    message: `يستشهد التدبير ${q(measure)} بالولاية ${q(mandate)}، التي لا تدرجها ولايات الخطة.`,
    hint:
      known.length > 0 ? `استخدم إحدى هذه: ${known.join(', ')}.` : 'أضف الولاية إلى `mandates`.',
  }),
  'plan/milestone-cycle': ({ cycle }) => ({
    message: `تعتمد المعالم بعضها على بعض في حلقة مغلقة: ${cycle.join(' -> ')}.`,
    hint: 'احذف أحد الاعتمادات حتى يمكن بلوغ المعالم بترتيب ما.',
  }),
  'plan/date-order': ({ what, start, end }) => ({
    message: `ينتهي ${f(what)} (${end}) قبل أن يبدأ (${start}).`,
    hint: 'بدّل التاريخين أو صحّح التاريخ الخاطئ.',
  }),
  'plan/outside-period': ({ what, date, start, end }) => ({
    message: `يقع ${f(what)} (${date}) خارج فترة الخطة من ${start} إلى ${end}.`,
    hint: 'انقل التاريخ إلى داخل فترة الخطة، أو مدّد الفترة.',
  }),
  'plan/milestone-outside-schedule': ({ milestone, due, start, end }) => ({
    message: `موعد المعلم ${q(milestone)} هو ${due}، خارج الجدول الزمني لتدبيره من ${start} إلى ${end}.`,
    hint: 'انقل المعلم إلى داخل الجدول الزمني للتدبير، أو مدّد الجدول.',
  }),
  'plan/milestone-before-dependency': ({ milestone, due, dependency, dependencyDue }) => ({
    message: `موعد المعلم ${q(milestone)} هو ${due}، أي قبل ${q(dependency)} (${dependencyDue}) الذي يعتمد عليه.`,
    hint: 'غيّر أحد التاريخين، أو احذف الاعتماد.',
  }),
  'plan/secured-exceeds-budget': ({ secured, amount, currency }) => ({
    message: `المبلغ المضمون (${p.number(secured)} ${currency}) يتجاوز الميزانية (${p.number(amount)} ${currency}).`,
    hint: 'ارفع الميزانية، أو اخفض المبلغ المضمون إلى ما هو ملتزم به لهذا التدبير.',
  }),
  'plan/breakdown-sum': ({ sum }) => ({
    message: `مجموع بنود الميزانية ${p.number(sum)}%، لا 100%.`,
    hint: 'عدّل الحصص بحيث يكون مجموعها 100.',
  }),
  'plan/partner-financing-sum': ({ sum }) => ({
    message: `مجموع حصص تمويل الشركاء ${p.number(sum)}%، أي أكثر من الميزانية كلها.`,
    hint: 'اخفض الحصص بحيث لا يتجاوز مجموعها 100.',
  }),
  'plan/amount-without-currency': ({ member }) => ({
    message: `لمساهمة ${q(member)} مبلغ دون عملة.`,
    hint: 'أضف `currency` برمز ISO 4217 مثل «USD».',
  }),
  'plan/indicator-year-order': ({ indicator, baselineYear, targetYear }) => ({
    message: `سنة الهدف للمؤشر ${q(indicator)} (${targetYear}) تسبق سنة خط الأساس (${baselineYear}).`,
    hint: 'يتحقق الهدف بعد خط الأساس: تحقق من السنتين.',
  }),
  'plan/unknown-country': ({ country, suggestion }) => ({
    message: `${q(country)} ليس رمز بلد معروفًا وفق ISO 3166-1 alpha-3.`,
    hint: didYouMean(suggestion) ?? 'استخدم رمزًا ثلاثي الأحرف مثل «KEN» أو «BGD».',
  }),
  'plan/unknown-office': ({ reference, suggestion }) => ({
    message: `${q(reference)} ليس مكتبًا من مكاتب الاتحاد (GS، BR، TSB، BDT) ولا مكتبًا إقليميًا أو مكتب منطقة معروفًا.`,
    hint: didYouMean(suggestion) ?? `استخدم أحد ما يلي: ${knownEntities()}.`,
  }),
  'plan/unknown-sdg-target': ({ target }) => ({
    message: `${q(target)} مكتوب على هيئة غاية من غايات أهداف التنمية المستدامة، لكنه ليس من الغايات الـ 169.`,
    hint: 'تحقق من رقمي الهدف والغاية في إطار أهداف التنمية المستدامة.',
  }),
  'plan/country-outside-region': ({ country, region, targetRegions }) => ({
    message: `البلد ${q(country)} يقع في المنطقة ${region}، وهي ليست من المناطق المستهدفة للتدبير (${targetRegions.join(', ')}).`,
    hint: `أضف ${region} إلى targetRegions، أو تحقق من رمز البلد.`,
  }),
  'plan/objective-without-measure': ({ objective }) => ({
    message: `لا يخدم أي تدبير الهدف ${q(objective)}.`,
    hint: 'أضف تدبيرًا له، أو احذف الهدف إذا كانت الخطة لا تسعى إليه.',
  }),
  'plan/lead-also-contributor': ({ entity }) => ({
    message: `${q(entity)} يقود التدبير ومدرج أيضًا بين المساهمين فيه.`,
    hint: 'احذفه من المساهمين: فالجهة الرائدة مشاركة أصلًا.',
  }),
  'plan/duplicate-entry': ({ value, list }) => ({
    message: `${q(value)} مدرج أكثر من مرة في ${list}.`,
    hint: 'احذف المدخل المكرر.',
  }),
  'plan/pillar-outside-objectives': ({ measure, pillar }) => ({
    message: `يتناول التدبير ${q(measure)} الركيزة ${q(pillar)}، التي لا يتناولها أي من أهدافه.`,
    hint: 'اربط التدبير بهدف يتناول هذه الركيزة، أو أضف الركيزة إلى أحد أهدافه.',
  }),
  'plan/missing-estimates': ({ measure, fields }) => ({
    message: `لا يتضمن التدبير ${q(measure)} تقديرًا لـ ${fields.join(', ')}؛ وسيعاملها تحديد الأولويات على أنها مفقودة.`,
    hint: 'أضف التقديرات تحت `estimates` حتى يمكن ترتيب التدبير على أساسها.',
  }),
  'plan/global-with-targets': ({ measure, targets }) => ({
    message: `التدبير ${q(measure)} موسوم بأنه عالمي لكنه يذكر ${p.number(targets)} من المناطق أو البلدان المستهدفة؛ ولن يقرأ تحديد الأولويات سوى هذه الأهداف.`,
    hint: 'احذف `global` إذا كان التدبير يخدم أهدافه فقط، أو احذف الأهداف إذا كان يخدم جميع البلدان.',
  }),
  'plan/long-period': ({ start, end, limit }) => ({
    message: `تمتد فترة الخطة من ${start} إلى ${end}، أي أكثر من ${p.number(limit)} سنوات.`,
    hint: `تحقق من عدم وجود خطأ مطبعي في سنة الانتهاء؛ فالأفضل تقسيم الخطة التي تتجاوز ${p.number(limit)} سنوات إلى خطط متعاقبة.`,
  }),
  'plan/mandate-after-plan': ({ mandate, year, end }) => ({
    message: `الولاية ${q(mandate)} مؤرخة ${year}، أي بعد انتهاء الخطة في ${end}.`,
    hint: 'تحقق من سنة الاعتماد (أو سنة التعديل المستشهد به)، أو من نهاية فترة الخطة.',
  }),
  'plan/first-results-after-end': ({ measure, months, runs, end }) => ({
    message: `يتوقع التدبير ${q(measure)} أولى النتائج بعد ${p.number(months)} شهرًا من بدايته، لكنه لا يستمر إلا ${p.number(runs)} شهرًا، حتى ${end}.`,
    hint: 'اخفض `estimates.monthsToFirstResults`، أو مدّد الجدول الزمني.',
  }),
  'plan/non-budget-currency': ({ currency, what }) => ({
    message: `${f(what)} مقومة بـ ${q(currency)}، وهو رمز ISO 4217 لا يمثل نقودًا لميزانية.`,
    hint: 'استخدم رمز العملة التي تُحفظ بها الأموال، مثل «USD» أو «CHF»؛ فالرموز XXX وXTS والمعادن النفيسة (XAU وXAG وXPT وXPD) ووحدات سوق السندات (XBA إلى XBD) ليست كذلك.',
  }),
  'plan/partner-finances-nothing': ({ measure, partner }) => ({
    message: `الشريك ${q(partner)} في التدبير ${q(measure)} دوره «funding» لكنه يموّل 0% من الميزانية.`,
    hint: 'اذكر حصته في `financingPercent`، أو احذف `financingPercent` إذا لم تكن الحصة معروفة بعد، أو أعطِ الشريك دوره الفعلي.',
  }),
  'plan/duplicate-partner': ({ measure, partner }) => ({
    message: `الشريك ${q(partner)} مدرج أكثر من مرة في التدبير ${q(measure)}.`,
    hint: 'أدرج كل شريك مرة واحدة؛ وللشريك ذي الأدوار المتعددة يُحتفظ بالدور الرئيسي مع كامل حصته من التمويل.',
  }),
  'plan/lead-bureau-participating': ({ bureau }) => ({
    message: `المكتب الرائد ${bureau} مدرج أيضًا بين المكاتب المشاركة.`,
    hint: 'احذفه من `participatingBureaus`: فتلك القائمة تذكر المكاتب الأخرى.',
  }),
  'plan/lead-outside-arrangements': ({ measure, lead, taking, list }) => ({
    message: `يقود التدبير ${q(measure)} الجهة ${q(lead)}، التي لا تشارك في ترتيبات عمل الخطة (${taking.length === 0 ? 'لم تُدرج أي جهة' : `المشاركون: ${p.list(taking, 'and')}`}).`,
    hint: `أضف ${q(lead)} إلى \`arrangements.${list}\`، أو أسند قيادة التدبير إلى جهة مشاركة.`,
  }),
  'plan/region-without-country': ({ measure, region, countries }) => ({
    message: `يستهدف التدبير ${q(measure)} المنطقة ${region}، لكن أيًا من بلدانه المستهدفة (${p.list(countries, 'and')}) لا يقع في ${region}.`,
    hint: `أضف بلدان ${region} التي يصل إليها التدبير، أو احذف ${region} من \`targetRegions\`.`,
  }),
  'plan/chair-not-member': ({ chair, members }) => ({
    message: `يرأس فريق الاتصال ${q(chair)}، وهو ليس من أعضائه (${p.list(members, 'and')}).`,
    hint: `أضف ${q(chair)} إلى \`members\`، أو صحّح الرئاسة.`,
  }),
  'plan/done-milestone-in-pipeline': ({ milestone, measure }) => ({
    message: `المعلم ${q(milestone)} موسوم بأنه منجز، لكن تدبيره ${q(measure)} لا يزال في مرحلة التحديد.`,
    hint: 'انقل التدبير إلى «implementation» (أو ما بعدها)، أو اكتب `done: false`.',
  }),
  'plan/country-not-itu-member': ({ country, date }) => ({
    message: `${q(country)} (${countryName(country, 'ar')}) ليس دولة عضوًا في الاتحاد في ${date}، تاريخ بدء الخطة.`,
    hint: 'تحقق من رمز البلد؛ يمكن لغير العضو المشاركة عن طريق دولة عضو أو بصفة مراقب، وينبغي أن يذكر وصف التدبير ذلك.',
  }),
  'plan/duplicate-title': ({ title, collection, first }) => ({
    message: `عنصران (${collection}) يحملان العنوان ${q(title)}؛ الأول في ${first}.`,
    hint: 'أعطِ كلًا منهما عنوانًا يبيّن ما يميزه، أو ادمجهما.',
  }),
  'plan/indicator-without-unit': ({ indicator }) => ({
    message: `ليس للمؤشر ${q(indicator)} وحدة، لذلك يتعذر فهم خط الأساس والهدف.`,
    hint: 'أضف `unit`، مثل «أشخاص مدرَّبون» أو «%».',
  }),
  'plan/indicator-target-outside-period': ({ indicator, year, first, last }) => ({
    message: `هدف المؤشر ${q(indicator)} في سنة ${year}، خارج سنوات الخطة (${first} إلى ${last}).`,
    hint: 'حدد هدفًا لسنة من سنوات الخطة خطوةً نحو الهدف اللاحق، أو صحّح السنة.',
  }),
  'plan/financing-without-budget': ({ measure }) => ({
    message: `يموّل شركاء التدبير ${q(measure)} حصة منه، لكن التدبير لا يذكر ميزانية.`,
    hint: 'أضف `budget` بالمبلغ والعملة، أو احذف `financingPercent` حتى تُعرف الميزانية.',
  }),
  'catalogue/duplicate-id': ({ id, first }) => ({
    message: `معرّف المبادرة ${q(id)} مستخدم أكثر من مرة؛ وأول استخدام له في ${first}.`,
    hint: 'أعطِ كل مبادرة معرّفًا خاصًا بها.',
  }),
  'catalogue/date-order': ({ initiative, start, end }) => ({
    message: `تنتهي المبادرة ${q(initiative)} (${end}) قبل أن تبدأ (${start}).`,
    hint: 'صحّح تاريخ البداية أو النهاية.',
  }),
  'catalogue/unknown-office': ({ reference, suggestion }) => ({
    message: `${q(reference)} ليس مكتبًا من مكاتب الاتحاد ولا مكتبًا إقليميًا أو مكتب منطقة معروفًا.`,
    hint: didYouMean(suggestion) ?? `استخدم أحد ما يلي: ${knownEntities()}.`,
  }),
  'catalogue/ended-but-active': ({ initiative, end, asOf }) => ({
    message: `المبادرة ${q(initiative)} موسومة بأنها جارية، لكنها انتهت في ${end}، قبل تاريخ الفهرس ${asOf}.`,
    hint: 'اجعل الحالة «completed» أو «discontinued»، أو صحّح تاريخ النهاية.',
  }),
  'catalogue/over-without-end': ({ initiative, status }) => ({
    message: `حالة المبادرة ${q(initiative)} هي «${status}» لكن ليس لها تاريخ نهاية.`,
    hint: 'أضف تاريخ انتهائها.',
  }),
  'catalogue/reach-after-as-of': ({ initiative, figureAsOf, asOf }) => ({
    message: `رقم من أرقام الانتشار للمبادرة ${q(initiative)} مؤرخ ${figureAsOf}، بعد تاريخ الفهرس ${asOf}.`,
    hint: 'تحقق من تاريخ الرقم، أو قدّم تاريخ الفهرس.',
  }),
  'catalogue/duplicate-entry': ({ value, list }) => ({
    message: `${q(value)} مدرج أكثر من مرة في ${list}.`,
    hint: 'احذف المدخل المكرر.',
  }),
  'catalogue/active-before-start': ({ initiative, start, asOf }) => ({
    message: `المبادرة ${q(initiative)} موسومة بأنها جارية، لكنها تبدأ في ${start}، بعد تاريخ الفهرس ${asOf}.`,
    hint: 'اجعل الحالة «planned»، أو صحّح تاريخ البداية.',
  }),
  'assessment/unknown-country': ({ country, suggestion }) => ({
    message: `${q(country)} ليس رمز بلد معروفًا وفق ISO 3166-1 alpha-3.`,
    hint: didYouMean(suggestion) ?? 'استخدم رمزًا ثلاثي الأحرف مثل «KEN».',
  }),
  'assessment/no-pillars': () => ({
    message: 'لا يقيّم التقييم أي ركيزة.',
    hint: 'أضف ركيزة واحدة على الأقل تحت `pillars` مع مستواها الحالي ومستواها المستهدف.',
  }),
  'assessment/target-below-current': ({ pillar, current, target }) => ({
    message: `المستوى المستهدف لـ ${q(pillar)} (${p.number(target)}) أدنى من مستواه الحالي (${p.number(current)}).`,
    hint: 'الهدف هو ما يريد البلد بلوغه: تحقق من المستويين.',
  }),
  'assessment/need-pillar-not-assessed': ({ pillar }) => ({
    message: `تذكر إحدى الاحتياجات ذات الأولوية الركيزة ${q(pillar)}، التي لا يقيّمها التقييم.`,
    hint: 'قيّم الركيزة تحت `pillars`، أو انقل الاحتياج إلى ركيزة مقيَّمة.',
  }),
  'assessment/unknown-framework-version': ({ framework, version, known }) => ({
    message: `${q(version)} ليس إصدارًا من ${framework} يعرفه جدول الأطر، لذلك يتعذر ربط أبعاده بالركائز.`,
    hint: `استخدم أحد الإصدارات المعروفة: ${known.map(q).join(', ')}؛ أو استخدم الإطار «custom» وصِف المنهجية.`,
  }),
  'profile/duplicate-criterion': ({ id, first }) => ({
    message: `المعيار ${q(id)} مدرج بالفعل في ${first}.`,
    hint: 'أدرج كل معيار مرة واحدة.',
  }),
  'profile/unknown-criterion': ({ id, suggestion }) => ({
    message: `${q(id)} ليس معيارًا مدمجًا، وليس له \`field\` يُقرأ.`,
    hint:
      didYouMean(suggestion) ?? 'استخدم معيارًا مدمجًا، أو أضف `field` و`direction` لمعيار خاص بك.',
  }),
  'profile/invalid-field': ({ id, problem, field, suggestion }) =>
    problem === 'built-in'
      ? {
          message: `${q(id)} معيار مدمج؛ ولا يمكنه قراءة حقل.`,
          hint: 'احذف `field`، أو أعطِ معيارك الخاص معرّفًا آخر.',
        }
      : problem === 'unknown-field'
        ? {
            message: `يقرأ المعيار ${q(id)} الحقل ${q(field ?? '')}، وهو ليس حقلًا عدديًا من حقول التدبير.`,
            hint:
              didYouMean(suggestion) ??
              'استخدم حقلًا عدديًا من حقول التدبير مثل «budget.amount»، أو قائمة مثل «targetCountries» (يُحسب عدد عناصرها)، أو «estimates.scores.<name>».',
          }
        : {
            message: `ليس للمعيار ${q(id)} \`direction\`.`,
            hint: 'أضف `direction: benefit` (الأكثر أفضل) أو `direction: cost` (الأقل أفضل).',
          },
  'profile/weighting': ({ problem, detail }) => {
    switch (problem) {
      case 'missing-weight':
        return {
          message: `ليس للمعيار ${q(detail)} وزن، والترجيح مباشر.`,
          hint: 'أعطِ كل معيار `weight`، أو اختر طريقة ترجيح أخرى.',
        };
      case 'zero-weights':
        return {
          message: 'وزن كل المعايير 0، لذلك لا يمكن ترتيب شيء.',
          hint: 'أعطِ معيارًا واحدًا على الأقل وزنًا أكبر من 0.',
        };
      case 'matrix-size':
        return {
          message: `يجب أن تشكّل أحكام AHP مصفوفة ${detail}: صف وعمود لكل معيار، بترتيب \`criteria\`.`,
        };
      case 'diagonal':
        return {
          message: `يجب أن يساوي حكم AHP لمعيار مقابل نفسه 1 (${detail}).`,
        };
      case 'not-reciprocal':
        return {
          message: `أحكام AHP غير متبادلة: يجب أن يساوي ${detail} واحدًا مقسومًا على المدخل المقابل له.`,
          hint: 'إذا كان المعيار i أهم من j بثلاث مرات، فاكتب 3 في (i, j) و1/3 في (j, i).',
        };
      case 'unknown-in-order':
        return {
          message: `يذكر ترتيب الرتب ${q(detail)}، وهو ليس من المعايير.`,
        };
      case 'incomplete-order':
        return {
          message:
            detail === '' ? 'يذكر ترتيب الرتب معيارًا أكثر من مرة.' : `يُغفل ترتيب الرتب ${detail}.`,
          hint: 'اذكر كل معيار مرة واحدة بالضبط، الأهم أولًا.',
        };
    }
  },
  'profile/preference-thresholds': ({ type }) => ({
    message: `تفتقر دالة التفضيل ${type} إلى العتبات التي تحتاجها، أو أن q ليست أصغر من p.`,
    hint: 'تحتاج u-shape إلى q؛ وv-shape إلى p أكبر من 0؛ وlevel وlinear إلى q أصغر من p؛ وgaussian إلى s أكبر من 0.',
  }),
  'profile/unused-setting': ({ setting, applies }) => ({
    message: `\`${setting}\` لا ينطبق إلا على ${applies}، لذلك لا أثر له هنا.`,
    hint: 'احذفه، أو اختر الطريقة أو الترجيح الذي ينتمي إليه.',
  }),
  'profile/inconsistent-judgements': ({ ratio, limit, table, lambdaMax }) => ({
    message: `أحكام AHP غير متسقة: نسبة الاتساق ${p.number(ratio)} (لامدا القصوى ${p.number(lambdaMax)}، المؤشر العشوائي ${table})، وهي فوق الحد البالغ ${p.number(limit)}.`,
    hint: 'راجع أحكام المقارنة الزوجية المتناقضة (إذا تفوق A على B وتفوق B على C، فينبغي أن يتفوق A على C بفارق أكبر)، أو ارفع `maxConsistencyRatio` عن قصد.',
  }),
  'report/date-order': ({ start, end }) => ({
    message: `تبدأ فترة التقرير في ${start}، أي بعد انتهائها في ${end}.`,
    hint: 'بدّل التاريخين، أو صحّح التاريخ الخاطئ.',
  }),
  'report/after-as-of': ({ what, date, asOf }) => ({
    message: `${f(what)}: التاريخ ${date} لاحق للتاريخ المرجعي للتقرير ${asOf}.`,
    hint: 'يعبّر التقرير عن الوضع في تاريخه المرجعي: صحّح التاريخ، أو أخّر `asOf`.',
  }),
  'report/duplicate-entry': ({ value, list }) => ({
    message: `${q(value)} مذكور أكثر من مرة في \`${list}\`.`,
    hint: 'أبلغ عن كل عنصر مرة واحدة، مع جميع أرقامه معًا.',
  }),
  'report/unknown-plan': ({ plan, known, suggestion }) => ({
    message:
      known.length === 0
        ? `يتناول التقرير الخطة ${q(plan)}، لكن لم تُقدَّم معه أي خطة عمل.`
        : `يتناول التقرير الخطة ${q(plan)}، وهي ليست من خطط العمل المقدَّمة (${p.list(known, 'and')}).`,
    hint: didYouMean(suggestion) ?? 'افحص الملفات مع خطة العمل التي تُبلغ عنها.',
  }),
  'report/outside-plan-period': ({ start, end, planStart, planEnd, plan }) => ({
    message: `فترة التقرير من ${start} إلى ${end} ليست ضمن فترة الخطة ${q(plan)} (من ${planStart} إلى ${planEnd}).`,
    hint: 'صحّح فترة التقرير، أو فترة الخطة إن تغيّرت.',
  }),
  'report/unknown-reference': ({ what, reference, plan, owner, suggestion }) => ({
    message:
      owner === undefined
        ? `يذكر التقرير ${REFERENCE_WHAT[what].the} ${q(reference)}، وهو ما لا تتضمنه الخطة ${q(plan)}.`
        : `يذكر التقرير ${REFERENCE_WHAT[what].the} ${q(reference)}، وهو ما لا يتضمنه ${q(owner)} في الخطة ${q(plan)}.`,
    hint:
      didYouMean(suggestion) ??
      (what === 'contribution'
        ? 'أبلغ عن التسليمات مقابل المساهمات المدرجة تحت `arrangements.contributions` في الخطة (العضو نفسه والنوع نفسه).'
        : `استخدم معرّف ${REFERENCE_WHAT[what].a} من الخطة.`),
  }),
  'report/milestone-before-start': ({ milestone, measure, achieved, start }) => ({
    message: `أُبلغ عن بلوغ المعلم ${q(milestone)} في ${achieved}، أي قبل بدء التدبير ${q(measure)} في ${start}.`,
    hint: 'تحقق من تاريخ بلوغه، أو من بداية التدبير.',
  }),
  'report/spend-currency': ({ measure, currency, budget }) => ({
    message:
      budget === undefined
        ? `يُبلغ التدبير ${q(measure)} عن إنفاق بعملة ${currency}، لكن ليست له ميزانية للمقارنة بها.`
        : `يُبلغ التدبير ${q(measure)} عن إنفاق بعملة ${currency}، لكن ميزانيته بعملة ${budget}؛ ولا تمكن المقارنة بينهما.`,
    hint:
      budget === undefined
        ? 'أعطِ التدبير ميزانية في الخطة.'
        : `أبلغ عن الإنفاق بعملة ${budget}، محوَّلًا بسعر صرف يوم الإنفاق.`,
  }),
  'report/spend-above-budget': ({ measure, spent, budget, currency }) => ({
    message: `أنفق التدبير ${q(measure)} مبلغ ${p.number(spent)} ${currency}، وهو ما يتجاوز ميزانيته البالغة ${p.number(budget)} ${currency}.`,
    hint: 'تحقق من الإنفاق، أو راجع الميزانية في الخطة.',
  }),
  'report/spend-decrease': ({ measure, spent, earlier, currency, report }) => ({
    message: `يُبلغ التدبير ${q(measure)} عن إنفاق حتى الآن قدره ${p.number(spent)} ${currency}، وهو أقل من ${p.number(earlier)} ${currency} في التقرير السابق ${q(report)}؛ والإنفاق تراكمي فلا يمكن أن ينخفض.`,
    hint: 'أبلغ عن الإنفاق منذ بدء التدبير، لا عن الفترة وحدها؛ ومكان التصحيح هو الجزء السردي.',
  }),
  'report/overlapping-periods': ({ plan, report, start, end }) => ({
    message: `تتداخل فترة التقرير مع فترة التقرير ${q(report)} عن الخطة ${q(plan)} (من ${start} إلى ${end}).`,
    hint: 'أعطِ كل تقرير عن الخطة فترة خاصة به، تلي إحداها الأخرى.',
  }),
  'report/implausible-status': ({ measure, from, to, report }) => ({
    message: `ينتقل التدبير ${q(measure)} من ${q(from)} في التقرير ${q(report)} إلى ${q(to)}؛ والتدبير لا يعود إلى الوراء على هذا النحو.`,
    hint: 'تحقق من الحالة؛ فالتدبير الذي يُستأنف بعد إغلاقه أو إلغائه يُستحسن أن يُضاف إلى الخطة تدبيرًا جديدًا.',
  }),
  'report/indicator-unit': ({ indicator, unit, planUnit }) => ({
    message:
      planUnit === undefined
        ? `أُبلغ عن المؤشر ${q(indicator)} بالوحدة ${q(unit)}، لكن الخطة لا تحدد له وحدة.`
        : `أُبلغ عن المؤشر ${q(indicator)} بالوحدة ${q(unit)}، لكن الخطة تقيسه بالوحدة ${q(planUnit)}.`,
    hint:
      planUnit === undefined
        ? 'حدد وحدة المؤشر في الخطة.'
        : `حوّل القيمة إلى ${q(planUnit)}، أو احذف \`unit\` إن كانت الوحدة نفسها.`,
  }),
  'report/milestone-entry': ({ milestone, measure, both }) => ({
    message: both
      ? `المَعلم ${q(milestone)} من التدبير ${q(measure)} مذكور بوصفه محقَّقًا (achieved) ومُعاد التوقّع (forecast) في آن واحد.`
      : `المَعلم ${q(milestone)} من التدبير ${q(measure)} ليس له تاريخ تحقُّق (achieved) ولا تاريخ جديد متوقَّع (forecast).`,
    hint: both
      ? 'أبقِ `achieved` إذا تحقق المَعلم، وإلا فأبقِ `forecast` واحذف `achieved`.'
      : 'أضف `achieved` بتاريخ تحقُّقه، أو `forecast` بالتاريخ المتوقَّع الآن؛ أو احذف المَعلم.',
  }),
  'report/group-above-total': ({ measure, group, count, total }) => ({
    message: `يُبلغ التدبير ${q(measure)} عن ${p.number(count)} شخصًا في الفئة ${q(group)}، وهو أكثر من ${p.number(total)} شخصًا بلغهم إجمالًا.`,
    hint: 'صحِّح عدد الفئة أو الإجمالي؛ قد يُحسب الشخص في عدة فئات، لكن كل فئة جزء من الإجمالي.',
  }),
  'report/amount-without-currency': ({ member }) => ({
    message: `للمساهمة المقدَّمة من ${q(member)} مبلغ ولكن بلا عملة.`,
    hint: 'أضف `currency` برمز ISO 4217 للمبلغ، مثل «USD».',
  }),
  'report/non-budget-currency': ({ currency, measure, member }) => ({
    message:
      measure === undefined
        ? `المساهمة المقدَّمة من ${q(member ?? '')} محسوبة بـ ${q(currency)}، وهو رمز ISO 4217 لا يدل على نقود.`
        : `إنفاق التدبير ${q(measure)} محسوب بـ ${q(currency)}، وهو رمز ISO 4217 لا يدل على نقود.`,
    hint: 'استخدم رمز العملة التي دُفعت بها الأموال، مثل «USD» أو «CHF»؛ فليست XXX وXTS والمعادن النفيسة (XAU وXAG وXPT وXPD) ووحدات سوق السندات (XBA إلى XBD) عملات.',
  }),
  'report/contribution-currency': ({ member, currency, pledged }) => ({
    message: `قُدِّمت مساهمة ${q(member)} بعملة ${currency}، لكنها تُعُهِّد بها بعملة ${pledged}؛ ولا تمكن المقارنة بينهما.`,
    hint: `أبلغ عن المبلغ المقدَّم بعملة ${pledged}، محوَّلًا بسعر صرف يوم التقديم.`,
  }),
  'workspace/duplicate-document-id': ({ id, kind, first }) => ({
    message: `وثيقة أخرى من النوع ${kind} تحمل المعرّف ${q(id)} (${first}).`,
    hint: 'أعطِ كل وثيقة من النوع نفسه معرّفًا خاصًا بها.',
  }),
  'workspace/duplicate-initiative-id': ({ id, first }) => ({
    message: `معرّف المبادرة ${q(id)} مستخدم أيضًا في ${first}.`,
    hint: 'يجب أن تكون معرّفات المبادرات فريدة في جميع الفهارس، لأن التدابير تشير إليها.',
  }),
  'workspace/unresolved-initiative': ({ measure, initiative, suggestion, catalogues }) => ({
    message:
      catalogues === 0
        ? `يستند التدبير ${q(measure)} إلى المبادرة ${q(initiative)}، لكن لم يُقدَّم أي فهرس للمبادرات.`
        : `يستند التدبير ${q(measure)} إلى المبادرة ${q(initiative)}، التي لا يدرجها أي فهرس.`,
    hint: didYouMean(suggestion) ?? 'أضف المبادرة إلى فهرس، أو صحّح المعرّف.',
  }),
  'workspace/duplicate-assessment': ({ scope, date, first }) => ({
    message: `تقييم آخر لـ ${scope} يحمل التاريخ نفسه ${date} (${first}).`,
    hint: 'احتفظ بتقييم واحد لكل نطاق وتاريخ، أو صحّح التاريخ.',
  }),
  'workspace/missing-exchange-rate': ({ measure, currency, reference, profile, fromProfile }) => ({
    message: `ميزانية التدبير ${q(measure)} بعملة ${currency}، لكن ملف التقييم ${q(profile)} يقارن التكاليف بعملة ${reference} وليس فيه سعر صرف لـ ${currency}؛ لذلك يعامل تحديد الأولويات تكلفته لكل مستفيد على أنها مفقودة.`,
    hint: fromProfile
      ? `أضف \`${currency}\` تحت \`currency.rates\` في الملف (كم ${reference} تساوي وحدة واحدة من ${currency}).`
      : `أضف \`currency: { code: ${reference}, rates: { ${currency}: ... } }\` إلى الملف؛ وبدونه تُقارن التكاليف بالعملة الأكثر استخدامًا في الخطة، ${reference}.`,
  }),
};
