import type { Pillar } from '@itu-aicb/core';
import { es as core } from '@itu-aicb/core/locales/es';
import type { PrioritizeWording } from './prioritize-wording.js';
import { inSentence, missingRewriter, numberIn } from './shared.js';

const n = numberIn('es');
const pillars = (names: readonly Pillar[]): string =>
  new Intl.ListFormat('es', { type: 'conjunction' }).format(
    names.map((pillar) => inSentence(core.terms.pillars[pillar], 'es')),
  );
const vulnerable = (count: number): string =>
  count === 1 ? 'un PMA, PDSL o PEID' : `${n(count)} PMA, PDSL o PEID`;
const on = (date: string | undefined): string => `al ${date ?? 'la fecha de referencia'}`;

/**
 * The Spanish words of a prioritisation.
 *
 * @example
 * ```ts
 * spanishPrioritizeWording.criteria.risk;
 * //=> 'Riesgo'
 * ```
 */
export const spanishPrioritizeWording: PrioritizeWording = {
  criteria: {
    'need-severity': 'Gravedad de las necesidades atendidas',
    'vulnerable-reach': 'Alcance en PMA, PDSL y PEID',
    'cost-per-beneficiary': 'Costo por beneficiario',
    'initiative-leverage': 'Aprovechamiento de iniciativas existentes',
    'co-financing': 'Cofinanciación asegurada',
    coordination: 'Coordinación entre Sectores',
    alignment: 'Alineación con los mandatos y las metas de los ODS',
    feasibility: 'Viabilidad',
    risk: 'Riesgo',
    'time-to-results': 'Plazo hasta los primeros resultados',
  },
  phrases: {
    'need-severity': ({ facts, strong, extreme }) => {
      const gaps = (facts.gaps ?? []).filter((g) => g.gap > 0);
      const places = new Set(gaps.map((g) => g.place)).size;
      const fragile = new Set(gaps.filter((g) => g.vulnerable).map((g) => g.place)).size;
      if (!strong) return `atiende necesidades evaluadas ${extreme ? 'mínimas' : 'pequeñas'}`;
      return `atiende una brecha ${extreme ? 'máxima' : 'grande'} (${pillars([...new Set(gaps.map((g) => g.pillar))])}) en ${n(places)} ${places === 1 ? 'país' : 'países'}${fragile > 0 ? `, ${fragile === 1 ? 'uno de ellos PMA, PDSL o PEID' : `${n(fragile)} de ellos PMA, PDSL o PEID`} ${on(facts.asOf)}` : ''}`;
    },
    'vulnerable-reach': ({ value, strong, facts }) => {
      const uncertain = facts.uncertainCountries?.length ?? 0;
      const when = ` ${on(facts.asOf)}${uncertain > 0 ? `, ${n(uncertain)} de ellos inciertos` : ''}`;
      return strong
        ? `llega a ${vulnerable(value)}${when}`
        : value === 0
          ? `no llega a ningún PMA, PDSL o PEID ${on(facts.asOf)}`
          : `solo llega a ${vulnerable(value)}${when}`;
    },
    'cost-per-beneficiary': ({ value, facts, strong, extreme }) => {
      const cost = `${n(value, 0)} ${facts.currency ?? ''}`.trim();
      return strong
        ? `costo por beneficiario ${extreme ? 'mínimo' : 'bajo'} (${cost})`
        : `costo por beneficiario ${extreme ? 'máximo' : 'alto'} (${cost})`;
    },
    'initiative-leverage': ({ value, strong }) =>
      strong
        ? `se basa en ${n(value, 0)} ${value === 1 ? 'iniciativa existente' : 'iniciativas existentes'}`
        : value === 0
          ? 'no se basa en ninguna iniciativa existente'
          : `solo se basa en ${n(value, 0)} ${value === 1 ? 'iniciativa existente' : 'iniciativas existentes'}`,
    'co-financing': ({ value, strong, extreme }) =>
      strong
        ? `${n(value * 100, 0)} % de cofinanciación asegurada`
        : `cofinanciación ${extreme ? 'mínima' : 'baja'} (${n(value * 100, 0)} % asegurada)`,
    coordination: ({ value, strong }) =>
      strong
        ? `${n(value, 0)} oficinas de la UIT participan`
        : `pocas oficinas de la UIT participan (${n(value, 0)})`,
    alignment: ({ value, strong }) =>
      strong
        ? `responde a ${n(value, 0)} mandatos y metas de los ODS`
        : `escasa alineación con los mandatos y las metas de los ODS (${n(value, 0)})`,
    feasibility: ({ value, strong, extreme }) =>
      `viabilidad ${strong ? (extreme ? 'máxima' : 'alta') : extreme ? 'mínima' : 'baja'} (${n(value)}/5)`,
    risk: ({ value, strong, extreme }) =>
      `riesgo ${strong ? (extreme ? 'mínimo' : 'bajo') : extreme ? 'máximo' : 'alto'} (${n(value)}/5)`,
    'time-to-results': ({ value, strong, extreme }) =>
      `primeros resultados ${strong ? (extreme ? 'los más rápidos' : 'rápidos') : extreme ? 'los más lentos' : 'lentos'} (${n(value)} meses)`,
  },
  ownCriterion: ({ label, value, strong }) =>
    `${strong ? 'fuerte' : 'débil'} en ${label} (${n(value, 2)})`,
  unknown: ({ label, why, filled }) =>
    `${inSentence(label, 'es')} (${why}; se cuenta como ${filled === 'worst' ? 'el peor valor' : 'la mediana'})`,
  missing: missingRewriter([
    [/^no budget$/, 'sin presupuesto'],
    [/^no estimate of beneficiaries$/, 'sin estimación de beneficiarios'],
    [/^no exchange rate from (\S+) to (.+)$/, 'sin tipo de cambio de $1 a $2'],
    [/^no estimates\.(.+)$/, 'sin estimates.$1'],
    [/^no value at (.+)$/, 'sin valor en $1'],
    [
      /^no assessment covers its countries and pillars$/,
      'ninguna evaluación cubre sus países y pilares',
    ],
    [
      /^no target countries or regions, and not marked global$/,
      'sin países ni regiones destinatarios, y no marcada como mundial',
    ],
    [/^missing$/, 'falta'],
  ]),
  reason: ({ rank, total, strengths, weaknesses, unknown }) => {
    const head = `en el puesto ${rank}.º de ${total}. Puntos fuertes: ${strengths.length === 0 ? 'ninguno destaca' : strengths.join('; ')}; puntos débiles: ${weaknesses.length === 0 ? 'ninguno destaca' : weaknesses.join('; ')}`;
    return unknown.length === 0 ? `${head}.` : `${head}; desconocidos: ${unknown.join('; ')}.`;
  },
  notes: {
    asOf: ({ date, source, uncertain }) =>
      `La pertenencia a los PMA, PDSL y PEID se lee al ${date}, ${source === 'option' ? 'la fecha solicitada' : 'el inicio del período del plan'}.${
        uncertain.length === 0
          ? ''
          : ` Inciertos en esa fecha y contados como miembros, ya que no se presume ninguna exclusión antes de que se decida: ${uncertain.join('; ')}.`
      }`,
    incomplete: (count, minimumShare) =>
      `${count} ${count === 1 ? 'medida tiene' : 'medidas tienen'} menos del ${n(minimumShare * 100, 1)} % de los criterios medidos y ${count === 1 ? 'se presenta' : 'se presentan'} aparte por falta de datos para clasificar.`,
    constant: (labels) =>
      `Todas las medidas tienen el mismo valor en ${labels.join(', ')}; VIKOR deja ${labels.length === 1 ? 'ese criterio' : 'esos criterios'} fuera de S y R.`,
    inconsistent: (ratio, limit) =>
      `Los juicios AHP son incoherentes: RC = ${n(ratio, 3)} supera ${n(limit, 3)}; revíselos.`,
    noValue: (label) =>
      `Ninguna medida tiene valor en ${label}; ese criterio no puede cambiar el orden.`,
    filled: (count, fill) =>
      `${count} ${count === 1 ? 'valor faltante se ha completado' : 'valores faltantes se han completado'} con ${fill === 'worst' ? 'el peor valor de las demás medidas' : 'la mediana de las demás medidas'}; cada uno está señalado.`,
    noRate: (currency, to, measures) =>
      `El perfil de puntuación no da ningún tipo de cambio de ${currency} a ${to}, así que falta el costo por beneficiario de ${measures} ${measures === 1 ? 'medida presupuestada' : 'medidas presupuestadas'} en ${currency}; añádalo en \`currency.rates\`.`,
    spotisBounds: (labels) =>
      `Los límites SPOTIS de ${labels.join(', ')} son el rango que abarcan las medidas, así que añadir una medida puede moverlos.`,
  },
  scoreMeaning: {
    'weighted-sum': `La puntuación es la suma ponderada de los valores normalizados: cuanto más alta, mejor, y la diferencia entre dos puntuaciones es una diferencia de valor ponderado. Las puntuaciones solo comparan las medidas dentro de este cálculo.`,
    'weighted-product': `La puntuación es el producto de los valores elevados a sus pesos: cuanto más alta, mejor, y el cociente de dos puntuaciones compara las medidas. Las puntuaciones solo comparan las medidas dentro de este cálculo.`,
    topsis: `La puntuación es la cercanía a la medida ideal, entre 0 (la peor en cada criterio) y 1 (la mejor en cada criterio): cuanto más alta, mejor. Las puntuaciones solo comparan las medidas dentro de este cálculo.`,
    vikor: `La puntuación Q combina el pesar total ponderado y el mayor pesar en un solo criterio, entre 0 y 1: cuanto más baja, mejor, y 0 es el mejor compromiso. Las puntuaciones solo comparan las medidas dentro de este cálculo.`,
    'promethee-ii': `La puntuación es el flujo neto de superación, entre -1 y 1: cuánto se prefiere una medida a las demás menos cuánto se prefieren ellas a esa medida; cuanto más alta, mejor. Las puntuaciones solo comparan las medidas dentro de este cálculo.`,
    copras: `La puntuación es la utilidad en porcentaje de la mejor medida (100 para la mejor): cuanto más alta, mejor. Las puntuaciones solo comparan las medidas dentro de este cálculo.`,
    spotis: `La puntuación es la distancia ponderada al punto ideal fijado por los límites de los criterios, entre 0 y 1: cuanto más baja, mejor, y 0 es el ideal. Las puntuaciones solo comparan las medidas dentro de este cálculo.`,
  },
};
