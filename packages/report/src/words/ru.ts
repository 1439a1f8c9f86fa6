import { listIn, pluralIn, reportFormats } from './formats.js';
import type { CompleteReportWording } from './report-wording.js';

const f = reportFormats('ru');
const plural = pluralIn('ru');
/** A count with the Russian form for one, few and many (and fractions). */
const count = (value: number, one: string, few: string, many: string): string =>
  `${f.number(value)} ${plural(value, { one, few, many, other: few })}`;

/**
 * The Russian words of the report.
 *
 * @example
 * ```ts
 * russianReportWording.sections.needs;
 * //=> 'Потребности и охват'
 * ```
 */
export const russianReportWording: CompleteReportWording = {
  sections: {
    'at-a-glance': 'План вкратце',
    priorities: 'Приоритеты',
    stability: 'Надежность ранжирования',
    needs: 'Потребности и охват',
    timeline: 'График',
    monitoring: 'Состояние плана и мониторинг',
    findings: 'Результаты проверки',
  },
  page: {
    untitled: 'Отчет о плане',
    windowTitle: (title) => `Отчет: ${title}`,
    asOf: (date) => `По состоянию на ${date}`,
    plan: 'план',
    navigation: 'Разделы',
    otherLanguages: 'Название на других языках',
    inEnglish: '(на английском языке)',
    chartTable: 'Данные этой диаграммы в виде таблицы',
    noPlanToRank: 'Нет действительного плана работы для ранжирования.',
    cannotRank: (reason, code) => `Меры невозможно ранжировать: ${reason} [${code}]`,
  },
  common: {
    measures: (n) => count(n, 'мера', 'меры', 'мер'),
    none: 'нет',
    yes: 'да',
    groups: { ldc: 'НРС', lldc: 'ЛЛДС', sids: 'СИДС' },
    filled: { worst: 'худшее', median: 'медиана' },
    list: listIn('ru'),
    methods: {
      'weighted-sum': 'взвешенная сумма',
      'weighted-product': 'взвешенное произведение',
      topsis: 'TOPSIS',
      vikor: 'VIKOR',
      'promethee-ii': 'PROMETHEE II',
      copras: 'COPRAS',
      spotis: 'SPOTIS',
    },
  },
  atAGlance: {
    noPlan: 'Нет действительного плана работы для обзора.',
    counts: (objectives, measures, withoutBudget) =>
      `Целей: ${f.number(objectives)}, мер: ${f.number(measures)}, из них без бюджета: ${f.number(withoutBudget)}`,
    period: (start, end, status) => `Период с ${start} по ${end}; статус: ${status}`,
    budget: (amount, secured, share) => `Бюджет ${amount}, из них обеспечено ${secured} (${share})`,
    noBudget: 'Ни у одной меры пока нет бюджета.',
    office: {
      regional: (city) => `Региональное отделение (${city})`,
      area: (city) => `Зональное отделение (${city})`,
    },
    global: 'Глобально (без целевого региона)',
    owner: 'Ответственный:',
    objectives: { caption: 'Цели', header: ['Цель', 'Название', 'Меры', 'Направления'] },
    byLead: 'Меры по ведущему бюро или отделению',
    byRegion: 'Меры по целевым регионам',
    byPillar: 'Меры по направлениям',
    groupDescription:
      'Столбцы показывают число мер в каждой группе; мера, входящая в две группы, учитывается в обеих.',
    groupHeader: ['Группа', 'Меры', 'Без бюджета', 'Бюджет (обеспечено)'],
    moneyWithSecured: (amount, secured) => `${amount} (обеспечено ${secured})`,
    budgetChart: {
      title: 'Бюджет и обеспеченные средства по валютам',
      description:
        'Каждый столбец — весь бюджет в одной валюте (его сумма указана после столбца): темная часть — обеспеченная доля, светлая — доля, которую еще предстоит найти. Суммы в разных валютах никогда не складываются.',
      secured: (currency, amount, share) => `${currency}, обеспечено: ${amount} (${share})`,
      toFind: (currency, amount) => `${currency}, предстоит найти: ${amount}`,
      legend: ['Обеспечено', 'Предстоит найти'],
      caption: 'Бюджет по валютам',
      header: ['Валюта', 'Бюджет', 'Обеспечено', 'Обеспеченная доля'],
    },
  },
  priorities: {
    rankedBy: (method, profile, better) =>
      `Меры ранжированы методом ${method} с профилем оценки ${profile}: лучше ${better === 'higher' ? 'более высокая' : 'более низкая'} оценка.`,
    weights: (list) => `Веса критериев, от наибольшего: ${list}.`,
    scoreMeaning: () => 'Оценки сравнивают меры только в пределах этого ранжирования.',
    ranksFirst: (measure, score) => `${measure} занимает первое место с оценкой ${score}.`,
    chart: {
      title: 'Оценка каждой меры с разбивкой по критериям',
      description:
        'Каждый столбец — мера в порядке ранжирования, разбитая на вклады критериев в ее оценку (отрицательный вклад показан слева от нуля); число после столбца — оценка.',
      contribution: (measure, criterion, contribution, filled) =>
        `${measure}, ${criterion}: вклад ${contribution}${filled === undefined ? '' : ` (значение восполнено: ${filled})`}`,
      caption: 'Вклад каждого критерия в каждую оценку',
    },
    rank: 'Место',
    measure: 'Мера',
    score: 'Оценка',
    data: 'Данные',
    why: 'Почему',
    filledIn: 'Восполненные значения',
    missing: 'Нет данных',
    rankedCaption:
      'Ранжированные меры, причины их места и значения, восполненные из-за отсутствия данных',
    incompleteCaption: (n) => `Недостаточно данных для ранжирования (${f.number(n)})`,
    excludedCaption: (n) => `Исключены (${f.number(n)})`,
  },
  stability: {
    noRanking: 'Без ранжирования проверять нечего.',
    firstIn: (measure, share, samples, seed) =>
      `${measure} занимает первое место в ${share} из ${samples} случайных наборов весов (начальное значение ${seed}).`,
    caveat: ({ measure, share, samples, expectedRank, leader }) =>
      `Внимание: при этих весах ${measure} занимает первое место, но лишь в ${share} из ${samples} случайных наборов весов` +
      `${expectedRank === undefined ? '' : ` (ожидаемое место ${expectedRank})`}.` +
      (leader === undefined
        ? ''
        : ` Чаще всего первой оказывается ${leader.measure} (${leader.share}).`) +
      ' Верх списка зависит от весов: согласуйте их или сравните ведущие меры по существу, прежде чем полагаться на него.',
    acceptability: {
      title: 'Как часто каждая мера занимает каждое место',
      description: (samples) =>
        `Каждая строка — мера в порядке ранжирования, каждый столбец — место. Оттенок и число в ячейке показывают долю (в процентах) из ${samples} случайных наборов весов, в которых мера заняла это место (темнее — чаще).`,
      cell: (measure, rank, share) => `${measure} на месте ${rank}: ${share} наборов`,
      otherRanks: (measure, share) => `${measure} на остальных местах: ${share} наборов`,
      legend: ['редко', 'часто', 'чаще всего'],
      caption: 'Приемлемость мест',
      firstIn: 'Первая в',
      expectedRank: 'Ожидаемое место',
      rankColumn: (rank) => `Место ${rank}`,
    },
    leftOut: (limit) =>
      `Интервалы устойчивости весов и согласованность методов не приводятся для планов, где ранжировано более ${limit} мер; их вычисляет aicb prioritize --sensitivity.`,
    weights: {
      title: 'Насколько может измениться каждый вес, прежде чем изменится верх списка',
      description: (top) =>
        `Точка — вес; полоса — диапазон, в котором он может меняться (остальные пересчитываются), пока ${top} сохраняют свой порядок вверху списка.`,
      interval: (criterion, weight, low, high, exact) =>
        `${criterion}: вес ${weight}, сохраняется от ${low} до ${high}${exact ? '' : ' (приближенно)'}`,
      caption: 'Интервалы устойчивости весов',
      header: ['Критерий', 'Вес', 'Минимум', 'Максимум', 'Точно'],
      approximate: 'приближенно',
    },
    agreement: (method) => `Согласованность других методов с ${method} (1 — тот же порядок)`,
    method: 'Метод',
    skipped: (method, reason) => `${method} не применен: ${reason}`,
  },
  needs: {
    noPlan: 'Для потребностей и охвата нужен действительный план работы.',
    noAssessment: 'Оценка потребностей не представлена.',
    regional: 'Региональные оценки',
    otherPlaces: 'Прочие места',
    need: ({ place, pillar, gap, severity, priority, measures }) =>
      `${place}, ${pillar}: разрыв ${gap}, острота ${severity}${priority === undefined ? '' : `, приоритет: ${priority}`}; ${measures.length === 0 ? 'ни одна мера ее не охватывает' : `охвачена мерами ${measures.join(', ')}`}`,
    priorities: { low: 'низкий', medium: 'средний', high: 'высокий' },
    chart: {
      title: 'Оцененные разрывы по странам и направлениям и их охват мерами',
      description: (date) =>
        `Строки — оцененные страны по регионам с отметками НРС, ЛЛДС или СИДС на ${date}; столбцы — направления. Оттенок и число показывают разрыв (целевой уровень минус текущий по шкале от 0 до 5; самый темный оттенок — наибольший оцененный разрыв); галочка означает, что потребность охвачена мерой, пунктирная рамка — что не охвачена; пустая ячейка не оценивалась.`,
      legend: (largest) => ['малый разрыв', `наибольший разрыв (${largest})`],
      caption: 'Оцененные потребности',
    },
    header: {
      place: 'Место',
      groups: 'Группы',
      pillar: 'Направление',
      gap: 'Разрыв',
      severity: 'Острота',
      addressedBy: 'Охвачена мерами',
      priority: 'Приоритет',
    },
    uncoveredCaption: (n) =>
      `Оцененные потребности, не охваченные ни одной мерой (${f.number(n)}), сначала самые острые`,
    noOverlaps: 'Никакие два бюро не работают по одному направлению в одном регионе.',
    overlapsCaption: (n) =>
      `Пересечения между бюро (${f.number(n)}): меры или инициативы разных бюро по одному направлению в одном регионе`,
    overlapsHeader: ['Направление', 'Регион', 'Бюро', 'Меры и инициативы'],
    itemTypes: { measure: 'мера', initiative: 'инициатива' },
  },
  timeline: {
    noPlan: 'Для графика нужен действительный план работы.',
    noMeasures: 'В плане пока нет мер.',
    chart: {
      title: (date) => `Меры и контрольные точки во времени по состоянию на ${date}`,
      description:
        'Каждая полоса идет от начала до конца меры. Закрашенный ромб — достигнутая контрольная точка, пустой ромб — предстоящая, крестик — просроченная; пунктирная линия — отчетная дата. Кружок — контрольная точка с новым прогнозным сроком, показанная на новой дате.',
      span: (measure, start, end) => `${measure}: с ${start} по ${end}`,
      milestone: (milestone, due, state) => `${milestone}, срок ${due}: ${state}`,
      quarter: (quarter) => `${quarter} кв.`,
      asOf: (date) => `на ${date}`,
    },
    states: {
      done: 'достигнута',
      open: 'предстоит',
      overdue: 'просрочена',
      reforecast: 'перенесена',
    },
    doneOn: (date) => `достигнута ${date}`,
    reforecastTo: (date) => `перенесена на ${date}`,
    caption: 'Контрольные точки',
    header: ['Мера', 'Сроки', 'Контрольная точка', 'Срок', 'Состояние'],
    runs: (start, end) => `с ${start} по ${end}`,
    noneOverdue: (date) => `На ${date} просроченных контрольных точек нет.`,
    overdueCaption: (n, date) =>
      `Просроченные контрольные точки на ${date} (${f.number(n)}), сначала самые просроченные`,
    overdueHeader: ['Контрольная точка', 'Мера', 'Срок', 'Дней просрочки'],
  },
  monitoring: {
    fromReports: (date) => `По отчетам о ходе работы на ${date}.`,
    states: {
      'not-started': 'Не начата',
      'on-track': 'По плану',
      'at-risk': 'Под угрозой',
      late: 'С опозданием',
      completed: 'Завершена',
      cancelled: 'Отменена',
    },
    chart: {
      title: 'Состояние плана',
      description: 'Сколько мер находится в каждом состоянии по последним отчетам о ходе работы.',
      bar: 'Меры',
      caption: 'Меры в каждом состоянии',
      header: ['Состояние', 'Меры'],
    },
    itemsHeader: ['Объект', 'Состояние', 'Значение', 'Примечание'],
    healthCaption: 'Состояние каждой меры',
    lenses: {
      outOf: (part, whole) => `${f.number(part)} из ${f.number(whole)}`,
      spent: 'бюджета израсходовано',
      intersectoral: {
        title: 'Межсекторальная координация',
        summary:
          'Меры, которые ведут несколько из GS, BR, TSB и BDT, пересечения между бюро, охваченные совместной мерой, и проведенные совещания группы по коммуникации.',
        joint: 'Совместные меры',
        overlaps: 'Охваченные пересечения',
        meetings: 'Проведенные совещания',
        ofMeasures: 'мер',
        ofOverlaps: 'пересечений',
        ofExpected: 'запланированных',
        cadence: (cadence) => `периодичность: ${cadence}`,
      },
      regional: {
        title: 'Расширение роли регионов',
        summary:
          'Меры, которые ведут или совместно ведут региональные и зональные отделения, и охваченные целевые страны, в том числе НРС, ЛЛДС и СИДС.',
        officeLed: 'Ведет или совместно ведет отделение',
        ledAndCoLed: (led, coLed) => `ведет: ${f.number(led)}, совместно ведет: ${f.number(coLed)}`,
        countries: 'Охваченные целевые страны',
        ofTargeted: 'целевых',
        groupReached: (group) => `Охваченные ${group}`,
      },
      membership: {
        title: 'Участие членов',
        summary:
          'Выполненные обязательства членов по договоренностям плана и выполняющие их члены.',
        pledges: 'Выполненные обязательства',
        ofPledges: 'обязательств',
        members: 'Члены, выполняющие обязательства',
        ofMembers: 'взявших обязательства членов',
      },
    },
  },
  findings: {
    none: 'Замечаний нет: все файлы действительны.',
    totals: (errors, warnings, notes, files) =>
      `Ошибок: ${f.number(errors)}, предупреждений: ${f.number(warnings)}, примечаний: ${f.number(notes)}; файлов: ${f.number(files)}.`,
    noFile: '(без файла)',
    count: (n) => count(n, 'замечание', 'замечания', 'замечаний'),
    header: ['Строка:столбец', 'Важность', 'Код', 'Сообщение'],
    severities: { error: 'ошибка', warning: 'предупреждение', info: 'сведения' },
  },
  scoreInWords: {
    topsis: (score, percent) =>
      `Оценка ${score} означает, что мера прошла ${percent} пути от меры с худшим среди этих мер значением по каждому критерию (0) до меры с лучшим значением по каждому критерию (1); чем выше, тем лучше.`,
    'weighted-sum': (score) =>
      `Оценка ${score} — взвешенная сумма нормализованных значений меры: мера, лучшая по всем критериям, получила бы около 1, а разность двух оценок — это разность их взвешенной ценности; чем выше, тем лучше.`,
    'weighted-product': (score) =>
      `Оценка ${score} — произведение значений меры в степенях их весов: смысл имеют только отношения оценок (вдвое более высокая оценка вдвое лучше по этой шкале); чем выше, тем лучше.`,
    vikor: (score) =>
      `Оценка (Q) ${score} помещает меру между лучшим компромиссом среди этих мер (0) и худшим (1), объединяя ее суммарное взвешенное отставание и наибольшее отставание по одному критерию; чем ниже, тем лучше.`,
    'promethee-ii': (score) =>
      `Чистый поток ${score} показывает, насколько мера предпочтительнее других за вычетом того, насколько другие предпочтительнее ее, от -1 (любая другая мера предпочтительнее по каждому критерию) до 1; чем выше, тем лучше.`,
    copras: (score) =>
      `Оценка ${score} — полезность меры в процентах от полезности лучшей меры (100); чем выше, тем лучше.`,
    spotis: (score) =>
      `Оценка ${score} — взвешенное расстояние меры до идеальной точки, заданной границами критериев, от 0 (идеал по каждому критерию) до 1; чем ниже, тем лучше.`,
  },
};
