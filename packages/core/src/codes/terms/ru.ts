import type { DomainTerms } from './domain-terms.js';

/**
 * The Russian terms. None could be checked against an ITU text in Russian yet: all are listed by
 * `unconfirmedTerms`.
 *
 * @example
 * ```ts
 * russianTerms.bureaus.BDT;
 * //=> 'Бюро развития электросвязи (БРЭ)'
 * ```
 */
export const russianTerms: DomainTerms = {
  bureaus: {
    GS: 'Генеральный секретариат',
    BR: 'Бюро радиосвязи (БР)',
    TSB: 'Бюро стандартизации электросвязи (БСЭ)',
    BDT: 'Бюро развития электросвязи (БРЭ)',
  },
  sectors: {
    'ITU-R': 'Сектор радиосвязи (МСЭ-R)',
    'ITU-T': 'Сектор стандартизации электросвязи (МСЭ-T)',
    'ITU-D': 'Сектор развития электросвязи (МСЭ-D)',
  },
  regions: {
    AFR: 'Африка',
    AMS: 'Северная и Южная Америка',
    ARB: 'Арабские государства',
    ASP: 'Азиатско-Тихоокеанский регион',
    CIS: 'Содружество Независимых Государств (СНГ)',
    EUR: 'Европа',
  },
  pillars: {
    infrastructure: 'Инфраструктура',
    compute: 'Вычислительные мощности',
    models: 'Модели ИИ',
    data: 'Данные',
    talent: 'Кадры и навыки',
    strategy: 'Национальная стратегия в области ИИ',
    cooperation: 'Международное сотрудничество',
  },
  planStatuses: {
    draft: 'Проект',
    proposed: 'Предложен для утверждения',
    adopted: 'Утвержден',
    superseded: 'Заменен последующим планом',
    withdrawn: 'Отозван',
  },
  measureStatuses: {
    pipeline: 'Подготовка',
    implementation: 'Реализация',
    finalisation: 'Завершение',
    closed: 'Закрыта',
    cancelled: 'Отменена',
    suspended: 'Приостановлена',
  },
  initiativeStatuses: {
    planned: 'Запланирована',
    active: 'Действует',
    completed: 'Завершена',
    discontinued: 'Прекращена',
  },
  memberCategories: {
    'member-state': 'Государство-Член',
    'sector-member': 'Член Сектора',
    associate: 'Ассоциированный член',
    academia: 'Академическая организация',
  },
  sources: [],
};
