import { BUREAUS } from '../codes/bureaus.js';
import { ITU_OFFICES } from '../codes/offices.js';
import { countryName } from '../codes/countries.js';
import type { IssueParams, MessageCatalogue } from './catalogue.js';
import type { FragmentRule } from './phrasing.js';
import { phrasing, rewriteFragment } from './phrasing.js';

const p = phrasing('es', {
  open: '"',
  close: '"',
  more: (count) =>
    `${count} más (véanse las listas de códigos de la referencia del formato de los planes)`,
});
const q = p.quote;

/** The English fragments rules pass as parameters, in Spanish. */
const FRAGMENTS: readonly FragmentRule[] = [
  [/^nothing$/, 'nada'],
  [/^null$/, 'null'],
  [/^a list$/, 'una lista'],
  [/^a mapping( of keys to values)?$/, 'un mapeo de claves a valores'],
  [/^a number$/, 'un número'],
  [/^a whole number$/, 'un número entero'],
  [/^text$/, 'texto'],
  [/^true or false$/, 'true o false'],
  [/^a fixed value$/, 'un valor fijo'],
  [/^a date$/, 'una fecha'],
  [/^a Date object$/, 'un objeto Date'],
  [/^a BigInt$/, 'un BigInt'],
  [/^a function$/, 'una función'],
  [/^a symbol$/, 'un símbolo'],
  [/^a value that cannot be read$/, 'un valor que no se puede leer'],
  [/^the text (.+)$/s, 'el texto $1'],
  [/^the number (.+)$/, 'el número $1'],
  [/^the non-finite number (.+)$/, 'el número no finito $1'],
  [/^the value (.+)$/, 'el valor $1'],
  [/^plan period$/, 'período del plan'],
  [/^review$/, 'revisión'],
  [/^schedule of measure "(.+)"$/, 'calendario de la medida "$1"'],
  [/^budget of measure "(.+)"$/, 'presupuesto de la medida "$1"'],
  [/^start of measure "(.+)"$/, 'inicio de la medida "$1"'],
  [/^end of measure "(.+)"$/, 'fin de la medida "$1"'],
  [/^contribution of "(.+)"$/, 'contribución de "$1"'],
  // The text to write that schema findings give as `example`.
  [
    /^(".+"), a full date in quotes \(YYYY-MM-DD; a year alone is not a date here\)$/,
    '$1, una fecha completa entre comillas (AAAA-MM-DD; un año solo no es una fecha aquí)',
  ],
  [/^(".*"), in quotes$/, '$1, entre comillas'],
  [
    /^(".+") \(letters, digits, "\.", "_" or "-", starting with a letter or digit, at most 64 characters\)$/,
    '$1 (letras, dígitos, ".", "_" o "-", empezando por una letra o un dígito, 64 caracteres como máximo)',
  ],
  [
    /^(".+") \(a real calendar day, in a year from 1900 to 2100\)$/,
    '$1 (un día real del calendario, de un año entre 1900 y 2100)',
  ],
  [
    /^(".+"), (".+") or (".+") \(a year from 1900 to 2100\)$/,
    '$1, $2 o $3 (un año entre 1900 y 2100)',
  ],
  [
    /^(".+"), (".+") or an office id such as (".+")$/,
    '$1, $2 o el identificador de una oficina, como $3',
  ],
  [/^(".+") or (".+")$/, '$1 o $2'],
  // The formats schema findings name.
  [/^identifier$/, 'identificador'],
  [/^date$/, 'fecha'],
  [/^partial date$/, 'fecha parcial'],
  [/^ISO 3166-1 alpha-3 country code$/, 'código de país ISO 3166-1 alfa-3'],
  [/^entity reference$/, 'referencia a una oficina de la UIT'],
  [/^SDG target$/, 'meta de los ODS'],
  [/^URL$/, 'URL'],
  [/^language code$/, 'código de idioma'],
  [/^text with a visible character$/, 'texto con al menos un carácter visible'],
  // What a progress report dates, as `report/after-as-of` names it.
  [/^The report period$/, 'El período del informe'],
  [/^Milestone "(.+)"$/, 'El hito "$1"'],
  [/^A value of "(.+)"$/, 'Un valor de "$1"'],
  [/^A transaction of "(.+)"$/, 'Un gasto de "$1"'],
  [/^The contribution of (.+)$/, 'La contribución de $1'],
  [/^A meeting$/, 'Una reunión'],
];
const f = (text: string): string =>
  rewriteFragment(text, FRAGMENTS, {
    or: ' o ',
    oneOf: (values) => `uno de los valores ${values}`,
  });

function knownEntities(): string {
  return `las oficinas ${BUREAUS.join(', ')} y las oficinas regionales y de zona ${ITU_OFFICES.map((office) => office.id).join(', ')}`;
}

function didYouMean(suggestion: string | undefined): string | undefined {
  return suggestion === undefined ? undefined : `¿Quería decir ${q(suggestion)}?`;
}

/** How a report's reference is named: with the definite and the indefinite article. */
const REFERENCE_WHAT: Readonly<
  Record<IssueParams['report/unknown-reference']['what'], { the: string; a: string }>
> = {
  measure: { the: 'la medida', a: 'una medida' },
  milestone: { the: 'el hito', a: 'un hito' },
  indicator: { the: 'el indicador', a: 'un indicador' },
  objective: { the: 'el objetivo', a: 'un objetivo' },
  contribution: { the: 'la contribución', a: 'una contribución' },
};

/**
 * Spanish wording for every issue code.
 *
 * @example
 * ```ts
 * es.messages['text/empty']({}).message;
 * //=> 'El archivo está vacío.'
 * ```
 */
export const es: MessageCatalogue = {
  'text/empty': () => ({
    message: 'El archivo está vacío.',
    hint: 'Escriba un documento con un `kind`, por ejemplo `kind: WorkPlan`.',
  }),
  'text/too-large': ({ size, limit, unit, atLeast }) =>
    unit === 'bytes'
      ? {
          message: `El archivo tiene ${atLeast === true ? 'más de ' : ''}${p.number(size)} bytes, por encima del límite de ${p.number(limit)} bytes; no se ha leído.`,
          hint: 'Divida el archivo en varios documentos.',
        }
      : {
          message: `El texto tiene ${p.number(size)} caracteres, por encima del límite de ${p.number(limit)}.`,
          hint: 'Divida el documento en varios archivos, o aumente `maxLength` si ese tamaño es el previsto.',
        },
  'text/binary': () => ({
    message:
      'El texto contiene datos binarios (NUL u otros caracteres de control), no YAML ni JSON.',
    hint: 'Compruebe que el archivo es un documento de plan guardado como texto UTF-8.',
  }),
  'text/byte-order-mark': () => ({
    message: 'El texto empieza con una marca de orden de bytes (BOM), que se ha ignorado.',
    hint: 'Guarde el archivo como UTF-8 sin BOM.',
  }),
  'text/syntax': ({ format, detail }) => ({
    message: `El texto no es ${format} válido: ${detail}`,
  }),
  'text/duplicate-key': ({ key }) => ({
    message: `La clave ${q(key)} aparece más de una vez en el mismo mapeo; solo puede contar un valor.`,
    hint: 'Elimine o cambie el nombre de uno de los duplicados.',
  }),
  'text/alias-limit': ({ count, limit }) => ({
    message:
      limit === 0
        ? 'El YAML usa alias (*nombre), que no se aceptan en los archivos de plan.'
        : `El YAML resuelve ${p.number(count)} alias, por encima del límite de ${p.number(limit)}.`,
    hint: 'Escriba completos los valores repetidos.',
  }),
  'text/merge-key': () => ({
    message: 'El YAML usa una clave de combinación (<<), que no se acepta en los archivos de plan.',
    hint: 'Escriba completas las claves combinadas.',
  }),
  'text/custom-tag': ({ tag }) => ({
    message: `El YAML usa la etiqueta ${q(tag)}, que los archivos de plan no aceptan.`,
    hint: 'Elimine la etiqueta; los archivos de plan contienen cadenas, números, booleanos, listas y mapeos simples.',
  }),
  'text/multiple-documents': ({ count }) => ({
    message: `El texto contiene ${p.number(count)} documentos YAML; un archivo de plan contiene exactamente uno.`,
    hint: 'Ponga cada documento en su propio archivo.',
  }),
  'text/too-deep': ({ limit }) => ({
    message: `El texto anida listas y mapeos en más de ${p.number(limit)} niveles.`,
    hint: 'Los documentos de plan tienen pocos niveles; revise la sangría.',
  }),
  'file/unreadable': ({ what, reason }) => ({
    message: `No se ha podido leer ${what === 'file' ? 'el archivo' : 'la carpeta'} (${reason}).`,
    hint: `Compruebe que existe, que es ${what === 'file' ? 'un archivo normal' : 'una carpeta'} y que tiene permiso para leerl${what === 'file' ? 'o' : 'a'}.`,
  }),
  'file/invalid-utf8': ({ byte, line, column }) => ({
    message: `El archivo no es UTF-8 válido: el byte 0x${byte} de la línea ${line}, columna ${column}, no se puede decodificar.`,
    hint: 'Guarde el archivo como UTF-8.',
  }),
  'file/unknown-kind': ({ kind, known, suggestion }) => ({
    message: `El archivo parece un documento de plan, pero su tipo ${q(kind)} no es un tipo conocido, así que no se ha comprobado.`,
    hint: didYouMean(suggestion) ?? `Dé a \`kind\` uno de los valores ${p.list(known)}.`,
  }),
  'file/missing-kind': ({ evidence, known, suggestion }) => ({
    message: `El archivo parece un documento de plan (${evidence}), pero no tiene \`kind\` en el nivel superior, así que no se ha comprobado.`,
    hint:
      suggestion === undefined
        ? `Añada \`kind\` con uno de los valores ${p.list(known)}.`
        : `Añada \`kind: ${suggestion}\` en el nivel superior.`,
  }),
  'input/not-text': ({ received }) => ({
    message: `Se esperaba el texto de un archivo (una cadena), pero se ha recibido ${f(received)}.`,
    hint: 'Lea primero el archivo como texto, por ejemplo con readFile(path, "utf8").',
  }),
  'input/not-a-list': ({ received }) => ({
    message: `Se esperaba una lista de entradas del espacio de trabajo, pero se ha recibido ${f(received)}.`,
    hint: 'Pase una matriz con una entrada por archivo.',
  }),
  'input/not-json': ({ received }) => ({
    message: `El valor contiene ${f(received)}, que un documento de plan no puede contener.`,
    hint: 'Use solo cadenas, números finitos, booleanos, null, matrices y objetos simples.',
  }),
  'input/forbidden-key': ({ key }) => ({
    message: `La clave ${q(key)} no está permitida en un documento de plan.`,
    hint: 'Elimine la clave; tiene un significado especial para los objetos de JavaScript.',
  }),
  'document/not-an-object': ({ received }) => ({
    message: `Un documento de plan debe ser un mapeo de claves a valores, no ${f(received)}.`,
    hint: 'Empiece el documento con `kind:` y `schemaVersion:`.',
  }),
  'document/missing-kind': ({ known }) => ({
    message: 'El documento no tiene `kind`, así que no se puede validar.',
    hint: `Añada \`kind\` con uno de los valores ${p.list(known)}.`,
  }),
  'document/unknown-kind': ({ kind, known, suggestion }) => ({
    message: `${q(kind)} no es un tipo de documento conocido; los tipos conocidos son ${p.list(known, 'and')}.`,
    hint: didYouMean(suggestion),
  }),
  'document/unsupported-schema-version': ({ version, supported }) => ({
    message: `La versión de esquema ${version} no es compatible; esta versión del SDK lee ${supported.join(', ')}.`,
    hint: 'Indique en `schemaVersion` una versión compatible, o actualice el SDK.',
  }),
  'document/kind-mismatch': ({ kind, likely, fields }) => ({
    message: `El documento declara \`kind: ${kind}\`, pero su contenido es del tipo ${likely}: ${p.list(fields, 'and')} ${fields.length === 1 ? 'es un campo' : 'son campos'} de ${likely}, no de ${kind}.`,
    hint: `Indique \`kind: ${likely}\` si el documento es de ese tipo; si no, escríbalo con los campos de ${kind}.`,
  }),
  'schema/missing-property': ({ key, expected }) => ({
    message: `Falta el campo obligatorio ${q(key)}.`,
    hint: `Añada ${q(key)} (${f(expected)}).`,
  }),
  'schema/invalid-type': ({ expected, received, example }) => ({
    message: `Se esperaba ${f(expected)}, pero se ha encontrado ${f(received)}.`,
    hint: example === undefined ? undefined : `Escríbalo así: ${f(example)}.`,
  }),
  'schema/unknown-key': ({ key, suggestion, allowed }) => ({
    message: `${q(key)} no es un campo válido aquí.`,
    hint: didYouMean(suggestion) ?? `Los campos válidos aquí son ${p.list(allowed, 'and')}.`,
  }),
  'schema/invalid-value': ({ received, allowed, suggestion }) => ({
    message: `${received} no es uno de los valores permitidos.`,
    hint: didYouMean(suggestion) ?? `Use ${p.list(allowed)}.`,
  }),
  'schema/invalid-format': ({ format, received, example }) => ({
    message: `${received} no tiene un formato válido (${f(format)}).`,
    hint: example === undefined ? undefined : `Escríbalo como ${f(example)}.`,
  }),
  'schema/too-small': ({ subject, minimum, inclusive }) => ({
    message: `Valor demasiado pequeño (${subject}): debe ser ${inclusive ? 'como mínimo' : 'mayor que'} ${typeof minimum === 'number' ? p.number(minimum) : minimum}.`,
  }),
  'schema/too-big': ({ subject, maximum, inclusive }) => ({
    message: `Valor demasiado grande (${subject}): debe ser ${inclusive ? 'como máximo' : 'menor que'} ${typeof maximum === 'number' ? p.number(maximum) : maximum}.`,
  }),
  'schema/not-multiple': ({ divisor }) => ({
    message: `El número debe ser múltiplo de ${p.number(divisor)}.`,
  }),
  'schema/invalid': ({ detail }) => ({
    message: detail,
  }),
  'rule/crashed': ({ rule, error }) => ({
    message: `La regla ${q(rule)} se detuvo con un error (${error}), así que el documento no se ha comprobado por completo.`,
    hint: `Es un fallo de @itu-aicb/core, no del documento: notifíquelo con este mensaje. Para comprobar el resto mientras tanto, desactive la regla con \`rules: { '${rule}': 'off' }\`.`,
  }),
  'suppression/missing-code': () => ({
    message: 'El comentario de supresión no indica ningún código, así que no suprime nada.',
    hint: 'Indique los códigos que acepta antes de " -- ", por ejemplo `# aicb-disable-next-line plan/missing-estimates -- se costeará en la revisión de 2027`; cada hallazgo muestra su código.',
  }),
  'suppression/missing-reason': ({ codes }) => ({
    message: `La supresión de ${p.list(codes, 'and')} no indica ningún motivo, así que no suprime nada.`,
    hint: 'Indique por qué se acepta el hallazgo después de " -- ", por ejemplo `# aicb-disable-next-line plan/missing-estimates -- se costeará en la revisión de 2027`.',
  }),
  'suppression/unused': ({ codes }) => ({
    message: `La supresión de ${p.list(codes, 'and')} no coincide con ningún hallazgo.`,
    hint: 'Elimínela: el hallazgo para el que se escribió ya no existe, o indica un código, una línea o un puntero equivocados.',
  }),
  'suppression/expired': ({ codes, expires }) => ({
    message: `La supresión de ${p.list(codes, 'and')} venció el ${expires}, así que los hallazgos que cubría vuelven a notificarse.`,
    hint: 'Corrija los hallazgos, o prorrogue `expires` con un nuevo motivo.',
  }),
  'plan/duplicate-id': ({ id, collection, first }) => ({
    message: `El identificador ${q(id)} se usa más de una vez (${collection}); el primero está en ${first}.`,
    hint: 'Dé a cada uno su propio identificador: una referencia debe apuntar a un único elemento.',
  }),
  'plan/unresolved-objective': ({ measure, objective, known }) => ({
    message: `La medida ${q(measure)} remite al objetivo ${q(objective)}, que este plan no define.`,
    hint:
      known.length > 0
        ? `Use uno de los identificadores de objetivo: ${known.join(', ')}.`
        : 'Añada el objetivo.',
  }),
  'plan/unresolved-milestone': ({ milestone, reference }) => ({
    message: `El hito ${q(milestone)} depende de ${q(reference)}, que no es un hito de este plan.`,
    hint: 'Use el identificador de un hito definido en el calendario de una medida.',
  }),
  'plan/unresolved-mandate': ({ measure, mandate, known }) => ({
    message: `La medida ${q(measure)} cita el mandato ${q(mandate)}, que no figura entre los mandatos del plan.`,
    hint:
      known.length > 0
        ? `Use uno de estos: ${known.join(', ')}.`
        : 'Añada el mandato a `mandates`.',
  }),
  'plan/milestone-cycle': ({ cycle }) => ({
    message: `Hay hitos que dependen unos de otros en círculo: ${cycle.join(' -> ')}.`,
    hint: 'Elimine una de las dependencias para que los hitos puedan alcanzarse en algún orden.',
  }),
  'plan/date-order': ({ what, start, end }) => ({
    message: `Fin antes del inicio (${f(what)}): termina (${end}) antes de empezar (${start}).`,
    hint: 'Intercambie las fechas o corrija la que esté mal.',
  }),
  'plan/outside-period': ({ what, date, start, end }) => ({
    message: `La fecha (${f(what)}: ${date}) queda fuera del período del plan, del ${start} al ${end}.`,
    hint: 'Lleve la fecha al período del plan, o amplíe el período.',
  }),
  'plan/milestone-outside-schedule': ({ milestone, due, start, end }) => ({
    message: `El hito ${q(milestone)} vence el ${due}, fuera del calendario de su medida (del ${start} al ${end}).`,
    hint: 'Lleve el hito al calendario de la medida, o amplíe el calendario.',
  }),
  'plan/milestone-before-dependency': ({ milestone, due, dependency, dependencyDue }) => ({
    message: `El hito ${q(milestone)} vence el ${due}, antes que ${q(dependency)} (${dependencyDue}), del que depende.`,
    hint: 'Cambie una de las fechas, o elimine la dependencia.',
  }),
  'plan/secured-exceeds-budget': ({ secured, amount, currency }) => ({
    message: `El importe asegurado (${p.number(secured)} ${currency}) supera el presupuesto (${p.number(amount)} ${currency}).`,
    hint: 'Aumente el presupuesto, o reduzca el importe asegurado a lo comprometido para esta medida.',
  }),
  'plan/breakdown-sum': ({ sum }) => ({
    message: `Las partidas presupuestarias suman ${p.number(sum)} %, no 100 %.`,
    hint: 'Ajuste las proporciones para que sumen 100.',
  }),
  'plan/partner-financing-sum': ({ sum }) => ({
    message: `Las cuotas de financiación de los asociados suman ${p.number(sum)} %, más que todo el presupuesto.`,
    hint: 'Reduzca las cuotas para que sumen como máximo 100.',
  }),
  'plan/amount-without-currency': ({ member }) => ({
    message: `La contribución de ${q(member)} tiene un importe pero no una moneda.`,
    hint: 'Añada `currency` con un código ISO 4217 como "USD".',
  }),
  'plan/indicator-year-order': ({ indicator, baselineYear, targetYear }) => ({
    message: `El indicador ${q(indicator)} tiene su año meta (${targetYear}) antes de su año de referencia (${baselineYear}).`,
    hint: 'La meta se alcanza después de la referencia: compruebe ambos años.',
  }),
  'plan/unknown-country': ({ country, suggestion }) => ({
    message: `${q(country)} no es un código de país ISO 3166-1 alfa-3 conocido.`,
    hint: didYouMean(suggestion) ?? 'Use un código alfa-3 como "KEN" o "BGD".',
  }),
  'plan/unknown-office': ({ reference, suggestion }) => ({
    message: `${q(reference)} no es una oficina de la UIT (GS, BR, TSB, BDT) ni una oficina regional o de zona conocida.`,
    hint: didYouMean(suggestion) ?? `Use una de estas: ${knownEntities()}.`,
  }),
  'plan/unknown-sdg-target': ({ target }) => ({
    message: `${q(target)} tiene forma de meta de los ODS, pero no es una de las 169 metas.`,
    hint: 'Compruebe los números del objetivo y de la meta en el marco de los ODS.',
  }),
  'plan/country-outside-region': ({ country, region, targetRegions }) => ({
    message: `El país ${q(country)} está en la región ${region}, que no figura entre las regiones destinatarias de la medida (${targetRegions.join(', ')}).`,
    hint: `Añada ${region} a targetRegions, o compruebe el código del país.`,
  }),
  'plan/objective-without-measure': ({ objective }) => ({
    message: `Ninguna medida sirve al objetivo ${q(objective)}.`,
    hint: 'Añada una medida para él, o suprima el objetivo si el plan no lo persigue.',
  }),
  'plan/lead-also-contributor': ({ entity }) => ({
    message: `${q(entity)} dirige la medida y también figura entre sus contribuyentes.`,
    hint: 'Quítelo de los contribuyentes: quien dirige ya participa.',
  }),
  'plan/duplicate-entry': ({ value, list }) => ({
    message: `${q(value)} figura más de una vez en ${list}.`,
    hint: 'Elimine la entrada repetida.',
  }),
  'plan/pillar-outside-objectives': ({ measure, pillar }) => ({
    message: `La medida ${q(measure)} aborda el pilar ${q(pillar)}, que ninguno de sus objetivos aborda.`,
    hint: 'Vincule la medida a un objetivo de ese pilar, o añada el pilar a uno de sus objetivos.',
  }),
  'plan/missing-estimates': ({ measure, fields }) => ({
    message: `La medida ${q(measure)} no tiene estimación para ${fields.join(', ')}; la priorización los tratará como datos que faltan.`,
    hint: 'Añada las estimaciones en `estimates` para que la medida pueda clasificarse según ellas.',
  }),
  'plan/global-with-targets': ({ measure, targets }) => ({
    message: `La medida ${q(measure)} está marcada como mundial, pero nombra ${p.number(targets)} ${targets === 1 ? 'región o país destinatario' : 'regiones o países destinatarios'}; la priorización solo leería esos destinatarios.`,
    hint: 'Quite `global` si la medida solo sirve a sus destinatarios, o quite los destinatarios si sirve a todos los países.',
  }),
  'plan/long-period': ({ start, end, limit }) => ({
    message: `El período del plan va del ${start} al ${end}, más de ${p.number(limit)} años.`,
    hint: `Compruebe que el año final no tenga una errata; un plan de más de ${p.number(limit)} años conviene dividirlo en planes sucesivos.`,
  }),
  'plan/mandate-after-plan': ({ mandate, year, end }) => ({
    message: `El mandato ${q(mandate)} es de ${year}, posterior al fin del plan el ${end}.`,
    hint: 'Compruebe el año de adopción (o de la enmienda citada), o el fin del período del plan.',
  }),
  'plan/first-results-after-end': ({ measure, months, runs, end }) => ({
    message: `La medida ${q(measure)} prevé sus primeros resultados ${p.number(months)} meses después de su inicio, pero solo dura ${p.number(runs)} meses, hasta el ${end}.`,
    hint: 'Reduzca `estimates.monthsToFirstResults`, o amplíe el calendario.',
  }),
  'plan/non-budget-currency': ({ currency, what }) => ({
    message: `El importe (${f(what)}) está en ${q(currency)}, un código ISO 4217 que no es dinero para un presupuesto.`,
    hint: 'Use el código de la moneda en que se tienen los fondos, como "USD" o "CHF"; XXX, XTS, los metales preciosos (XAU, XAG, XPT, XPD) y las unidades del mercado de bonos (XBA a XBD) no lo son.',
  }),
  'plan/partner-finances-nothing': ({ measure, partner }) => ({
    message: `El asociado ${q(partner)} de la medida ${q(measure)} tiene el rol "funding", pero financia el 0 % del presupuesto.`,
    hint: 'Indique su cuota en `financingPercent`, quite `financingPercent` si la cuota aún no se conoce, o dé al asociado su rol real.',
  }),
  'plan/duplicate-partner': ({ measure, partner }) => ({
    message: `El asociado ${q(partner)} figura más de una vez en la medida ${q(measure)}.`,
    hint: 'Cite a cada asociado una sola vez; si tiene varios roles, conserve el principal con toda su cuota de financiación.',
  }),
  'plan/lead-bureau-participating': ({ bureau }) => ({
    message: `La oficina responsable ${bureau} también figura entre las oficinas participantes.`,
    hint: 'Quítela de `participatingBureaus`: esa lista nombra a las demás oficinas.',
  }),
  'plan/lead-outside-arrangements': ({ measure, lead, taking, list }) => ({
    message: `La medida ${q(measure)} está dirigida por ${q(lead)}, que no participa en las modalidades de trabajo del plan (${taking.length === 0 ? 'no se indica ningún participante' : `participan: ${p.list(taking, 'and')}`}).`,
    hint: `Añada ${q(lead)} a \`arrangements.${list}\`, o asigne la medida a una entidad que participe.`,
  }),
  'plan/region-without-country': ({ measure, region, countries }) => ({
    message: `La medida ${q(measure)} se dirige a la región ${region}, pero ninguno de sus países destinatarios (${p.list(countries, 'and')}) está en ${region}.`,
    hint: `Añada los países de ${region} a los que llega la medida, o quite ${region} de \`targetRegions\`.`,
  }),
  'plan/chair-not-member': ({ chair, members }) => ({
    message: `El grupo de comunicación está presidido por ${q(chair)}, que no figura entre sus miembros (${p.list(members, 'and')}).`,
    hint: `Añada ${q(chair)} a \`members\`, o corrija la presidencia.`,
  }),
  'plan/done-milestone-in-pipeline': ({ milestone, measure }) => ({
    message: `El hito ${q(milestone)} está marcado como cumplido, pero su medida ${q(measure)} sigue en fase de identificación.`,
    hint: 'Pase la medida a "implementation" (o una fase posterior), o indique `done: false`.',
  }),
  'plan/country-not-itu-member': ({ country, date }) => ({
    message: `${q(country)} (${countryName(country, 'es')}) no es Estado Miembro de la UIT el ${date}, fecha de inicio del plan.`,
    hint: 'Compruebe el código del país; un no miembro puede participar a través de un Estado Miembro o como observador, lo que debería indicar la descripción de la medida.',
  }),
  'plan/duplicate-title': ({ title, collection, first }) => ({
    message: `Dos elementos (${collection}) tienen el título ${q(title)}; el primero está en ${first}.`,
    hint: 'Dé a cada uno un título que diga en qué se diferencia, o fusiónelos.',
  }),
  'plan/indicator-without-unit': ({ indicator }) => ({
    message: `El indicador ${q(indicator)} no tiene unidad, así que su referencia y su meta no se pueden interpretar.`,
    hint: 'Añada `unit`, por ejemplo "personas formadas" o "%".',
  }),
  'plan/indicator-target-outside-period': ({ indicator, year, first, last }) => ({
    message: `El indicador ${q(indicator)} tiene su meta en ${year}, fuera de los años del plan (${first} a ${last}).`,
    hint: 'Fije una meta para un año del plan, como paso hacia la posterior, o corrija el año.',
  }),
  'plan/financing-without-budget': ({ measure }) => ({
    message: `Hay asociados que financian una parte de la medida ${q(measure)}, pero la medida no indica presupuesto.`,
    hint: 'Añada `budget` con el importe y la moneda, u omita `financingPercent` hasta que se conozca el presupuesto.',
  }),
  'catalogue/duplicate-id': ({ id, first }) => ({
    message: `El identificador de iniciativa ${q(id)} se usa más de una vez; el primero está en ${first}.`,
    hint: 'Dé a cada iniciativa su propio identificador.',
  }),
  'catalogue/date-order': ({ initiative, start, end }) => ({
    message: `La iniciativa ${q(initiative)} termina (${end}) antes de empezar (${start}).`,
    hint: 'Corrija el inicio o el fin.',
  }),
  'catalogue/unknown-office': ({ reference, suggestion }) => ({
    message: `${q(reference)} no es una oficina de la UIT ni una oficina regional o de zona conocida.`,
    hint: didYouMean(suggestion) ?? `Use una de estas: ${knownEntities()}.`,
  }),
  'catalogue/ended-but-active': ({ initiative, end, asOf }) => ({
    message: `La iniciativa ${q(initiative)} está marcada como en curso, pero terminó el ${end}, antes de la fecha del catálogo (${asOf}).`,
    hint: 'Cambie el estado a "completed" o "discontinued", o corrija la fecha de fin.',
  }),
  'catalogue/over-without-end': ({ initiative, status }) => ({
    message: `La iniciativa ${q(initiative)} tiene el estado "${status}", pero no tiene fecha de fin.`,
    hint: 'Añada la fecha en que terminó.',
  }),
  'catalogue/reach-after-as-of': ({ initiative, figureAsOf, asOf }) => ({
    message: `Una cifra de alcance de ${q(initiative)} tiene fecha ${figureAsOf}, posterior a la fecha del catálogo (${asOf}).`,
    hint: 'Compruebe la fecha de la cifra, o adelante la fecha del catálogo.',
  }),
  'catalogue/duplicate-entry': ({ value, list }) => ({
    message: `${q(value)} figura más de una vez en ${list}.`,
    hint: 'Elimine la entrada repetida.',
  }),
  'catalogue/active-before-start': ({ initiative, start, asOf }) => ({
    message: `La iniciativa ${q(initiative)} está marcada como en curso, pero empieza el ${start}, después de la fecha del catálogo (${asOf}).`,
    hint: 'Cambie el estado a "planned", o corrija la fecha de inicio.',
  }),
  'assessment/unknown-country': ({ country, suggestion }) => ({
    message: `${q(country)} no es un código de país ISO 3166-1 alfa-3 conocido.`,
    hint: didYouMean(suggestion) ?? 'Use un código alfa-3 como "KEN".',
  }),
  'assessment/no-pillars': () => ({
    message: 'La evaluación no evalúa ningún pilar.',
    hint: 'Añada al menos un pilar en `pillars` con su nivel actual y su nivel meta.',
  }),
  'assessment/target-below-current': ({ pillar, current, target }) => ({
    message: `El nivel meta de ${q(pillar)} (${p.number(target)}) es inferior a su nivel actual (${p.number(current)}).`,
    hint: 'La meta es adonde quiere llegar el país: compruebe ambos niveles.',
  }),
  'assessment/need-pillar-not-assessed': ({ pillar }) => ({
    message: `Una necesidad prioritaria nombra el pilar ${q(pillar)}, que la evaluación no evalúa.`,
    hint: 'Evalúe el pilar en `pillars`, o asigne la necesidad a un pilar evaluado.',
  }),
  'assessment/unknown-framework-version': ({ framework, version, known }) => ({
    message: `${q(version)} no es una versión de ${framework} que conozca la tabla de marcos, así que sus dimensiones no se pueden asignar a los pilares.`,
    hint: `Use una de las versiones conocidas: ${known.map(q).join(', ')}; o use el marco "custom" y describa el método.`,
  }),
  'profile/duplicate-criterion': ({ id, first }) => ({
    message: `El criterio ${q(id)} ya figura en ${first}.`,
    hint: 'Cite cada criterio una sola vez.',
  }),
  'profile/unknown-criterion': ({ id, suggestion }) => ({
    message: `${q(id)} no es un criterio integrado y no tiene \`field\` que leer.`,
    hint:
      didYouMean(suggestion) ??
      'Use un criterio integrado, o añada `field` y `direction` para un criterio propio.',
  }),
  'profile/invalid-field': ({ id, problem, field, suggestion }) =>
    problem === 'built-in'
      ? {
          message: `${q(id)} es un criterio integrado; no puede leer un campo.`,
          hint: 'Quite `field`, o dé otro identificador a su criterio.',
        }
      : problem === 'unknown-field'
        ? {
            message: `El criterio ${q(id)} lee ${q(field ?? '')}, que no es un campo numérico de la medida.`,
            hint:
              didYouMean(suggestion) ??
              'Use un campo numérico de la medida como "budget.amount", una lista como "targetCountries" (se cuenta) o "estimates.scores.<nombre>".',
          }
        : {
            message: `El criterio ${q(id)} no tiene \`direction\`.`,
            hint: 'Añada `direction: benefit` (más es mejor) o `direction: cost` (menos es mejor).',
          },
  'profile/weighting': ({ problem, detail }) => {
    switch (problem) {
      case 'missing-weight':
        return {
          message: `El criterio ${q(detail)} no tiene peso, y la ponderación es directa.`,
          hint: 'Dé un `weight` a cada criterio, o elija otra ponderación.',
        };
      case 'zero-weights':
        return {
          message: 'Todos los criterios pesan 0, así que no se puede clasificar nada.',
          hint: 'Dé a al menos un criterio un peso mayor que 0.',
        };
      case 'matrix-size':
        return {
          message: `Los juicios AHP deben formar una matriz ${detail}: una fila y una columna por criterio, en el orden de \`criteria\`.`,
        };
      case 'diagonal':
        return {
          message: `El juicio AHP de un criterio frente a sí mismo debe ser 1 (${detail}).`,
        };
      case 'not-reciprocal':
        return {
          message: `Los juicios AHP no son recíprocos: ${detail} debe ser 1 dividido por su entrada simétrica.`,
          hint: 'Si el criterio i es 3 veces más importante que j, escriba 3 en (i, j) y 1/3 en (j, i).',
        };
      case 'unknown-in-order':
        return {
          message: `El orden de rango nombra ${q(detail)}, que no es uno de los criterios.`,
        };
      case 'incomplete-order':
        return {
          message:
            detail === ''
              ? 'El orden de rango cita un criterio más de una vez.'
              : `El orden de rango omite ${detail}.`,
          hint: 'Cite cada criterio exactamente una vez, el más importante primero.',
        };
    }
  },
  'profile/preference-thresholds': ({ type }) => ({
    message: `A la función de preferencia ${type} le faltan los umbrales que necesita, o q no es menor que p.`,
    hint: 'u-shape necesita q; v-shape necesita p mayor que 0; level y linear necesitan q menor que p; gaussian necesita s mayor que 0.',
  }),
  'profile/unused-setting': ({ setting, applies }) => ({
    message: `\`${setting}\` solo se aplica a ${applies}, así que aquí no tiene efecto.`,
    hint: 'Quítelo, o elija el método o la ponderación a la que pertenece.',
  }),
  'profile/inconsistent-judgements': ({ ratio, limit, table, lambdaMax }) => ({
    message: `Los juicios AHP son incoherentes: la razón de consistencia es ${p.number(ratio)} (lambda máx. ${p.number(lambdaMax)}, índice aleatorio ${table}), por encima del límite de ${p.number(limit)}.`,
    hint: 'Revise los juicios por pares que se contradicen (si A supera a B y B supera a C, A debería superar a C por más), o aumente `maxConsistencyRatio` a propósito.',
  }),
  'report/date-order': ({ start, end }) => ({
    message: `El período del informe empieza el ${start}, después de terminar el ${end}.`,
    hint: 'Intercambie las fechas, o corrija la que esté mal.',
  }),
  'report/after-as-of': ({ what, date, asOf }) => ({
    message: `${f(what)} tiene fecha ${date}, posterior a la fecha de corte del informe (${asOf}).`,
    hint: 'Un informe da cuenta de la situación en su fecha de corte: corrija la fecha, o lleve `asOf` a una fecha posterior.',
  }),
  'report/duplicate-entry': ({ value, list }) => ({
    message: `${q(value)} figura más de una vez en \`${list}\`.`,
    hint: 'Informe de cada elemento una sola vez, con todas sus cifras juntas.',
  }),
  'report/unknown-plan': ({ plan, known, suggestion }) => ({
    message:
      known.length === 0
        ? `El informe se refiere al plan ${q(plan)}, pero no se ha proporcionado ningún plan de trabajo con él.`
        : `El informe se refiere al plan ${q(plan)}, que no está entre los planes de trabajo proporcionados (${p.list(known, 'and')}).`,
    hint:
      didYouMean(suggestion) ??
      'Compruebe los archivos junto con el plan de trabajo del que informan.',
  }),
  'report/outside-plan-period': ({ start, end, planStart, planEnd, plan }) => ({
    message: `El período del informe, del ${start} al ${end}, no está dentro del período del plan ${q(plan)} (del ${planStart} al ${planEnd}).`,
    hint: 'Corrija el período del informe, o el del plan si ha cambiado.',
  }),
  'report/unknown-reference': ({ what, reference, plan, owner, suggestion }) => ({
    message:
      owner === undefined
        ? `El informe nombra ${REFERENCE_WHAT[what].the} ${q(reference)}, que el plan ${q(plan)} no tiene.`
        : `El informe nombra ${REFERENCE_WHAT[what].the} ${q(reference)}, que ${q(owner)} del plan ${q(plan)} no tiene.`,
    hint:
      didYouMean(suggestion) ??
      (what === 'contribution'
        ? 'Informe de las entregas según las contribuciones que figuran en `arrangements.contributions` del plan (mismo miembro y mismo tipo).'
        : `Use el identificador de ${REFERENCE_WHAT[what].a} del plan.`),
  }),
  'report/milestone-before-start': ({ milestone, measure, achieved, start }) => ({
    message: `El hito ${q(milestone)} figura como alcanzado el ${achieved}, antes de que empiece la medida ${q(measure)}, el ${start}.`,
    hint: 'Compruebe la fecha en que se alcanzó, o el inicio de la medida.',
  }),
  'report/spend-currency': ({ measure, currency, budget }) => ({
    message:
      budget === undefined
        ? `La medida ${q(measure)} informa de gastos en ${currency}, pero no tiene presupuesto con el que compararlos.`
        : `La medida ${q(measure)} informa de gastos en ${currency}, pero su presupuesto está en ${budget}; no se pueden comparar.`,
    hint:
      budget === undefined
        ? 'Dé a la medida un presupuesto en el plan.'
        : `Informe del gasto en ${budget}, convertido al tipo de cambio del día en que se efectuó.`,
  }),
  'report/spend-above-budget': ({ measure, spent, budget, currency }) => ({
    message: `La medida ${q(measure)} ha gastado ${p.number(spent)} ${currency}, por encima de su presupuesto de ${p.number(budget)} ${currency}.`,
    hint: 'Compruebe el gasto, o revise el presupuesto en el plan.',
  }),
  'report/spend-decrease': ({ measure, spent, earlier, currency, report }) => ({
    message: `La medida ${q(measure)} informa de ${p.number(spent)} ${currency} gastados hasta la fecha, menos que los ${p.number(earlier)} ${currency} del informe anterior ${q(report)}; el gasto es acumulado y no puede disminuir.`,
    hint: 'Informe del gasto desde el inicio de la medida, no solo del período; una corrección se explica en la parte narrativa.',
  }),
  'report/overlapping-periods': ({ plan, report, start, end }) => ({
    message: `El período del informe se solapa con el del informe ${q(report)} sobre el plan ${q(plan)} (del ${start} al ${end}).`,
    hint: 'Dé a cada informe de un plan su propio período, uno tras otro.',
  }),
  'report/implausible-status': ({ measure, from, to, report }) => ({
    message: `La medida ${q(measure)} pasa de ${q(from)} en el informe ${q(report)} a ${q(to)}; una medida no retrocede así.`,
    hint: 'Compruebe el estado; una medida que se reanuda después de cerrarse o cancelarse conviene añadirla al plan como medida nueva.',
  }),
  'report/indicator-unit': ({ indicator, unit, planUnit }) => ({
    message:
      planUnit === undefined
        ? `El indicador ${q(indicator)} se informa en ${q(unit)}, pero el plan no le da ninguna unidad.`
        : `El indicador ${q(indicator)} se informa en ${q(unit)}, pero el plan lo mide en ${q(planUnit)}.`,
    hint:
      planUnit === undefined
        ? 'Dé al indicador su unidad en el plan.'
        : `Convierta el valor a ${q(planUnit)}, o quite \`unit\` cuando sea la misma.`,
  }),
  'report/milestone-entry': ({ milestone, measure, both }) => ({
    message: both
      ? `El hito ${q(milestone)} de la medida ${q(measure)} figura a la vez como alcanzado (achieved) y como reprogramado (forecast).`
      : `El hito ${q(milestone)} de la medida ${q(measure)} no tiene ni fecha en que se alcanzó (achieved) ni nueva fecha (forecast).`,
    hint: both
      ? 'Mantenga `achieved` si el hito se alcanzó; si no, mantenga `forecast` y quite `achieved`.'
      : 'Añada `achieved` con la fecha en que se alcanzó, o `forecast` con la fecha ahora prevista; o quite el hito.',
  }),
  'report/group-above-total': ({ measure, group, count, total }) => ({
    message: `La medida ${q(measure)} informa de ${p.number(count)} personas alcanzadas en el grupo ${q(group)}, más que las ${p.number(total)} que alcanzó en total.`,
    hint: 'Corrija la cifra del grupo o el total; una persona puede contar en varios grupos, pero cada grupo forma parte del total.',
  }),
  'report/amount-without-currency': ({ member }) => ({
    message: `La contribución entregada por ${q(member)} tiene un importe pero no una moneda.`,
    hint: 'Añada `currency` con el código ISO 4217 del importe, como "USD".',
  }),
  'report/non-budget-currency': ({ currency, measure, member }) => ({
    message:
      measure === undefined
        ? `La contribución entregada por ${q(member ?? '')} está en ${q(currency)}, un código ISO 4217 que no es dinero.`
        : `El gasto de la medida ${q(measure)} está en ${q(currency)}, un código ISO 4217 que no es dinero.`,
    hint: 'Use el código de la moneda en que se pagó, como "USD" o "CHF"; XXX, XTS, los metales preciosos (XAU, XAG, XPT, XPD) y las unidades del mercado de bonos (XBA a XBD) no lo son.',
  }),
  'report/contribution-currency': ({ member, currency, pledged }) => ({
    message: `La contribución de ${q(member)} se entrega en ${currency}, pero se prometió en ${pledged}; no se pueden comparar.`,
    hint: `Informe del importe entregado en ${pledged}, convertido al tipo de cambio del día de la entrega.`,
  }),
  'workspace/duplicate-document-id': ({ id, kind, first }) => ({
    message: `Otro documento ${kind} tiene el identificador ${q(id)} (${first}).`,
    hint: 'Dé a cada documento de un mismo tipo su propio identificador.',
  }),
  'workspace/duplicate-initiative-id': ({ id, first }) => ({
    message: `El identificador de iniciativa ${q(id)} también se usa en ${first}.`,
    hint: 'Los identificadores de iniciativa deben ser únicos en todos los catálogos, ya que las medidas remiten a ellos.',
  }),
  'workspace/unresolved-initiative': ({ measure, initiative, suggestion, catalogues }) => ({
    message:
      catalogues === 0
        ? `La medida ${q(measure)} se basa en la iniciativa ${q(initiative)}, pero no se ha proporcionado ningún catálogo de iniciativas.`
        : `La medida ${q(measure)} se basa en la iniciativa ${q(initiative)}, que ningún catálogo recoge.`,
    hint:
      didYouMean(suggestion) ?? 'Añada la iniciativa a un catálogo, o corrija el identificador.',
  }),
  'workspace/duplicate-assessment': ({ scope, date, first }) => ({
    message: `Otra evaluación de ${scope} tiene la misma fecha, ${date} (${first}).`,
    hint: 'Conserve una evaluación por ámbito y fecha, o corrija la fecha.',
  }),
  'workspace/missing-exchange-rate': ({ measure, currency, reference, profile, fromProfile }) => ({
    message: `La medida ${q(measure)} está presupuestada en ${currency}, pero el perfil de puntuación ${q(profile)} compara los costos en ${reference} y no tiene tipo de cambio para ${currency}; la priorización trata su costo por beneficiario como dato que falta.`,
    hint: fromProfile
      ? `Añada \`${currency}\` en \`currency.rates\` del perfil (cuántos ${reference} vale un ${currency}).`
      : `Añada \`currency: { code: ${reference}, rates: { ${currency}: ... } }\` al perfil; sin ello, los costos se comparan en la moneda más usada del plan, ${reference}.`,
  }),
};
