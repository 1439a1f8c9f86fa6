import type { RuleSummaries } from './rule-summaries.js';

/** What each code means, in Spanish. */
export const spanishRuleSummaries: RuleSummaries = {
  'text/empty': 'El texto no contiene ningún documento.',
  'text/too-large': 'El texto supera el tamaño máximo.',
  'text/binary': 'El texto contiene NUL u otros caracteres de control.',
  'text/byte-order-mark': 'El texto empieza con una marca de orden de bytes, que se ignora.',
  'text/syntax': 'El texto no es YAML ni JSON válido.',
  'text/duplicate-key': 'Un mapeo tiene la misma clave dos veces.',
  'text/alias-limit': 'El YAML usa alias, rechazados por defecto o por encima del límite.',
  'text/merge-key': 'El YAML usa una clave de fusión (`<<`).',
  'text/custom-tag': 'El YAML usa una etiqueta fuera del esquema básico.',
  'text/multiple-documents': 'El texto contiene varios documentos YAML.',
  'text/too-deep': 'El texto se anida más allá del límite de profundidad.',
  'file/unreadable': 'No se pudo leer el archivo o el directorio.',
  'file/invalid-utf8': 'El archivo no es texto UTF-8 válido.',
  'file/unknown-kind':
    'Un archivo hallado en una carpeta o por un patrón parece un documento del plan, pero su `kind` no es un tipo conocido.',
  'file/missing-kind':
    'Un archivo hallado en una carpeta o por un patrón parece un documento del plan, pero no tiene `kind` en el nivel superior.',
  'input/not-text': 'Lo que se dio a leer no es un texto.',
  'input/not-a-list':
    'Un espacio de trabajo recibió algo que no es una lista de documentos o archivos.',
  'input/not-json': 'El valor contiene algo que no son datos JSON, o no se puede leer.',
  'input/forbidden-key': 'El valor tiene una clave `__proto__`.',
  'document/not-an-object': 'El documento no es un mapeo de claves y valores.',
  'document/missing-kind': 'El documento no tiene `kind`.',
  'document/unknown-kind': 'El `kind` no es un tipo de documento conocido.',
  'document/unsupported-schema-version': 'Esta versión no lee ese `schemaVersion`.',
  'document/kind-mismatch':
    'El documento declara un tipo, pero sus campos de nivel superior son los de otro.',
  'schema/missing-property': 'Falta un campo obligatorio.',
  'schema/invalid-type': 'Un valor tiene un tipo incorrecto.',
  'schema/unknown-key': 'Una clave no es un campo de su objeto.',
  'schema/invalid-value': 'Un valor no es uno de los códigos admitidos.',
  'schema/invalid-format':
    'Un texto no tiene el formato requerido (identificador, fecha, código, URL).',
  'schema/too-small': 'Un número, texto o lista está por debajo de su mínimo.',
  'schema/too-big': 'Un número, texto o lista supera su máximo.',
  'schema/not-multiple': 'Un número no es múltiplo del paso requerido.',
  'schema/invalid': 'Un valor no supera una comprobación estructural.',
  'suppression/missing-code':
    'Un comentario de supresión no indica ningún código; no suprime nada.',
  'suppression/missing-reason': 'Una supresión no da motivo; no suprime nada.',
  'suppression/unused': 'Una supresión no corresponde a ningún hallazgo.',
  'suppression/expired':
    'Una supresión configurada pasó su fecha `expires`; sus hallazgos se notifican de nuevo.',
  'plan/duplicate-id':
    'Cada mandato, objetivo, medida, hito e indicador tiene un identificador que ningún otro de su tipo usa en el plan.',
  'plan/unresolved-objective':
    'Los `objectives` de una medida nombran objetivos que el plan define.',
  'plan/unresolved-mandate': 'Los `mandates` de una medida nombran mandatos que el plan enumera.',
  'plan/unresolved-milestone':
    'El `dependsOn` de un hito nombra hitos definidos en las medidas del plan.',
  'plan/milestone-cycle': 'Las dependencias entre hitos no forman un círculo.',
  'plan/date-order':
    'El período del plan y el calendario de cada medida empiezan a más tardar el día en que terminan.',
  'plan/outside-period':
    'Los calendarios de las medidas y las fechas de revisión están dentro del período del plan.',
  'plan/milestone-outside-schedule':
    'Un hito vence entre el inicio y el fin del calendario de su medida.',
  'plan/milestone-before-dependency': 'Un hito no vence antes de los hitos de los que depende.',
  'plan/indicator-year-order': 'El año meta de un indicador no es anterior a su año de referencia.',
  'plan/secured-exceeds-budget': 'El monto asegurado de una medida no supera su presupuesto.',
  'plan/breakdown-sum': 'Las partes del desglose de un presupuesto suman 100.',
  'plan/partner-financing-sum':
    'Las partes `financingPercent` de los asociados de una medida suman como máximo 100.',
  'plan/amount-without-currency':
    'La contribución de un miembro que indica un monto indica también su moneda.',
  'plan/unknown-country':
    'Los países destinatarios de una medida son códigos ISO 3166-1 alfa-3 conocidos.',
  'plan/unknown-office':
    'Los responsables, contribuyentes, oficinas participantes y miembros del grupo de comunicación son Oficinas de la UIT u oficinas regionales o de zona conocidas.',
  'plan/unknown-sdg-target':
    'Las metas de los ODS citadas por objetivos y medidas existen entre las 169 metas.',
  'plan/country-outside-region':
    'Los países destinatarios de una medida están en sus regiones destinatarias, cuando las nombra.',
  'plan/objective-without-measure': 'Cada objetivo cuenta con al menos una medida.',
  'plan/lead-also-contributor':
    'El responsable de una medida no figura también entre sus contribuyentes.',
  'plan/pillar-outside-objectives':
    'Cada pilar que aborda una medida lo aborda también uno de sus objetivos.',
  'plan/duplicate-entry':
    'Las listas de pilares, regiones, países, grupos y referencias nombran cada entrada una vez.',
  'plan/missing-estimates':
    'Una medida indica las estimaciones que usa la priorización: beneficiarios, viabilidad, riesgo y meses hasta los primeros resultados.',
  'plan/global-with-targets':
    'Una medida marcada `global: true` no nombra regiones ni países destinatarios.',
  'plan/long-period':
    'El período del plan dura como máximo 8 años; uno más largo suele ser un año mal escrito.',
  'plan/mandate-after-plan':
    'Un mandato que cita el plan no tiene fecha posterior al año en que termina el plan.',
  'plan/first-results-after-end':
    'El `estimates.monthsToFirstResults` de una medida no supera la duración de su calendario.',
  'plan/indicator-target-outside-period':
    'El año meta de un indicador está dentro del período del plan.',
  'plan/non-budget-currency':
    'Los presupuestos y las contribuciones usan un código de moneda que designa dinero.',
  'plan/partner-finances-nothing':
    'Un asociado con el papel `funding` no indica que financia el 0 % del presupuesto.',
  'plan/financing-without-budget':
    'Una medida cuyos asociados financian una parte indica el presupuesto que comparten.',
  'plan/duplicate-partner': 'Una medida enumera cada asociado una sola vez.',
  'plan/lead-bureau-participating':
    'La Oficina responsable de las disposiciones no figura también entre las Oficinas participantes.',
  'plan/lead-outside-arrangements':
    'Una medida la dirige la Oficina responsable, una Oficina participante o una oficina regional enumerada en los `arrangements` del plan.',
  'plan/chair-not-member': 'La presidencia del grupo de comunicación está entre sus miembros.',
  'plan/region-without-country':
    'Cuando una medida enumera países destinatarios, cada una de sus regiones destinatarias contiene al menos uno.',
  'plan/country-not-itu-member':
    'Los países destinatarios de una medida son Estados Miembros de la UIT el primer día del período del plan.',
  'plan/done-milestone-in-pipeline':
    'Un hito marcado `done` pertenece a una medida que ya pasó del estado `pipeline`.',
  'plan/duplicate-title': 'Dos objetivos, o dos medidas, no tienen el mismo título en inglés.',
  'plan/indicator-without-unit':
    'Un indicador indica la unidad en que se cuentan su referencia y su meta.',
  'catalogue/duplicate-id':
    'Cada iniciativa tiene un identificador que ninguna otra iniciativa del catálogo usa.',
  'catalogue/date-order': 'Una iniciativa no termina antes de empezar.',
  'catalogue/unknown-office':
    'Los copropietarios de una iniciativa son Oficinas de la UIT u oficinas regionales o de zona conocidas.',
  'catalogue/ended-but-active':
    'Una iniciativa marcada activa no terminó antes de la fecha del catálogo.',
  'catalogue/active-before-start':
    'Una iniciativa marcada activa empezó a más tardar en la fecha del catálogo.',
  'catalogue/over-without-end': 'Una iniciativa terminada o interrumpida indica su fecha de fin.',
  'catalogue/reach-after-as-of':
    'Las cifras de alcance no tienen fecha posterior a la fecha del catálogo.',
  'catalogue/duplicate-entry':
    'Las listas de tipos, pilares, regiones y copropietarios nombran cada entrada una vez.',
  'assessment/unknown-country': 'Una evaluación de país nombra un país ISO 3166-1 alfa-3 conocido.',
  'assessment/no-pillars': 'Una evaluación evalúa al menos un pilar.',
  'assessment/target-below-current': 'El nivel meta de un pilar no es inferior a su nivel actual.',
  'assessment/need-pillar-not-assessed':
    'Cada necesidad prioritaria pertenece a un pilar que la evaluación evalúa.',
  'assessment/unknown-framework-version':
    'La versión del marco del método figura en la tabla de marcos, para que sus dimensiones correspondan a los pilares.',
  'profile/duplicate-criterion': 'Cada criterio aparece una vez en un perfil.',
  'profile/unknown-criterion':
    'Un criterio es uno de los criterios integrados, o uno propio del perfil con un `field` que leer.',
  'profile/invalid-field':
    'Un criterio propio del perfil lee un campo numérico de la medida, indica su sentido y no reutiliza un identificador integrado.',
  'profile/weighting':
    'La ponderación da un peso a cada criterio, los juicios AHP forman una matriz cuadrada recíproca y un orden de rangos enumera cada criterio una vez.',
  'profile/preference-thresholds':
    'Una función de preferencia tiene los umbrales que necesita su tipo.',
  'profile/unused-setting':
    'Un ajuste se aplica al método o a la ponderación elegidos (por ejemplo, `v` solo a VIKOR).',
  'profile/inconsistent-judgements':
    'Los juicios AHP tienen una razón de consistencia como máximo igual a `maxConsistencyRatio`.',
  'report/date-order': 'El período del informe empieza a más tardar el día en que termina.',
  'report/after-as-of':
    'Las fechas que registra el informe no son posteriores a su fecha de corte; las nuevas previsiones pueden serlo.',
  'report/duplicate-entry':
    'Un informe nombra una vez cada medida, objetivo y contribución prometida, y cada hito una vez por medida.',
  'workspace/duplicate-document-id':
    'Los documentos de un mismo tipo tienen identificadores distintos en todos los archivos.',
  'workspace/duplicate-initiative-id':
    'Un identificador de iniciativa aparece en un solo catálogo del espacio de trabajo.',
  'workspace/unresolved-initiative':
    'El `buildsOn` de una medida nombra iniciativas enumeradas en un catálogo del espacio de trabajo.',
  'workspace/duplicate-assessment':
    'Dos evaluaciones no tienen el mismo ámbito (país o región) y la misma fecha.',
  'workspace/missing-exchange-rate':
    'Cuando un perfil compara el costo por beneficiario, cada moneda de los presupuestos es su moneda de comparación o tiene un tipo en `currency.rates`.',
  'report/unknown-plan':
    'Un informe de avance nombra, en `plan`, un plan de trabajo del espacio de trabajo.',
  'report/outside-plan-period':
    'El período de un informe de avance está dentro del período del plan sobre el que informa.',
  'report/unknown-reference':
    'Las medidas, objetivos, hitos, indicadores y contribuciones que nombra un informe están en su plan.',
  'report/milestone-before-start':
    'Un hito no se declara alcanzado antes de que su medida empiece según el plan.',
  'report/spend-currency':
    'El gasto de una medida se declara en la moneda de su presupuesto, y una medida con gasto tiene presupuesto.',
  'report/spend-above-budget':
    'El gasto acumulado de una medida no supera su presupuesto (en la misma moneda).',
  'report/spend-decrease':
    'El gasto acumulado de una medida no baja de un informe del plan al siguiente.',
  'report/overlapping-periods':
    'Los informes sobre un mismo plan cubren períodos que no se solapan.',
  'report/implausible-status': 'Una medida no retrocede de un informe del plan al siguiente.',
  'report/indicator-unit':
    'Un valor de indicador que indica su `unit` usa la unidad que el plan da al indicador.',
  'report/milestone-entry':
    'Una entrada de hito da exactamente una de las fechas `achieved` (alcanzado) y `forecast` (nueva fecha prevista).',
  'report/group-above-total':
    'Las personas alcanzadas por una medida en un grupo destinatario no superan el total que alcanzó.',
  'report/amount-without-currency':
    'Una contribución entregada con un importe indica también su moneda.',
  'report/non-budget-currency':
    'El gasto y las contribuciones entregadas usan un código de moneda que es dinero (no XXX, XTS, los metales ni las unidades del mercado de bonos).',
  'report/contribution-currency':
    'Una contribución se entrega en la moneda de su compromiso en el plan.',
  'rule/crashed':
    'Una regla se detuvo por un error interno y faltan sus hallazgos; es un fallo del SDK, no del documento.',
};
