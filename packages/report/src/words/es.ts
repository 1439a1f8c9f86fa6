import { listIn, pluralIn, reportFormats } from './formats.js';
import type { CompleteReportWording } from './report-wording.js';

const f = reportFormats('es');
const plural = pluralIn('es');
const count = (value: number, one: string, many: string): string =>
  `${f.number(value)} ${plural(value, { one, other: many })}`;

/**
 * The Spanish words of the report.
 *
 * @example
 * ```ts
 * spanishReportWording.sections.needs;
 * //=> 'Necesidades y cobertura'
 * ```
 */
export const spanishReportWording: CompleteReportWording = {
  sections: {
    'at-a-glance': 'El plan de un vistazo',
    priorities: 'Prioridades',
    stability: 'Solidez de la clasificación',
    needs: 'Necesidades y cobertura',
    timeline: 'Calendario',
    monitoring: 'Estado del plan y seguimiento',
    findings: 'Resultados de la validación',
  },
  page: {
    untitled: 'Informe del plan',
    windowTitle: (title) => `Informe: ${title}`,
    asOf: (date) => `A ${date}`,
    plan: 'plan',
    navigation: 'Secciones',
    otherLanguages: 'El título en otros idiomas',
    inEnglish: '(en inglés)',
    chartTable: 'Las cifras de este gráfico en forma de tabla',
    noPlanToRank: 'No hay un plan de trabajo válido que clasificar.',
    cannotRank: (reason, code) => `Las medidas no pueden clasificarse: ${reason} [${code}]`,
  },
  common: {
    measures: (n) => count(n, 'medida', 'medidas'),
    none: 'ninguna',
    yes: 'sí',
    groups: { ldc: 'PMA', lldc: 'PDSL', sids: 'PEID' },
    filled: { worst: 'la peor', median: 'la mediana' },
    list: listIn('es'),
    methods: {
      'weighted-sum': 'suma ponderada',
      'weighted-product': 'producto ponderado',
      topsis: 'TOPSIS',
      vikor: 'VIKOR',
      'promethee-ii': 'PROMETHEE II',
      copras: 'COPRAS',
      spotis: 'SPOTIS',
    },
  },
  atAGlance: {
    noPlan: 'No hay un plan de trabajo válido que resumir.',
    counts: (objectives, measures, withoutBudget) =>
      `${count(objectives, 'objetivo', 'objetivos')}, ${count(measures, 'medida', 'medidas')}, ${f.number(withoutBudget)} sin presupuesto`,
    period: (start, end, status) => `Período del ${start} al ${end}; estado: ${status}`,
    budget: (amount, secured, share) =>
      `Presupuesto ${amount}, de los cuales ${secured} asegurados (${share})`,
    noBudget: 'Ninguna medida tiene aún presupuesto.',
    office: {
      regional: (city) => `Oficina regional en ${city}`,
      area: (city) => `Oficina de zona en ${city}`,
    },
    global: 'Mundial (sin región destinataria)',
    owner: 'Responsable:',
    objectives: {
      caption: 'Objetivos',
      header: ['Objetivo', 'Título', 'Medidas', 'Pilares'],
    },
    byLead: 'Medidas por oficina u oficina regional responsable',
    byRegion: 'Medidas por región destinataria',
    byPillar: 'Medidas por pilar',
    groupDescription:
      'Las barras cuentan las medidas de cada grupo; una medida de dos grupos cuenta en ambos.',
    groupHeader: ['Grupo', 'Medidas', 'Sin presupuesto', 'Presupuesto (asegurado)'],
    moneyWithSecured: (amount, secured) => `${amount} (asegurado ${secured})`,
    budgetChart: {
      title: 'Presupuesto y fondos asegurados por moneda',
      description:
        'Cada barra es el presupuesto total en una moneda (su importe tras la barra): la parte oscura es la parte asegurada, la parte clara la que falta por conseguir. Los importes en monedas distintas nunca se suman.',
      secured: (currency, amount, share) => `${currency} asegurado: ${amount} (${share})`,
      toFind: (currency, amount) => `${currency} por conseguir: ${amount}`,
      legend: ['Asegurado', 'Por conseguir'],
      caption: 'Presupuesto por moneda',
      header: ['Moneda', 'Presupuesto', 'Asegurado', 'Parte asegurada'],
    },
  },
  priorities: {
    rankedBy: (method, profile, better) =>
      `Las medidas se clasifican según ${method} con el perfil de puntuación ${profile}: la puntuación más ${better === 'higher' ? 'alta' : 'baja'} es la mejor.`,
    weights: (list) => `Peso de los criterios, del mayor al menor: ${list}.`,
    scoreMeaning: () => 'Las puntuaciones solo comparan medidas dentro de esta clasificación.',
    ranksFirst: (measure, score) =>
      `${measure} ocupa el primer puesto con una puntuación de ${score}.`,
    chart: {
      title: 'Puntuación de cada medida, desglosada por criterio',
      description:
        'Cada barra es una medida, por orden de clasificación, desglosada según lo que aporta cada criterio a su puntuación (una aportación negativa se dibuja a la izquierda de cero); el número tras la barra es la puntuación.',
      contribution: (measure, criterion, contribution, filled) =>
        `${measure}, ${criterion}: aportación ${contribution}${filled === undefined ? '' : ` (valor completado: ${filled})`}`,
      caption: 'Aportación de cada criterio a cada puntuación',
    },
    rank: 'Puesto',
    measure: 'Medida',
    score: 'Puntuación',
    data: 'Datos',
    why: 'Motivo',
    filledIn: 'Valores completados',
    missing: 'Falta',
    rankedCaption:
      'Medidas clasificadas, motivos de su puesto y valores completados por falta de datos',
    incompleteCaption: (n) => `Datos insuficientes para clasificar (${f.number(n)})`,
    excludedCaption: (n) => `Excluidas (${f.number(n)})`,
  },
  stability: {
    noRanking: 'Sin clasificación no hay nada que comprobar.',
    firstIn: (measure, share, samples, seed) =>
      `${measure} es primera en el ${share} de ${samples} ponderaciones aleatorias (semilla ${seed}).`,
    caveat: ({ measure, share, samples, expectedRank, leader }) =>
      `Atención: ${measure} ocupa el primer puesto con estos pesos, pero solo es primera en el ${share} de ${samples} ponderaciones aleatorias` +
      `${expectedRank === undefined ? '' : ` (puesto esperado ${expectedRank})`}.` +
      (leader === undefined
        ? ''
        : ` ${leader.measure} es primera con más frecuencia (${leader.share}).`) +
      ' La cabeza de la clasificación depende de los pesos: acuérdenlos, o comparen las medidas principales por sus méritos, antes de basarse en ella.',
    acceptability: {
      title: 'Frecuencia con la que cada medida ocupa cada puesto',
      description: (samples) =>
        `Cada fila es una medida por orden de clasificación; cada columna, un puesto. El tono y el número de una celda dan el porcentaje de las ${samples} ponderaciones aleatorias en que la medida ocupó ese puesto (más oscuro es más frecuente).`,
      cell: (measure, rank, share) => `${measure} en el puesto ${rank}: ${share} de los sorteos`,
      otherRanks: (measure, share) => `${measure} en los demás puestos: ${share} de los sorteos`,
      legend: ['rara vez', 'a menudo', 'con más frecuencia'],
      caption: 'Aceptabilidad de los puestos',
      firstIn: 'Primera en',
      expectedRank: 'Puesto esperado',
      rankColumn: (rank) => `Puesto ${rank}`,
    },
    leftOut: (limit) =>
      `Los intervalos de estabilidad de los pesos y la concordancia entre métodos se omiten en planes de más de ${limit} medidas clasificadas; aicb prioritize --sensitivity los calcula.`,
    weights: {
      title: 'Cuánto puede variar cada peso antes de que cambie la cabeza de la clasificación',
      description: (top) =>
        `El punto es el peso; la barra es el intervalo en el que puede variar (reescalando los demás) mientras ${top} mantienen su orden en cabeza.`,
      interval: (criterion, weight, low, high, exact) =>
        `${criterion}: peso ${weight}, se mantiene de ${low} a ${high}${exact ? '' : ' (aproximado)'}`,
      caption: 'Intervalos de estabilidad de los pesos',
      header: ['Criterio', 'Peso', 'Mínimo', 'Máximo', 'Exacto'],
      approximate: 'aproximado',
    },
    agreement: (method) => `Concordancia de otros métodos con ${method} (1 es el mismo orden)`,
    method: 'Método',
    skipped: (method, reason) => `${method} omitido: ${reason}`,
  },
  needs: {
    noPlan: 'Las necesidades y la cobertura requieren un plan de trabajo válido.',
    noAssessment: 'No se ha facilitado ninguna evaluación de necesidades.',
    regional: 'Evaluaciones regionales',
    otherPlaces: 'Otros lugares',
    need: ({ place, pillar, gap, severity, priority, measures }) =>
      `${place}, ${pillar}: brecha ${gap}, gravedad ${severity}${priority === undefined ? '' : `, prioridad ${priority}`}; ${measures.length === 0 ? 'ninguna medida la atiende' : `atendida por ${measures.join(', ')}`}`,
    priorities: { low: 'baja', medium: 'media', high: 'alta' },
    chart: {
      title: 'Brechas evaluadas por país y pilar, y si una medida las atiende',
      description: (date) =>
        `Las filas son los países evaluados, por región, marcados PMA, PDSL o PEID a ${date}; las columnas son los pilares. El tono y el número dan la brecha (nivel meta menos nivel actual, en la escala de 0 a 5; el tono más oscuro es la mayor brecha evaluada); una marca de verificación indica que una medida atiende la necesidad, un contorno discontinuo que ninguna lo hace; una celda vacía no se evaluó.`,
      legend: (largest) => ['brecha pequeña', `mayor brecha (${largest})`],
      caption: 'Necesidades evaluadas',
    },
    header: {
      place: 'Lugar',
      groups: 'Grupos',
      pillar: 'Pilar',
      gap: 'Brecha',
      severity: 'Gravedad',
      addressedBy: 'Atendida por',
      priority: 'Prioridad',
    },
    uncoveredCaption: (n) =>
      `Necesidades evaluadas que ninguna medida atiende (${f.number(n)}), las más graves primero`,
    noOverlaps: 'Ningún par de oficinas atiende el mismo pilar en la misma región.',
    overlapsCaption: (n) =>
      `Solapamientos entre oficinas (${f.number(n)}): medidas o iniciativas de oficinas distintas que atienden el mismo pilar en la misma región`,
    overlapsHeader: ['Pilar', 'Región', 'Oficinas', 'Medidas e iniciativas'],
    itemTypes: { measure: 'medida', initiative: 'iniciativa' },
  },
  timeline: {
    noPlan: 'El calendario requiere un plan de trabajo válido.',
    noMeasures: 'El plan aún no tiene medidas.',
    chart: {
      title: (date) => `Medidas e hitos en el tiempo, a ${date}`,
      description:
        'Cada barra va del inicio al final de una medida. Un rombo relleno es un hito alcanzado, un rombo vacío uno por venir, una cruz uno atrasado; la línea discontinua es la fecha de referencia. Un círculo es un hito reprogramado, dibujado en su nueva fecha.',
      span: (measure, start, end) => `${measure}: del ${start} al ${end}`,
      milestone: (milestone, due, state) => `${milestone}, vence el ${due}: ${state}`,
      quarter: (quarter) => `T${quarter}`,
      asOf: (date) => `a ${date}`,
    },
    states: {
      done: 'alcanzado',
      open: 'pendiente',
      overdue: 'atrasado',
      reforecast: 'reprogramado',
    },
    doneOn: (date) => `alcanzado el ${date}`,
    reforecastTo: (date) => `reprogramado al ${date}`,
    caption: 'Hitos',
    header: ['Medida', 'Duración', 'Hito', 'Vencimiento', 'Estado'],
    runs: (start, end) => `del ${start} al ${end}`,
    noneOverdue: (date) => `Ningún hito está atrasado a ${date}.`,
    overdueCaption: (n, date) =>
      `Hitos atrasados a ${date} (${f.number(n)}), los más atrasados primero`,
    overdueHeader: ['Hito', 'Medida', 'Vencimiento', 'Días de retraso'],
  },
  monitoring: {
    fromReports: (date) => `Según los informes de avance a ${date}.`,
    states: {
      'not-started': 'Sin iniciar',
      'on-track': 'En plazo',
      'at-risk': 'En riesgo',
      late: 'Atrasada',
      completed: 'Terminada',
      cancelled: 'Cancelada',
    },
    chart: {
      title: 'Estado del plan',
      description: 'Cuántas medidas hay en cada estado, según los últimos informes de avance.',
      bar: 'Medidas',
      caption: 'Medidas en cada estado',
      header: ['Estado', 'Medidas'],
    },
    itemsHeader: ['Sobre', 'Estado', 'Valor', 'Nota'],
    healthCaption: 'Estado de cada medida',
    lenses: {
      outOf: (part, whole) => `${f.number(part)} de ${f.number(whole)}`,
      spent: 'del presupuesto gastado',
      intersectoral: {
        title: 'Coordinación intersectorial',
        summary:
          'Medidas llevadas por más de una de GS, BR, TSB y BDT, solapamientos entre oficinas cubiertos por una medida conjunta, y reuniones celebradas del grupo de comunicación.',
        joint: 'Medidas conjuntas',
        overlaps: 'Solapamientos cubiertos',
        meetings: 'Reuniones celebradas',
        ofMeasures: 'de las medidas',
        ofOverlaps: 'de los solapamientos',
        ofExpected: 'de las previstas',
        cadence: (cadence) => `frecuencia ${cadence}`,
      },
      regional: {
        title: 'Fortalecimiento regional',
        summary:
          'Medidas dirigidas o codirigidas por oficinas regionales y de zona, y países destinatarios alcanzados, entre ellos PMA, PDSL y PEID.',
        officeLed: 'Dirigidas o codirigidas por una oficina',
        ledAndCoLed: (led, coLed) => `${f.number(led)} dirigidas, ${f.number(coLed)} codirigidas`,
        countries: 'Países destinatarios alcanzados',
        ofTargeted: 'de los destinatarios',
        groupReached: (group) => `${group} alcanzados`,
      },
      membership: {
        title: 'Participación de los miembros',
        summary:
          'Compromisos de los miembros en los acuerdos del plan cumplidos, y miembros que cumplen.',
        pledges: 'Compromisos cumplidos',
        ofPledges: 'de los compromisos',
        members: 'Miembros que cumplen',
        ofMembers: 'de los miembros comprometidos',
      },
    },
  },
  findings: {
    none: 'Ningún resultado: todos los archivos son válidos.',
    totals: (errors, warnings, notes, files) =>
      `${count(errors, 'error', 'errores')}, ${count(warnings, 'advertencia', 'advertencias')} y ${count(notes, 'nota', 'notas')} en ${count(files, 'archivo', 'archivos')}.`,
    noFile: '(sin archivo)',
    count: (n) => count(n, 'resultado', 'resultados'),
    header: ['Línea:columna', 'Gravedad', 'Código', 'Mensaje'],
    severities: { error: 'error', warning: 'advertencia', info: 'info' },
  },
  scoreInWords: {
    topsis: (score, percent) =>
      `Una puntuación de ${score} significa que la medida está al ${percent} del camino entre una medida con el peor valor de estas medidas en cada criterio (0) y una con el mejor valor en cada criterio (1); más alta es mejor.`,
    'weighted-sum': (score) =>
      `Una puntuación de ${score} es la suma ponderada de los valores normalizados de la medida: una medida mejor en todos los criterios puntuaría cerca de 1, y la diferencia entre dos puntuaciones es su diferencia de valor ponderado; más alta es mejor.`,
    'weighted-product': (score) =>
      `Una puntuación de ${score} es el producto de los valores de la medida elevados a sus pesos: solo los cocientes entre puntuaciones tienen sentido (una puntuación el doble de alta es el doble de buena en esta escala); más alta es mejor.`,
    vikor: (score) =>
      `Una puntuación (Q) de ${score} sitúa la medida entre el mejor compromiso de estas medidas (0) y el peor (1), combinando su déficit ponderado total y su mayor déficit en un solo criterio; más baja es mejor.`,
    'promethee-ii': (score) =>
      `Un flujo neto de ${score} indica cuánto se prefiere la medida a las demás menos cuánto se prefieren las demás a ella, de -1 (cualquier otra medida preferida en todos los criterios) a 1; más alto es mejor.`,
    copras: (score) =>
      `Una puntuación de ${score} es la utilidad de la medida en porcentaje de la de la mejor medida (100); más alta es mejor.`,
    spotis: (score) =>
      `Una puntuación de ${score} es la distancia ponderada de la medida al punto ideal fijado por los límites de los criterios, de 0 (el ideal en todos los criterios) a 1; más baja es mejor.`,
  },
};
