import type { Pillar } from '@itu-aicb/core';
import { ru as core } from '@itu-aicb/core/locales/ru';
import type { PrioritizeWording } from './prioritize-wording.js';
import { inSentence, missingRewriter, numberIn } from './shared.js';

const n = numberIn('ru');
// Built on first use, so that loading the wording costs nothing until it is used.
let plurals: Intl.PluralRules | undefined;
const count = (value: number, one: string, few: string, many: string): string => {
  const form = (plurals ??= new Intl.PluralRules('ru')).select(value);
  return `${n(value, 0)} ${form === 'one' ? one : form === 'few' ? few : many}`;
};
const pillars = (names: readonly Pillar[]): string =>
  new Intl.ListFormat('ru', { type: 'conjunction' }).format(
    names.map((pillar) => inSentence(core.terms.pillars[pillar], 'ru')),
  );
const vulnerable = (value: number): string =>
  `${count(value, 'страну', 'страны', 'стран')} из числа НРС, ЛЛДС или СИДС`;
const on = (date: string | undefined): string => `на ${date ?? 'дату расчёта'}`;

/**
 * The Russian words of a prioritisation.
 *
 * @example
 * ```ts
 * russianPrioritizeWording.criteria.risk;
 * //=> 'Риск'
 * ```
 */
export const russianPrioritizeWording: PrioritizeWording = {
  criteria: {
    'need-severity': 'Острота удовлетворяемых потребностей',
    'vulnerable-reach': 'Охват НРС, ЛЛДС и СИДС',
    'cost-per-beneficiary': 'Затраты на одного бенефициара',
    'initiative-leverage': 'Опора на существующие инициативы',
    'co-financing': 'Обеспеченное софинансирование',
    coordination: 'Межсекторальная координация',
    alignment: 'Соответствие мандатам и задачам ЦУР',
    feasibility: 'Осуществимость',
    risk: 'Риск',
    'time-to-results': 'Срок до первых результатов',
  },
  phrases: {
    'need-severity': ({ facts, strong, extreme }) => {
      const gaps = (facts.gaps ?? []).filter((g) => g.gap > 0);
      const places = new Set(gaps.map((g) => g.place)).size;
      const fragile = new Set(gaps.filter((g) => g.vulnerable).map((g) => g.place)).size;
      if (!strong) return `${extreme ? 'наименьшие' : 'небольшие'} оценённые потребности`;
      return `${extreme ? 'наибольший' : 'большой'} разрыв (${pillars([...new Set(gaps.map((g) => g.pillar))])}) в ${count(places, 'стране', 'странах', 'странах')}${fragile > 0 ? `, из них НРС, ЛЛДС или СИДС ${on(facts.asOf)}: ${n(fragile, 0)}` : ''}`;
    },
    'vulnerable-reach': ({ value, strong, facts }) => {
      const uncertain = facts.uncertainCountries?.length ?? 0;
      const when = ` ${on(facts.asOf)}${uncertain > 0 ? `, из них под вопросом: ${n(uncertain, 0)}` : ''}`;
      return strong
        ? `охватывает ${vulnerable(value)}${when}`
        : value === 0
          ? `не охватывает ни одной НРС, ЛЛДС или СИДС ${on(facts.asOf)}`
          : `охватывает лишь ${vulnerable(value)}${when}`;
    },
    'cost-per-beneficiary': ({ value, facts, strong, extreme }) => {
      const cost = `${n(value, 0)} ${facts.currency ?? ''}`.trim();
      return strong
        ? `${extreme ? 'самые низкие' : 'низкие'} затраты на бенефициара (${cost})`
        : `${extreme ? 'самые высокие' : 'высокие'} затраты на бенефициара (${cost})`;
    },
    'initiative-leverage': ({ value, strong }) =>
      strong
        ? `опирается на ${count(value, 'существующую инициативу', 'существующие инициативы', 'существующих инициатив')}`
        : value === 0
          ? 'не опирается ни на одну существующую инициативу'
          : `опирается лишь на ${count(value, 'существующую инициативу', 'существующие инициативы', 'существующих инициатив')}`,
    'co-financing': ({ value, strong, extreme }) =>
      strong
        ? `обеспечено софинансирование ${n(value * 100, 0)} %`
        : `${extreme ? 'самое низкое' : 'низкое'} софинансирование (обеспечено ${n(value * 100, 0)} %)`,
    coordination: ({ value, strong }) =>
      strong
        ? `участвуют бюро и отделения МСЭ: ${n(value, 0)}`
        : `мало участвующих бюро и отделений МСЭ (${n(value, 0)})`,
    alignment: ({ value, strong }) =>
      strong
        ? `отвечает мандатам и задачам ЦУР: ${n(value, 0)}`
        : `слабое соответствие мандатам и задачам ЦУР (${n(value, 0)})`,
    feasibility: ({ value, strong, extreme }) =>
      `${strong ? (extreme ? 'наибольшая' : 'высокая') : extreme ? 'наименьшая' : 'низкая'} осуществимость (${n(value)}/5)`,
    risk: ({ value, strong, extreme }) =>
      `${strong ? (extreme ? 'наименьший' : 'низкий') : extreme ? 'наибольший' : 'высокий'} риск (${n(value)}/5)`,
    'time-to-results': ({ value, strong, extreme }) =>
      `${strong ? (extreme ? 'самые быстрые' : 'быстрые') : extreme ? 'самые медленные' : 'медленные'} первые результаты (${count(value, 'месяц', 'месяца', 'месяцев')})`,
  },
  ownCriterion: ({ label, value, strong }) =>
    `${strong ? 'сильная сторона' : 'слабая сторона'}: ${label} (${n(value, 2)})`,
  unknown: ({ label, why, filled }) =>
    `${inSentence(label, 'ru')} (${why}; учтено как ${filled === 'worst' ? 'худшее значение' : 'медиана'})`,
  missing: missingRewriter([
    [/^no budget$/, 'нет бюджета'],
    [/^no estimate of beneficiaries$/, 'нет оценки числа бенефициаров'],
    [/^no exchange rate from (\S+) to (.+)$/, 'нет курса из $1 в $2'],
    [/^no estimates\.(.+)$/, 'нет estimates.$1'],
    [/^no value at (.+)$/, 'нет значения в $1'],
    [
      /^no assessment covers its countries and pillars$/,
      'ни одна оценка не охватывает её страны и направления',
    ],
    [
      /^no target countries or regions, and not marked global$/,
      'нет целевых стран или регионов, и мера не отмечена как глобальная',
    ],
    [/^missing$/, 'нет значения'],
  ]),
  reason: ({ rank, total, strengths, weaknesses, unknown }) => {
    const head = `${rank}-е место из ${total}. Сильные стороны: ${strengths.length === 0 ? 'ничего не выделяется' : strengths.join('; ')}; слабые стороны: ${weaknesses.length === 0 ? 'ничего не выделяется' : weaknesses.join('; ')}`;
    return unknown.length === 0 ? `${head}.` : `${head}; неизвестно: ${unknown.join('; ')}.`;
  },
  notes: {
    asOf: ({ date, source, uncertain }) =>
      `Принадлежность к НРС, ЛЛДС и СИДС определяется на ${date} — ${source === 'option' ? 'запрошенную дату' : 'дату начала периода плана'}.${
        uncertain.length === 0
          ? ''
          : ` Под вопросом на эту дату и учтены как члены групп, поскольку исключение из списка не предполагается до принятия решения: ${uncertain.join('; ')}.`
      }`,
    incomplete: (value, minimumShare) =>
      `У ${count(value, 'меры', 'мер', 'мер')} измерено менее ${n(minimumShare * 100, 1)} % критериев; они вынесены отдельно как не имеющие достаточных данных для ранжирования.`,
    constant: (labels) =>
      `У всех мер одинаковое значение по критериям: ${labels.join(', ')}; VIKOR исключает их из S и R.`,
    inconsistent: (ratio, limit) =>
      `Суждения AHP несогласованны: CR = ${n(ratio, 3)} выше ${n(limit, 3)}; пересмотрите их.`,
    noValue: (label) =>
      `Ни у одной меры нет значения по критерию «${label}»; он не может изменить порядок.`,
    filled: (value, fill) =>
      `Заполнено отсутствующих значений: ${n(value, 0)} — ${fill === 'worst' ? 'худшим значением среди других мер' : 'медианой других мер'}; каждое помечено.`,
    noRate: (currency, to, measures) =>
      `В профиле оценки нет курса ${currency} к ${to}, поэтому нет затрат на бенефициара для мер с бюджетом в ${currency} (${n(measures, 0)}); добавьте курс в \`currency.rates\`.`,
    spotisBounds: (labels) =>
      `Границы SPOTIS для ${labels.join(', ')} — это диапазон значений мер, поэтому добавление меры может их сдвинуть.`,
  },
  scoreMeaning: {
    'weighted-sum': `Оценка — взвешенная сумма нормированных значений: чем выше, тем лучше, а разница двух оценок — это разница во взвешенной ценности. Оценки сравнивают меры только в пределах этого расчёта.`,
    'weighted-product': `Оценка — произведение значений в степенях их весов: чем выше, тем лучше, а отношение двух оценок сравнивает меры. Оценки сравнивают меры только в пределах этого расчёта.`,
    topsis: `Оценка — близость к идеальной мере, от 0 (худшая по каждому критерию) до 1 (лучшая по каждому критерию): чем выше, тем лучше. Оценки сравнивают меры только в пределах этого расчёта.`,
    vikor: `Оценка Q сочетает взвешенное суммарное сожаление и наибольшее сожаление по одному критерию, от 0 до 1: чем ниже, тем лучше, 0 — лучший компромисс. Оценки сравнивают меры только в пределах этого расчёта.`,
    'promethee-ii': `Оценка — чистый поток превосходства, от -1 до 1: насколько мера предпочтительнее других минус насколько другие предпочтительнее её; чем выше, тем лучше. Оценки сравнивают меры только в пределах этого расчёта.`,
    copras: `Оценка — полезность в процентах от лучшей меры (100 у лучшей): чем выше, тем лучше. Оценки сравнивают меры только в пределах этого расчёта.`,
    spotis: `Оценка — взвешенное расстояние до идеальной точки, заданной границами критериев, от 0 до 1: чем ниже, тем лучше, 0 — идеал. Оценки сравнивают меры только в пределах этого расчёта.`,
  },
};
