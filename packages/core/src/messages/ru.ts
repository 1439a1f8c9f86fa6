import { BUREAUS } from '../codes/bureaus.js';
import { ITU_OFFICES } from '../codes/offices.js';
import { countryName } from '../codes/countries.js';
import type { IssueParams, MessageCatalogue } from './catalogue.js';
import type { FragmentRule } from './phrasing.js';
import { phrasing, rewriteFragment } from './phrasing.js';

const p = phrasing('ru', {
  open: '«',
  close: '»',
  more: (count) => `ещё ${count} (см. списки кодов в справочнике по формату планов)`,
});
const q = p.quote;
// Built on first use, so that loading the wording costs nothing until it is used.
let plurals: Intl.PluralRules | undefined;

/** A count with the noun form Russian grammar needs after it (one, few, many). */
function count(n: number, one: string, few: string, many: string): string {
  const form = (plurals ??= new Intl.PluralRules('ru')).select(n);
  return `${p.number(n)} ${form === 'one' ? one : form === 'few' ? few : many}`;
}

/** The English fragments rules pass as parameters, in Russian. */
const FRAGMENTS: readonly FragmentRule[] = [
  [/^nothing$/, 'ничего'],
  [/^null$/, 'null'],
  [/^a list$/, 'список'],
  [/^a mapping( of keys to values)?$/, 'отображение ключей на значения'],
  [/^a number$/, 'число'],
  [/^a whole number$/, 'целое число'],
  [/^text$/, 'текст'],
  [/^true or false$/, 'true или false'],
  [/^a fixed value$/, 'фиксированное значение'],
  [/^a date$/, 'дата'],
  [/^a Date object$/, 'объект Date'],
  [/^a BigInt$/, 'BigInt'],
  [/^a function$/, 'функция'],
  [/^a symbol$/, 'символ (Symbol)'],
  [/^a value that cannot be read$/, 'значение, которое невозможно прочитать'],
  [/^the text (.+)$/s, 'текст $1'],
  [/^the number (.+)$/, 'число $1'],
  [/^the non-finite number (.+)$/, 'бесконечное число $1'],
  [/^the value (.+)$/, 'значение $1'],
  [/^plan period$/, 'период плана'],
  [/^review$/, 'обзор'],
  [/^schedule of measure "(.+)"$/, 'график меры «$1»'],
  [/^budget of measure "(.+)"$/, 'бюджет меры «$1»'],
  [/^start of measure "(.+)"$/, 'начало меры «$1»'],
  [/^end of measure "(.+)"$/, 'окончание меры «$1»'],
  [/^contribution of "(.+)"$/, 'вклад «$1»'],
  // The text to write that schema findings give as `example`.
  [
    /^(".+"), a full date in quotes \(YYYY-MM-DD; a year alone is not a date here\)$/,
    '$1 — полная дата в кавычках (ГГГГ-ММ-ДД; один год здесь датой не является)',
  ],
  [/^(".*"), in quotes$/, '$1 — в кавычках'],
  [
    /^(".+") \(letters, digits, "\.", "_" or "-", starting with a letter or digit, at most 64 characters\)$/,
    '$1 (буквы, цифры, «.», «_» или «-», в начале буква или цифра, не более 64 символов)',
  ],
  [
    /^(".+") \(a real calendar day, in a year from 1900 to 2100\)$/,
    '$1 (существующий календарный день года от 1900 до 2100)',
  ],
  [
    /^(".+"), (".+") or (".+") \(a year from 1900 to 2100\)$/,
    '$1, $2 или $3 (год от 1900 до 2100)',
  ],
  [
    /^(".+"), (".+") or an office id such as (".+")$/,
    '$1, $2 или идентификатор отделения, например $3',
  ],
  [/^(".+") or (".+")$/, '$1 или $2'],
  // The formats schema findings name.
  [/^identifier$/, 'идентификатор'],
  [/^date$/, 'дата'],
  [/^partial date$/, 'неполная дата'],
  [/^ISO 3166-1 alpha-3 country code$/, 'код страны ISO 3166-1 alpha-3'],
  [/^entity reference$/, 'ссылка на бюро или отделение МСЭ'],
  [/^SDG target$/, 'задача ЦУР'],
  [/^URL$/, 'URL'],
  [/^language code$/, 'код языка'],
  [/^text with a visible character$/, 'текст хотя бы с одним видимым символом'],
  // What a progress report dates, as `report/after-as-of` names it.
  [/^The report period$/, 'Отчётный период'],
  [/^Milestone "(.+)"$/, 'Контрольная точка «$1»'],
  [/^A value of "(.+)"$/, 'Значение показателя «$1»'],
  [/^A transaction of "(.+)"$/, 'Расход по мере «$1»'],
  [/^The contribution of (.+)$/, 'Вклад $1'],
  [/^A meeting$/, 'Совещание'],
];
const f = (text: string): string =>
  rewriteFragment(text, FRAGMENTS, {
    or: ' или ',
    oneOf: (values) => `одно из значений: ${values}`,
  });

function knownEntities(): string {
  return `бюро ${BUREAUS.join(', ')} и отделения ${ITU_OFFICES.map((office) => office.id).join(', ')}`;
}

function didYouMean(suggestion: string | undefined): string | undefined {
  return suggestion === undefined ? undefined : `Возможно, имелось в виду ${q(suggestion)}?`;
}

/** How a report's reference is named: in the accusative, the pronoun "which" and the genitive. */
const REFERENCE_WHAT: Readonly<
  Record<
    IssueParams['report/unknown-reference']['what'],
    { named: string; which: string; of: string }
  >
> = {
  measure: { named: 'меру', which: 'которой', of: 'меры' },
  milestone: { named: 'контрольную точку', which: 'которой', of: 'контрольной точки' },
  indicator: { named: 'показатель', which: 'которого', of: 'показателя' },
  objective: { named: 'цель', which: 'которой', of: 'цели' },
  contribution: { named: 'вклад', which: 'которого', of: 'вклада' },
};

/**
 * Russian wording for every issue code.
 *
 * @example
 * ```ts
 * ru.messages['text/empty']({}).message;
 * //=> 'Файл пуст.'
 * ```
 */
export const ru: MessageCatalogue = {
  'text/empty': () => ({
    message: 'Файл пуст.',
    hint: 'Напишите один документ с полем `kind`, например `kind: WorkPlan`.',
  }),
  'text/too-large': ({ size, limit, unit, atLeast }) =>
    unit === 'bytes'
      ? {
          message: `Размер файла ${atLeast === true ? 'больше ' : ''}${count(size, 'байт', 'байта', 'байт')}, что превышает предел в ${count(limit, 'байт', 'байта', 'байт')}; файл не прочитан.`,
          hint: 'Разделите файл на несколько документов.',
        }
      : {
          message: `Длина текста ${count(size, 'символ', 'символа', 'символов')}, что превышает предел в ${p.number(limit)}.`,
          hint: 'Разделите документ на несколько файлов или увеличьте `maxLength`, если такой размер ожидаем.',
        },
  'text/binary': () => ({
    message:
      'Текст содержит двоичные данные (NUL или другие управляющие символы), а не YAML или JSON.',
    hint: 'Убедитесь, что файл является документом плана, сохранённым как текст в UTF-8.',
  }),
  'text/byte-order-mark': () => ({
    message: 'Текст начинается с метки порядка байтов (BOM); она пропущена.',
    hint: 'Сохраните файл в UTF-8 без BOM.',
  }),
  'text/syntax': ({ format, detail }) => ({
    message: `Текст не является допустимым ${format}: ${detail}`,
  }),
  'text/duplicate-key': ({ key }) => ({
    message: `Ключ ${q(key)} встречается в одном отображении несколько раз; учитываться может только одно значение.`,
    hint: 'Удалите или переименуйте один из дубликатов.',
  }),
  'text/alias-limit': ({ count: aliases, limit }) => ({
    message:
      limit === 0
        ? 'В YAML используются псевдонимы (*имя), которые в файлах плана не допускаются.'
        : `В YAML разрешается ${count(aliases, 'псевдоним', 'псевдонима', 'псевдонимов')}, что превышает предел в ${p.number(limit)}.`,
    hint: 'Запишите повторяющиеся значения полностью.',
  }),
  'text/merge-key': () => ({
    message: 'В YAML используется ключ слияния (<<), который в файлах плана не допускается.',
    hint: 'Запишите объединяемые ключи полностью.',
  }),
  'text/custom-tag': ({ tag }) => ({
    message: `В YAML используется тег ${q(tag)}, который файлы плана не принимают.`,
    hint: 'Удалите тег: файлы плана содержат простые строки, числа, логические значения, списки и отображения.',
  }),
  'text/multiple-documents': ({ count: documents }) => ({
    message: `Текст содержит ${count(documents, 'документ', 'документа', 'документов')} YAML; файл плана содержит ровно один.`,
    hint: 'Поместите каждый документ в отдельный файл.',
  }),
  'text/too-deep': ({ limit }) => ({
    message: `Вложенность списков и отображений в тексте превышает ${count(limit, 'уровень', 'уровня', 'уровней')}.`,
    hint: 'Документы плана имеют лишь несколько уровней вложенности; проверьте отступы.',
  }),
  'file/unreadable': ({ what, reason }) => ({
    message: `Не удалось прочитать ${what === 'file' ? 'файл' : 'папку'} (${reason}).`,
    hint: `Убедитесь, что ${what === 'file' ? 'файл существует, является обычным файлом' : 'папка существует, является папкой'} и у вас есть право на чтение.`,
  }),
  'file/invalid-utf8': ({ byte, line, column }) => ({
    message: `Файл не является допустимым UTF-8: байт 0x${byte} в строке ${line}, столбце ${column} не удаётся декодировать.`,
    hint: 'Сохраните файл в UTF-8.',
  }),
  'file/unknown-kind': ({ kind, known, suggestion }) => ({
    message: `Файл похож на документ плана, но его вид ${q(kind)} неизвестен, поэтому он не проверен.`,
    hint: didYouMean(suggestion) ?? `Укажите в \`kind\` одно из значений: ${p.list(known)}.`,
  }),
  'file/missing-kind': ({ evidence, known, suggestion }) => ({
    message: `Файл похож на документ плана (${evidence}), но в нём нет поля \`kind\` верхнего уровня, поэтому он не проверен.`,
    hint:
      suggestion === undefined
        ? `Добавьте \`kind\` с одним из значений: ${p.list(known)}.`
        : `Добавьте \`kind: ${suggestion}\` на верхнем уровне.`,
  }),
  'input/not-text': ({ received }) => ({
    message: `Ожидался текст файла (строка), но получено: ${f(received)}.`,
    hint: 'Сначала прочитайте файл как текст, например с помощью readFile(path, "utf8").',
  }),
  'input/not-a-list': ({ received }) => ({
    message: `Ожидался список элементов рабочего пространства, но получено: ${f(received)}.`,
    hint: 'Передайте массив с одним элементом на каждый файл.',
  }),
  'input/not-json': ({ received }) => ({
    message: `Значение содержит то, чего не может быть в документе плана: ${f(received)}.`,
    hint: 'Используйте только строки, конечные числа, логические значения, null, массивы и простые объекты.',
  }),
  'input/forbidden-key': ({ key }) => ({
    message: `Ключ ${q(key)} недопустим в документе плана.`,
    hint: 'Удалите ключ: для объектов JavaScript он имеет особый смысл.',
  }),
  'document/not-an-object': ({ received }) => ({
    message: `Документ плана должен быть отображением ключей на значения, а получено: ${f(received)}.`,
    hint: 'Начните документ с `kind:` и `schemaVersion:`.',
  }),
  'document/missing-kind': ({ known }) => ({
    message: 'В документе нет поля `kind`, поэтому его невозможно проверить.',
    hint: `Добавьте \`kind\` с одним из значений: ${p.list(known)}.`,
  }),
  'document/unknown-kind': ({ kind, known, suggestion }) => ({
    message: `${q(kind)} не является известным видом документа; известные виды: ${p.list(known, 'and')}.`,
    hint: didYouMean(suggestion),
  }),
  'document/unsupported-schema-version': ({ version, supported }) => ({
    message: `Версия схемы ${version} не поддерживается; эта версия SDK читает ${supported.join(', ')}.`,
    hint: 'Укажите в `schemaVersion` поддерживаемую версию или обновите SDK.',
  }),
  'document/kind-mismatch': ({ kind, likely, fields }) => ({
    message: `Документ объявляет \`kind: ${kind}\`, но по содержанию относится к виду ${likely}: ${p.list(fields, 'and')} — ${fields.length === 1 ? 'поле' : 'поля'} вида ${likely}, а не ${kind}.`,
    hint: `Укажите \`kind: ${likely}\`, если документ должен быть таким; иначе заполните его полями вида ${kind}.`,
  }),
  'schema/missing-property': ({ key, expected }) => ({
    message: `Отсутствует обязательное поле ${q(key)}.`,
    hint: `Добавьте ${q(key)} (${f(expected)}).`,
  }),
  'schema/invalid-type': ({ expected, received, example }) => ({
    message: `Ожидалось: ${f(expected)}; найдено: ${f(received)}.`,
    hint: example === undefined ? undefined : `Запишите так: ${f(example)}.`,
  }),
  'schema/unknown-key': ({ key, suggestion, allowed }) => ({
    message: `${q(key)} здесь не является допустимым полем.`,
    hint: didYouMean(suggestion) ?? `Допустимые здесь поля: ${p.list(allowed, 'and')}.`,
  }),
  'schema/invalid-value': ({ received, allowed, suggestion }) => ({
    message: `${received} не входит в число допустимых значений.`,
    hint: didYouMean(suggestion) ?? `Используйте ${p.list(allowed)}.`,
  }),
  'schema/invalid-format': ({ format, received, example }) => ({
    message: `${received} не соответствует формату (${f(format)}).`,
    hint: example === undefined ? undefined : `Запишите, например, так: ${f(example)}.`,
  }),
  'schema/too-small': ({ subject, minimum, inclusive }) => ({
    message: `Слишком малое значение (${subject}): оно должно быть ${inclusive ? 'не меньше' : 'больше'} ${typeof minimum === 'number' ? p.number(minimum) : minimum}.`,
  }),
  'schema/too-big': ({ subject, maximum, inclusive }) => ({
    message: `Слишком большое значение (${subject}): оно должно быть ${inclusive ? 'не больше' : 'меньше'} ${typeof maximum === 'number' ? p.number(maximum) : maximum}.`,
  }),
  'schema/not-multiple': ({ divisor }) => ({
    message: `Число должно быть кратно ${p.number(divisor)}.`,
  }),
  'schema/invalid': ({ detail }) => ({
    message: detail,
  }),
  'rule/crashed': ({ rule, error }) => ({
    message: `Правило ${q(rule)} завершилось с ошибкой (${error}), поэтому документ проверен не полностью.`,
    hint: `Это ошибка @itu-aicb/core, а не документа: сообщите о ней, приложив это сообщение. Чтобы пока проверить остальное, отключите правило: \`rules: { '${rule}': 'off' }\`.`,
  }),
  'suppression/missing-code': () => ({
    message: 'Комментарий подавления не называет ни одного кода, поэтому ничего не подавляет.',
    hint: 'Укажите коды перед « -- », например `# aicb-disable-next-line plan/missing-estimates -- затраты оценим в обзоре 2027 года`; код показан у каждого замечания.',
  }),
  'suppression/missing-reason': ({ codes }) => ({
    message: `Подавление ${p.list(codes, 'and')} не содержит причины, поэтому ничего не подавляет.`,
    hint: 'Укажите после « -- », почему замечание принято, например `# aicb-disable-next-line plan/missing-estimates -- затраты оценим в обзоре 2027 года`.',
  }),
  'suppression/unused': ({ codes }) => ({
    message: `Подавление ${p.list(codes, 'and')} не соответствует ни одному замечанию.`,
    hint: 'Удалите его: замечания, ради которого оно написано, больше нет, или в нём указан неверный код, строка или указатель.',
  }),
  'suppression/expired': ({ codes, expires }) => ({
    message: `Срок подавления ${p.list(codes, 'and')} истёк ${expires}, поэтому замечания, которые оно охватывало, снова выводятся.`,
    hint: 'Устраните замечания или продлите `expires`, указав новую причину.',
  }),
  'plan/duplicate-id': ({ id, collection, first }) => ({
    message: `Идентификатор ${q(id)} используется несколько раз (${collection}); первое вхождение — ${first}.`,
    hint: 'Дайте каждому элементу собственный идентификатор: ссылка должна указывать ровно на один.',
  }),
  'plan/unresolved-objective': ({ measure, objective, known }) => ({
    message: `Мера ${q(measure)} ссылается на цель ${q(objective)}, которая в этом плане не определена.`,
    hint:
      known.length > 0
        ? `Используйте один из идентификаторов целей: ${known.join(', ')}.`
        : 'Добавьте цель.',
  }),
  'plan/unresolved-milestone': ({ milestone, reference }) => ({
    message: `Контрольная точка ${q(milestone)} зависит от ${q(reference)}, которая не является контрольной точкой этого плана.`,
    hint: 'Используйте идентификатор контрольной точки из графика какой-либо меры.',
  }),
  'plan/unresolved-mandate': ({ measure, mandate, known }) => ({
    message: `Мера ${q(measure)} ссылается на мандат ${q(mandate)}, которого нет среди мандатов плана.`,
    hint:
      known.length > 0
        ? `Используйте один из них: ${known.join(', ')}.`
        : 'Добавьте мандат в `mandates`.',
  }),
  'plan/milestone-cycle': ({ cycle }) => ({
    message: `Контрольные точки зависят друг от друга по кругу: ${cycle.join(' -> ')}.`,
    hint: 'Удалите одну из зависимостей, чтобы контрольные точки можно было пройти в каком-то порядке.',
  }),
  'plan/date-order': ({ what, start, end }) => ({
    message: `Окончание раньше начала (${f(what)}): окончание ${end}, начало ${start}.`,
    hint: 'Поменяйте даты местами или исправьте ошибочную.',
  }),
  'plan/outside-period': ({ what, date, start, end }) => ({
    message: `Дата (${f(what)}: ${date}) выходит за пределы периода плана с ${start} по ${end}.`,
    hint: 'Перенесите дату в период плана или продлите период.',
  }),
  'plan/milestone-outside-schedule': ({ milestone, due, start, end }) => ({
    message: `Срок контрольной точки ${q(milestone)} — ${due}, вне графика её меры (с ${start} по ${end}).`,
    hint: 'Перенесите контрольную точку в график меры или продлите график.',
  }),
  'plan/milestone-before-dependency': ({ milestone, due, dependency, dependencyDue }) => ({
    message: `Срок контрольной точки ${q(milestone)} — ${due}, раньше, чем у ${q(dependency)} (${dependencyDue}), от которой она зависит.`,
    hint: 'Перенесите одну из дат или удалите зависимость.',
  }),
  'plan/secured-exceeds-budget': ({ secured, amount, currency }) => ({
    message: `Обеспеченная сумма (${p.number(secured)} ${currency}) превышает бюджет (${p.number(amount)} ${currency}).`,
    hint: 'Увеличьте бюджет или уменьшите обеспеченную сумму до объёма обязательств по этой мере.',
  }),
  'plan/breakdown-sum': ({ sum }) => ({
    message: `Сумма статей бюджета составляет ${p.number(sum)} %, а не 100 %.`,
    hint: 'Скорректируйте доли, чтобы в сумме было 100.',
  }),
  'plan/partner-financing-sum': ({ sum }) => ({
    message: `Доли финансирования партнёров в сумме составляют ${p.number(sum)} %, больше всего бюджета.`,
    hint: 'Уменьшите доли, чтобы в сумме было не больше 100.',
  }),
  'plan/amount-without-currency': ({ member }) => ({
    message: `У вклада ${q(member)} указана сумма, но не указана валюта.`,
    hint: 'Добавьте `currency` с кодом ISO 4217, например «USD».',
  }),
  'plan/indicator-year-order': ({ indicator, baselineYear, targetYear }) => ({
    message: `У показателя ${q(indicator)} целевой год (${targetYear}) раньше базового (${baselineYear}).`,
    hint: 'Цель достигается после базового уровня: проверьте оба года.',
  }),
  'plan/unknown-country': ({ country, suggestion }) => ({
    message: `${q(country)} не является известным кодом страны ISO 3166-1 alpha-3.`,
    hint: didYouMean(suggestion) ?? 'Используйте код alpha-3, например «KEN» или «BGD».',
  }),
  'plan/unknown-office': ({ reference, suggestion }) => ({
    message: `${q(reference)} не является ни бюро МСЭ (GS, BR, TSB, BDT), ни известным региональным или зональным отделением.`,
    hint: didYouMean(suggestion) ?? `Используйте одно из следующих: ${knownEntities()}.`,
  }),
  'plan/unknown-sdg-target': ({ target }) => ({
    message: `${q(target)} записано как задача ЦУР, но не входит в число 169 задач.`,
    hint: 'Сверьте номера цели и задачи с системой ЦУР.',
  }),
  'plan/country-outside-region': ({ country, region, targetRegions }) => ({
    message: `Страна ${q(country)} относится к региону ${region}, которого нет среди целевых регионов меры (${targetRegions.join(', ')}).`,
    hint: `Добавьте ${region} в targetRegions или проверьте код страны.`,
  }),
  'plan/objective-without-measure': ({ objective }) => ({
    message: `Ни одна мера не служит цели ${q(objective)}.`,
    hint: 'Добавьте для неё меру или исключите цель, если план её не преследует.',
  }),
  'plan/lead-also-contributor': ({ entity }) => ({
    message: `${q(entity)} руководит мерой и одновременно указан среди её участников.`,
    hint: 'Исключите его из участников: ведущая сторона и так участвует.',
  }),
  'plan/duplicate-entry': ({ value, list }) => ({
    message: `${q(value)} указано в ${list} несколько раз.`,
    hint: 'Удалите повторяющийся элемент.',
  }),
  'plan/pillar-outside-objectives': ({ measure, pillar }) => ({
    message: `Мера ${q(measure)} относится к направлению ${q(pillar)}, которое не охвачено ни одной из её целей.`,
    hint: 'Свяжите меру с целью по этому направлению или добавьте направление в одну из её целей.',
  }),
  'plan/missing-estimates': ({ measure, fields }) => ({
    message: `У меры ${q(measure)} нет оценок для ${fields.join(', ')}; при определении приоритетов они будут считаться отсутствующими.`,
    hint: 'Добавьте оценки в `estimates`, чтобы меру можно было ранжировать по ним.',
  }),
  'plan/global-with-targets': ({ measure, targets }) => ({
    message: `Мера ${q(measure)} отмечена как глобальная, но называет ${count(targets, 'целевой регион или страну', 'целевых региона или страны', 'целевых регионов или стран')}; при определении приоритетов будут учтены только они.`,
    hint: 'Уберите `global`, если мера служит только своим целевым странам, или уберите их, если она служит всем странам.',
  }),
  'plan/long-period': ({ start, end, limit }) => ({
    message: `Период плана длится с ${start} по ${end}, дольше ${count(limit, 'года', 'лет', 'лет')}.`,
    hint: `Проверьте, нет ли опечатки в годе окончания; план длиннее ${count(limit, 'года', 'лет', 'лет')} лучше разделить на последовательные планы.`,
  }),
  'plan/mandate-after-plan': ({ mandate, year, end }) => ({
    message: `Мандат ${q(mandate)} датирован ${year} годом, то есть позже окончания плана ${end}.`,
    hint: 'Проверьте год принятия (или указанной поправки) либо окончание периода плана.',
  }),
  'plan/first-results-after-end': ({ measure, months, runs, end }) => ({
    message: `Мера ${q(measure)} ожидает первых результатов через ${count(months, 'месяц', 'месяца', 'месяцев')} после начала, но длится всего ${count(runs, 'месяц', 'месяца', 'месяцев')}, до ${end}.`,
    hint: 'Уменьшите `estimates.monthsToFirstResults` или продлите график.',
  }),
  'plan/non-budget-currency': ({ currency, what }) => ({
    message: `Сумма (${f(what)}) указана в ${q(currency)} — коде ISO 4217, который не обозначает денежные средства для бюджета.`,
    hint: 'Используйте код валюты, в которой хранятся средства, например «USD» или «CHF»; XXX, XTS, драгоценные металлы (XAU, XAG, XPT, XPD) и единицы рынка облигаций (XBA–XBD) таковыми не являются.',
  }),
  'plan/partner-finances-nothing': ({ measure, partner }) => ({
    message: `Партнёр ${q(partner)} меры ${q(measure)} имеет роль «funding», но финансирует 0 % бюджета.`,
    hint: 'Укажите его долю в `financingPercent`, уберите `financingPercent`, если доля ещё неизвестна, или укажите реальную роль партнёра.',
  }),
  'plan/duplicate-partner': ({ measure, partner }) => ({
    message: `Партнёр ${q(partner)} указан в мере ${q(measure)} несколько раз.`,
    hint: 'Укажите каждого партнёра один раз; у партнёра с несколькими ролями оставьте основную, со всей его долей финансирования.',
  }),
  'plan/lead-bureau-participating': ({ bureau }) => ({
    message: `Ведущее бюро ${bureau} указано также среди участвующих бюро.`,
    hint: 'Уберите его из `participatingBureaus`: этот список называет остальные бюро.',
  }),
  'plan/lead-outside-arrangements': ({ measure, lead, taking, list }) => ({
    message: `Мерой ${q(measure)} руководит ${q(lead)}, который не участвует в рабочих механизмах плана (${taking.length === 0 ? 'участники не указаны' : `участвуют: ${p.list(taking, 'and')}`}).`,
    hint: `Добавьте ${q(lead)} в \`arrangements.${list}\` или назначьте ведущим того, кто участвует.`,
  }),
  'plan/region-without-country': ({ measure, region, countries }) => ({
    message: `Мера ${q(measure)} нацелена на регион ${region}, но ни одна из её целевых стран (${p.list(countries, 'and')}) не относится к ${region}.`,
    hint: `Добавьте страны региона ${region}, охватываемые мерой, или уберите ${region} из \`targetRegions\`.`,
  }),
  'plan/chair-not-member': ({ chair, members }) => ({
    message: `Председатель группы по коммуникации — ${q(chair)}, но его нет среди её членов (${p.list(members, 'and')}).`,
    hint: `Добавьте ${q(chair)} в \`members\` или исправьте председателя.`,
  }),
  'plan/done-milestone-in-pipeline': ({ milestone, measure }) => ({
    message: `Контрольная точка ${q(milestone)} отмечена как пройденная, но её мера ${q(measure)} ещё на стадии подготовки.`,
    hint: 'Переведите меру в статус «implementation» (или дальше) или укажите `done: false`.',
  }),
  'plan/country-not-itu-member': ({ country, date }) => ({
    message: `${q(country)} (${countryName(country, 'ru')}) не является Государством — Членом МСЭ на ${date}, дату начала плана.`,
    hint: 'Проверьте код страны; нечлен может участвовать через Государство-Член или в качестве наблюдателя, что следует указать в описании меры.',
  }),
  'plan/duplicate-title': ({ title, collection, first }) => ({
    message: `Два элемента (${collection}) имеют название ${q(title)}; первый — ${first}.`,
    hint: 'Дайте каждому название, из которого видно, чем он отличается, или объедините их.',
  }),
  'plan/indicator-without-unit': ({ indicator }) => ({
    message: `У показателя ${q(indicator)} нет единицы измерения, поэтому его базовое и целевое значения невозможно интерпретировать.`,
    hint: 'Добавьте `unit`, например «обученных человек» или «%».',
  }),
  'plan/indicator-target-outside-period': ({ indicator, year, first, last }) => ({
    message: `Цель показателя ${q(indicator)} приходится на ${year} год, вне лет плана (${first}–${last}).`,
    hint: 'Задайте цель на год плана как шаг к более поздней цели или исправьте год.',
  }),
  'plan/financing-without-budget': ({ measure }) => ({
    message: `Партнёры финансируют часть меры ${q(measure)}, но бюджет меры не указан.`,
    hint: 'Добавьте `budget` с суммой и валютой или не указывайте `financingPercent`, пока бюджет неизвестен.',
  }),
  'catalogue/duplicate-id': ({ id, first }) => ({
    message: `Идентификатор инициативы ${q(id)} используется несколько раз; первое вхождение — ${first}.`,
    hint: 'Дайте каждой инициативе собственный идентификатор.',
  }),
  'catalogue/date-order': ({ initiative, start, end }) => ({
    message: `Инициатива ${q(initiative)} заканчивается (${end}) раньше, чем начинается (${start}).`,
    hint: 'Исправьте дату начала или окончания.',
  }),
  'catalogue/unknown-office': ({ reference, suggestion }) => ({
    message: `${q(reference)} не является ни бюро МСЭ, ни известным региональным или зональным отделением.`,
    hint: didYouMean(suggestion) ?? `Используйте одно из следующих: ${knownEntities()}.`,
  }),
  'catalogue/ended-but-active': ({ initiative, end, asOf }) => ({
    message: `Инициатива ${q(initiative)} отмечена как действующая, но закончилась ${end}, до даты каталога ${asOf}.`,
    hint: 'Установите статус «completed» или «discontinued» или исправьте дату окончания.',
  }),
  'catalogue/over-without-end': ({ initiative, status }) => ({
    message: `Инициатива ${q(initiative)} имеет статус «${status}», но у неё нет даты окончания.`,
    hint: 'Добавьте дату, когда она закончилась.',
  }),
  'catalogue/reach-after-as-of': ({ initiative, figureAsOf, asOf }) => ({
    message: `Показатель охвата инициативы ${q(initiative)} датирован ${figureAsOf}, позже даты каталога ${asOf}.`,
    hint: 'Проверьте дату показателя или перенесите дату каталога вперёд.',
  }),
  'catalogue/duplicate-entry': ({ value, list }) => ({
    message: `${q(value)} указано в ${list} несколько раз.`,
    hint: 'Удалите повторяющийся элемент.',
  }),
  'catalogue/active-before-start': ({ initiative, start, asOf }) => ({
    message: `Инициатива ${q(initiative)} отмечена как действующая, но начинается ${start}, после даты каталога ${asOf}.`,
    hint: 'Установите статус «planned» или исправьте дату начала.',
  }),
  'assessment/unknown-country': ({ country, suggestion }) => ({
    message: `${q(country)} не является известным кодом страны ISO 3166-1 alpha-3.`,
    hint: didYouMean(suggestion) ?? 'Используйте код alpha-3, например «KEN».',
  }),
  'assessment/no-pillars': () => ({
    message: 'Оценка не охватывает ни одного направления.',
    hint: 'Добавьте хотя бы одно направление в `pillars` с текущим и целевым уровнем.',
  }),
  'assessment/target-below-current': ({ pillar, current, target }) => ({
    message: `Целевой уровень направления ${q(pillar)} (${p.number(target)}) ниже текущего (${p.number(current)}).`,
    hint: 'Цель — это уровень, которого страна хочет достичь: проверьте оба уровня.',
  }),
  'assessment/need-pillar-not-assessed': ({ pillar }) => ({
    message: `Приоритетная потребность называет направление ${q(pillar)}, которое в оценке не оценивается.`,
    hint: 'Оцените направление в `pillars` или отнесите потребность к оценённому направлению.',
  }),
  'assessment/unknown-framework-version': ({ framework, version, known }) => ({
    message: `${q(version)} не является версией ${framework}, известной таблице методик, поэтому её измерения нельзя сопоставить с направлениями.`,
    hint: `Используйте одну из известных версий: ${known.map(q).join(', ')}; или укажите методику «custom» и опишите метод.`,
  }),
  'profile/duplicate-criterion': ({ id, first }) => ({
    message: `Критерий ${q(id)} уже указан: ${first}.`,
    hint: 'Указывайте каждый критерий один раз.',
  }),
  'profile/unknown-criterion': ({ id, suggestion }) => ({
    message: `${q(id)} не является встроенным критерием, и у него нет поля \`field\` для чтения.`,
    hint:
      didYouMean(suggestion) ??
      'Используйте встроенный критерий или добавьте `field` и `direction` для собственного критерия.',
  }),
  'profile/invalid-field': ({ id, problem, field, suggestion }) =>
    problem === 'built-in'
      ? {
          message: `${q(id)} — встроенный критерий; он не может читать поле.`,
          hint: 'Удалите `field` или дайте своему критерию другой идентификатор.',
        }
      : problem === 'unknown-field'
        ? {
            message: `Критерий ${q(id)} читает ${q(field ?? '')}, которое не является числовым полем меры.`,
            hint:
              didYouMean(suggestion) ??
              'Используйте числовое поле меры, например «budget.amount», список, например «targetCountries» (считается число элементов), или «estimates.scores.<имя>».',
          }
        : {
            message: `У критерия ${q(id)} нет \`direction\`.`,
            hint: 'Добавьте `direction: benefit` (чем больше, тем лучше) или `direction: cost` (чем меньше, тем лучше).',
          },
  'profile/weighting': ({ problem, detail }) => {
    switch (problem) {
      case 'missing-weight':
        return {
          message: `У критерия ${q(detail)} нет веса, а взвешивание прямое.`,
          hint: 'Задайте `weight` каждому критерию или выберите другой способ взвешивания.',
        };
      case 'zero-weights':
        return {
          message: 'Вес каждого критерия равен 0, поэтому ранжировать нечего.',
          hint: 'Задайте хотя бы одному критерию вес больше 0.',
        };
      case 'matrix-size':
        return {
          message: `Суждения AHP должны образовывать матрицу ${detail}: одна строка и один столбец на критерий, в порядке \`criteria\`.`,
        };
      case 'diagonal':
        return {
          message: `Суждение AHP о критерии по отношению к самому себе должно быть равно 1 (${detail}).`,
        };
      case 'not-reciprocal':
        return {
          message: `Суждения AHP не обратно симметричны: ${detail} должно быть равно 1, делённой на симметричный элемент.`,
          hint: 'Если критерий i в 3 раза важнее j, запишите 3 в (i, j) и 1/3 в (j, i).',
        };
      case 'unknown-in-order':
        return {
          message: `Порядок рангов называет ${q(detail)}, которого нет среди критериев.`,
        };
      case 'incomplete-order':
        return {
          message:
            detail === ''
              ? 'В порядке рангов критерий указан больше одного раза.'
              : `В порядке рангов пропущено: ${detail}.`,
          hint: 'Перечислите каждый критерий ровно один раз, начиная с самого важного.',
        };
    }
  },
  'profile/preference-thresholds': ({ type }) => ({
    message: `Функции предпочтения ${type} не хватает нужных порогов, или q не меньше p.`,
    hint: 'u-shape требует q; v-shape — p больше 0; level и linear — q меньше p; gaussian — s больше 0.',
  }),
  'profile/unused-setting': ({ setting, applies }) => ({
    message: `\`${setting}\` применяется только к ${applies}, поэтому здесь не действует.`,
    hint: 'Удалите параметр или выберите метод или способ взвешивания, к которому он относится.',
  }),
  'profile/inconsistent-judgements': ({ ratio, limit, table, lambdaMax }) => ({
    message: `Суждения AHP несогласованны: коэффициент согласованности равен ${p.number(ratio)} (лямбда max ${p.number(lambdaMax)}, случайный индекс ${table}), что выше предела ${p.number(limit)}.`,
    hint: 'Пересмотрите противоречащие друг другу парные суждения (если A важнее B, а B важнее C, то A должно быть важнее C с бо́льшим перевесом) или сознательно увеличьте `maxConsistencyRatio`.',
  }),
  'report/date-order': ({ start, end }) => ({
    message: `Отчётный период начинается ${start}, позже своего окончания ${end}.`,
    hint: 'Поменяйте даты местами или исправьте ошибочную.',
  }),
  'report/after-as-of': ({ what, date, asOf }) => ({
    message: `${f(what)}: дата ${date} позже отчётной даты ${asOf}.`,
    hint: 'Отчёт описывает положение на отчётную дату: исправьте дату или перенесите `asOf` на более позднюю.',
  }),
  'report/duplicate-entry': ({ value, list }) => ({
    message: `${q(value)} встречается в \`${list}\` несколько раз.`,
    hint: 'Укажите каждый элемент один раз, со всеми его данными вместе.',
  }),
  'report/unknown-plan': ({ plan, known, suggestion }) => ({
    message:
      known.length === 0
        ? `Отчёт относится к плану ${q(plan)}, но ни одного плана работы вместе с ним не передано.`
        : `Отчёт относится к плану ${q(plan)}, которого нет среди переданных планов работы (${p.list(known, 'and')}).`,
    hint:
      didYouMean(suggestion) ??
      'Проверяйте файлы вместе с планом работы, о котором они отчитываются.',
  }),
  'report/outside-plan-period': ({ start, end, planStart, planEnd, plan }) => ({
    message: `Отчётный период с ${start} по ${end} не укладывается в период плана ${q(plan)} (с ${planStart} по ${planEnd}).`,
    hint: 'Исправьте отчётный период или период плана, если он изменился.',
  }),
  'report/unknown-reference': ({ what, reference, plan, owner, suggestion }) => ({
    message:
      owner === undefined
        ? `Отчёт называет ${REFERENCE_WHAT[what].named} ${q(reference)}, ${REFERENCE_WHAT[what].which} нет в плане ${q(plan)}.`
        : `Отчёт называет ${REFERENCE_WHAT[what].named} ${q(reference)}, ${REFERENCE_WHAT[what].which} нет у ${q(owner)} в плане ${q(plan)}.`,
    hint:
      didYouMean(suggestion) ??
      (what === 'contribution'
        ? 'Отчитывайтесь о выполнении по вкладам, перечисленным в `arrangements.contributions` плана (тот же участник и тот же вид).'
        : `Используйте идентификатор ${REFERENCE_WHAT[what].of} из плана.`),
  }),
  'report/milestone-before-start': ({ milestone, measure, achieved, start }) => ({
    message: `Контрольная точка ${q(milestone)} отмечена как достигнутая ${achieved}, до начала меры ${q(measure)} ${start}.`,
    hint: 'Проверьте дату её достижения или дату начала меры.',
  }),
  'report/spend-currency': ({ measure, currency, budget }) => ({
    message:
      budget === undefined
        ? `Мера ${q(measure)} отчитывается о расходах в ${currency}, но у неё нет бюджета, с которым их можно сравнить.`
        : `Мера ${q(measure)} отчитывается о расходах в ${currency}, но её бюджет указан в ${budget}; сравнить их невозможно.`,
    hint:
      budget === undefined
        ? 'Задайте мере бюджет в плане.'
        : `Укажите расходы в ${budget}, пересчитав их по курсу на день расхода.`,
  }),
  'report/spend-above-budget': ({ measure, spent, budget, currency }) => ({
    message: `Мера ${q(measure)} израсходовала ${p.number(spent)} ${currency}, больше своего бюджета в ${p.number(budget)} ${currency}.`,
    hint: 'Проверьте расходы или пересмотрите бюджет в плане.',
  }),
  'report/spend-decrease': ({ measure, spent, earlier, currency, report }) => ({
    message: `Мера ${q(measure)} указывает расходы на текущую дату ${p.number(spent)} ${currency} — меньше, чем ${p.number(earlier)} ${currency} в предыдущем отчёте ${q(report)}; расходы считаются нарастающим итогом и не могут уменьшаться.`,
    hint: 'Указывайте расходы с начала меры, а не только за период; исправление поясните в описательной части.',
  }),
  'report/overlapping-periods': ({ plan, report, start, end }) => ({
    message: `Отчётный период пересекается с периодом отчёта ${q(report)} по плану ${q(plan)} (с ${start} по ${end}).`,
    hint: 'Дайте каждому отчёту по плану собственный период, один за другим.',
  }),
  'report/implausible-status': ({ measure, from, to, report }) => ({
    message: `Мера ${q(measure)} переходит из статуса ${q(from)} в отчёте ${q(report)} в статус ${q(to)}; так мера назад не возвращается.`,
    hint: 'Проверьте статус; меру, возобновлённую после закрытия или отмены, лучше добавить в план как новую.',
  }),
  'report/indicator-unit': ({ indicator, unit, planUnit }) => ({
    message:
      planUnit === undefined
        ? `Значение показателя ${q(indicator)} указано в ${q(unit)}, но в плане у показателя нет единицы измерения.`
        : `Значение показателя ${q(indicator)} указано в ${q(unit)}, но в плане он измеряется в ${q(planUnit)}.`,
    hint:
      planUnit === undefined
        ? 'Задайте показателю единицу измерения в плане.'
        : `Пересчитайте значение в ${q(planUnit)} или уберите \`unit\`, если единица та же.`,
  }),
  'report/milestone-entry': ({ milestone, measure, both }) => ({
    message: both
      ? `Этап ${q(milestone)} меры ${q(measure)} указан одновременно как достигнутый (achieved) и как перенесённый (forecast).`
      : `Для этапа ${q(milestone)} меры ${q(measure)} не указаны ни дата достижения (achieved), ни новая дата (forecast).`,
    hint: both
      ? 'Оставьте `achieved`, если этап достигнут; иначе оставьте `forecast` и уберите `achieved`.'
      : 'Добавьте `achieved` с датой достижения или `forecast` с ожидаемой датой; либо уберите этап.',
  }),
  'report/group-above-total': ({ measure, group, count, total }) => ({
    message: `Мера ${q(measure)} сообщает о ${p.number(count)} охваченных в группе ${q(group)} — больше, чем ${p.number(total)} охваченных всего.`,
    hint: 'Исправьте численность группы или общий итог; человек может входить в несколько групп, но каждая группа — часть итога.',
  }),
  'report/amount-without-currency': ({ member }) => ({
    message: `У вклада, внесённого ${q(member)}, указана сумма, но не указана валюта.`,
    hint: 'Добавьте `currency` с кодом ISO 4217 суммы, например «USD».',
  }),
  'report/non-budget-currency': ({ currency, measure, member }) => ({
    message:
      measure === undefined
        ? `Вклад, внесённый ${q(member ?? '')}, указан в ${q(currency)} — коде ISO 4217, который не обозначает денежные средства.`
        : `Расходы меры ${q(measure)} указаны в ${q(currency)} — коде ISO 4217, который не обозначает денежные средства.`,
    hint: 'Используйте код валюты, в которой произведена оплата, например «USD» или «CHF»; XXX, XTS, драгоценные металлы (XAU, XAG, XPT, XPD) и единицы рынка облигаций (XBA–XBD) таковыми не являются.',
  }),
  'report/contribution-currency': ({ member, currency, pledged }) => ({
    message: `Вклад ${q(member)} внесён в ${currency}, но обещан в ${pledged}; сравнить их невозможно.`,
    hint: `Укажите внесённую сумму в ${pledged}, пересчитав её по курсу на день внесения.`,
  }),
  'workspace/duplicate-document-id': ({ id, kind, first }) => ({
    message: `У другого документа вида ${kind} тот же идентификатор ${q(id)} (${first}).`,
    hint: 'Дайте каждому документу одного вида собственный идентификатор.',
  }),
  'workspace/duplicate-initiative-id': ({ id, first }) => ({
    message: `Идентификатор инициативы ${q(id)} используется также в ${first}.`,
    hint: 'Идентификаторы инициатив должны быть уникальны во всех каталогах, так как на них ссылаются меры.',
  }),
  'workspace/unresolved-initiative': ({ measure, initiative, suggestion, catalogues }) => ({
    message:
      catalogues === 0
        ? `Мера ${q(measure)} опирается на инициативу ${q(initiative)}, но ни одного каталога инициатив не передано.`
        : `Мера ${q(measure)} опирается на инициативу ${q(initiative)}, которой нет ни в одном каталоге.`,
    hint: didYouMean(suggestion) ?? 'Добавьте инициативу в каталог или исправьте идентификатор.',
  }),
  'workspace/duplicate-assessment': ({ scope, date, first }) => ({
    message: `Другая оценка для ${scope} имеет ту же дату ${date} (${first}).`,
    hint: 'Оставьте одну оценку на охват и дату или исправьте дату.',
  }),
  'workspace/missing-exchange-rate': ({ measure, currency, reference, profile, fromProfile }) => ({
    message: `Бюджет меры ${q(measure)} указан в ${currency}, но профиль оценки ${q(profile)} сравнивает затраты в ${reference} и не содержит курса для ${currency}; при определении приоритетов её затраты на одного бенефициара считаются отсутствующими.`,
    hint: fromProfile
      ? `Добавьте \`${currency}\` в \`currency.rates\` профиля (сколько ${reference} стоит один ${currency}).`
      : `Добавьте в профиль \`currency: { code: ${reference}, rates: { ${currency}: ... } }\`; без этого затраты сравниваются в самой используемой валюте плана, ${reference}.`,
  }),
};
